using Pipeline.Analysis.Figures;
using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>
/// "Cholera cases surpass 400,000": a verb of a level passed is both the figure's bound and the verb its subject brings to
/// the number, so the number with no noun after it counts that subject.
/// </summary>
public sealed class PassingVerbSubjectTests
{
    private static readonly FigureExtractor Extractor = new();

    [Theory]
    [InlineData("en", "Cholera cases surpass 400,000 globally.", 400_000, "cholera case")]
    [InlineData("en", "Confirmed infections exceeded 3,000 by the end of the week.", 3_000, "infection")]
    [InlineData("en", "Registered voters now exceed 2 million in the province.", 2_000_000, "voter")]
    [InlineData("en", "Measles cases topped 1,200 on Friday, health officials said.", 1_200, "measles case")]
    [InlineData("fr", "Les inscriptions aux cours ont dépassé 3 000 en septembre.", 3_000, "inscription")]
    [InlineData("fr", "Les candidatures dépassent 140 000 cette année, selon l'office.", 140_000, "candidature")]
    public void A_number_after_a_passing_verb_counts_the_verbs_subject(string language, string text, double bound, string lemma)
    {
        var figure = Assert.Single(Extractor.Extract(text, language));

        Assert.Equal((bound, lemma), (figure.Low ?? figure.Value, figure.Counted?.Lemma));
    }

    [Theory]
    [InlineData("en", "Her age exceeded 90 at the time.")]
    [InlineData("en", "The price exceeded 4,000 in March.")]
    [InlineData("fr", "Le taux dépasse 40 à Paris.")]
    public void A_singular_subject_of_a_passing_verb_is_no_count(string language, string text)
    {
        var figure = Assert.Single(Extractor.Extract(text, language));

        Assert.Null(figure.Counted);
    }

    [Theory]
    [InlineData("fr", "Les bénéfices d'exploitation des clubs ont dépassé 500 millions cette saison.")]
    [InlineData("en", "Club revenues exceeded 500 million last season.")]
    public void An_amount_after_a_noun_of_money_counts_no_subject(string language, string text)
    {
        var figure = Assert.Single(Extractor.Extract(text, language));

        Assert.Null(figure.Counted);
    }

    [Fact]
    public void A_noun_after_the_number_still_says_what_it_counts()
    {
        var figure = Assert.Single(Extractor.Extract("The song topped 12 national charts.", "en"));

        Assert.Equal("chart", figure.Counted?.Lemma);
    }
}
