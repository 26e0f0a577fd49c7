using Pipeline.Analysis.Claims;
using Xunit;

namespace Pipeline.Analysis.Tests.Claims;

/// <summary>
/// What a court case rests on is a document that says its figures ("the indictment says he laundered $800,000", "selon
/// l'acte d'accusation"): the source is the document as written, as "according to a new study" is
/// (tools/news-set-press/README.md, "Sources that are not names").
/// </summary>
public sealed class CourtDocumentSourceTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    [Theory]
    [InlineData("en", "The indictment says he laundered $800,000 through shell companies.", "$800,000", "The indictment")]
    [InlineData("en", "He laundered $900,000 through shell companies, according to the indictment.", "$900,000", "the indictment")]
    [InlineData("en", "The affidavit says officers found 14 firearms in the house.", "14 firearms", "The affidavit")]
    [InlineData("en", "According to the charge sheet, the accused collected money from 300 depositors.", "300 depositors", "the charge sheet")]
    [InlineData("fr", "Selon l'acte d'accusation, il a blanchi 800 000 dollars par des sociétés écrans.", "800 000", "l'acte d'accusation")]
    [InlineData("fr", "L'acte d'accusation affirme qu'il a blanchi 900 000 dollars.", "900 000", "L'acte d'accusation")]
    public void A_court_document_is_the_source_of_what_it_says(string language, string text, string figure, string source)
    {
        var claim = Assert.Single(Analyzer.Analyze(text, language, null).Claims, c => c.Figure.Text.StartsWith(figure, StringComparison.Ordinal));

        Assert.Equal(source, claim.Source, ignoreCase: true);
        Assert.Equal(ClaimModality.Reported, claim.Modality);
    }

    [Theory]
    [InlineData("en", "The indictment was filed after 18 months of investigation.", "18 months")]
    [InlineData("en", "He faces 20 years in prison if convicted on the indictment.", "20 years")]
    [InlineData("fr", "L'acte d'accusation a été déposé après 18 mois d'enquête.", "18 mois")]
    public void A_court_document_that_says_nothing_names_no_source(string language, string text, string figure)
    {
        var claim = Assert.Single(Analyzer.Analyze(text, language, null).Claims, c => c.Figure.Text.StartsWith(figure, StringComparison.Ordinal));

        Assert.Null(claim.Source);
    }
}
