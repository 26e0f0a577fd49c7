using Pipeline.Analysis.Figures;
using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>
/// A noun that alone only frames a value ("the cut was 5") counts things in a compound the lexicon counts whole: "Job cuts
/// totaled 71,000" counts job cuts, as "Job losses totaled 71,000" counts job losses.
/// </summary>
public sealed class CountedFrameCompoundTests
{
    private static readonly FigureExtractor Extractor = new();

    [Theory]
    [InlineData("en", "In November, job cuts totaled 71,000, the firm said.", "71,000", "job cut")]
    [InlineData("en", "Job cuts announced by US employers totaled 71,000 in November.", "71,000", "job cut")]
    [InlineData("en", "Job reductions reached 12,000 in the quarter.", "12,000", "job reduction")]
    [InlineData("fr", "Les suppressions de postes ont atteint 71 000 en novembre, selon le cabinet.", "71 000", "suppression")]
    public void A_subject_counted_whole_is_what_its_number_counts(string language, string text, string span, string lemma)
    {
        var figure = Assert.Single(Extractor.Extract(text, language));

        Assert.Equal((span, lemma), (figure.Text, figure.Counted?.Lemma));
    }

    [Theory]
    [InlineData("en", "The cut was 5 in the end.")]
    [InlineData("fr", "La baisse a atteint 5 en fin de mois.")]
    public void A_frame_alone_counts_nothing(string language, string text)
    {
        var figure = Assert.Single(Extractor.Extract(text, language));

        Assert.Null(figure.Counted);
    }
}
