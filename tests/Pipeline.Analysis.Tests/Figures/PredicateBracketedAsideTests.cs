using Pipeline.Analysis.Figures;
using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>
/// "Les demandeurs d'emploi (catégories A, B et C) sont 5 698 300": a bracketed aside between a predicate number's subject and
/// its verb names no subject, so the number counts the subject before it, or nothing.
/// </summary>
public sealed class PredicateBracketedAsideTests
{
    private static readonly FigureExtractor Extractor = new();

    [Theory]
    [InlineData("fr", "Les demandeurs d'emploi (catégories A, B et C) sont 5 698 300.", "demandeur d'emploi")]
    [InlineData("fr", "Les cas confirmés (adultes et enfants) s'élèvent à 1 200.", "cas")]
    [InlineData("en", "Jobless claims (initial filings for benefits) were 191,000 last week.", "claim")]
    [InlineData("en", "Confirmed cases (including travellers from neighbouring states) stood at 1,200.", "case")]
    public void A_bracketed_aside_is_no_subject(string language, string text, string counted)
    {
        var figures = Extractor.Extract(text, language);

        Assert.Equal(counted, Assert.Single(figures).Counted?.Lemma);
    }

    [Theory]
    [InlineData("fr", "Ceux en activité réduite (catégories B et C) sont 2 399 700.")]
    [InlineData("en", "Those in part-time work (categories B and C) were 2,399,700.")]
    public void An_aside_alone_names_no_subject(string language, string text)
    {
        var figures = Extractor.Extract(text, language);

        Assert.Null(Assert.Single(figures).Counted);
    }
}
