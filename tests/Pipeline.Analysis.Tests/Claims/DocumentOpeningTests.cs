using Pipeline.Analysis.Claims;
using Xunit;

namespace Pipeline.Analysis.Tests.Claims;

/// <summary>
/// A sentence that opens on a document and its author ("Dans le dernier rapport de l'OMS, …", "In a report released
/// Tuesday by the agency, …") reports what it says, with the author as source, as "selon le rapport de l'OMS" would: the
/// guidelines read a document's author as its speaker. A document with no author, or one "of" a topic, names no one.
/// </summary>
public sealed class DocumentOpeningTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    private static Claim ClaimOf(string text, string language, string figure) =>
        Assert.Single(Analyzer.Analyze(text, language, null).Claims, c => c.Figure.Text.Contains(figure, StringComparison.Ordinal));

    [Theory]
    [InlineData("fr", "Dans le dernier rapport de l'OMS, 241 cas sont recensés.", "241", "l'OMS")]
    [InlineData("fr", "Dans le précédent rapport de Santé publique France, l'incidence s'élevait à 241 cas.", "241", "Santé publique France")]
    [InlineData("fr", "Dans le rapport du Sénat, 40 % des écoles manquent d'enseignants.", "40 %", "Sénat")]
    [InlineData("en", "In the latest report from the WHO, 241 cases were recorded.", "241", "the WHO")]
    [InlineData("en", "In a report released Tuesday by the agency, 241 cases were recorded.", "241", "the agency")]
    public void A_document_with_its_author_opening_the_sentence_reports_it(string language, string text, string figure, string source)
    {
        var claim = ClaimOf(text, language, figure);

        Assert.Equal((source, ClaimModality.Reported), (claim.Source, claim.Modality));
    }

    [Theory]
    [InlineData("en", "In the report of the inquiry, 40 people were named.", "40")]
    [InlineData("en", "In the latest figures, 40 people died.", "40")]
    [InlineData("fr", "Dans le bilan de l'attaque, 40 morts sont recensés.", "40")]
    [InlineData("fr", "Dans le rapport annuel, 40 % des écoles manquent d'enseignants.", "40 %")]
    public void A_document_with_no_author_or_of_a_topic_names_no_source(string language, string text, string figure)
    {
        Assert.Null(ClaimOf(text, language, figure).Source);
    }
}
