using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>
/// "les communiqués n°71 et 72", "articles 12, 13 et 14", "pages 9 and 10": numbers listed after a labelled number, each above
/// the one before it and below ten times it, are labels of the same kind and no figure; a count joined to a label stays a
/// count ("Flight 17 and 300 other flights"). Sentences written for these tests.
/// </summary>
public sealed class LabelledListTests
{
    [Theory]
    [InlineData("fr", "Les communiqués n°71 et 72 font état de 2191 cas.", 2191)]
    [InlineData("fr", "Les communiqués n°71, 72 et 73 font état de 2191 cas.", 2191)]
    [InlineData("fr", "Les articles 12 et 13 de la loi prévoient 40 sièges.", 40)]
    [InlineData("en", "Pages 9 and 10 list 300 names.", 300)]
    [InlineData("en", "Sections 3, 4 and 5 of the act cover 20 agencies.", 20)]
    public void Numbers_listed_after_a_label_are_labels(string language, string text, double count)
    {
        var figure = Assert.Single(ArticleFigures.Of(text, language));

        Assert.Equal(count, figure.Value);
    }

    [Theory]
    [InlineData("en", "Flight 17 and 300 other flights were cancelled.", "300")]
    [InlineData("fr", "Le communiqué n°71 fait état de 12 morts et 72 blessés.", "12 72")]
    [InlineData("en", "Article 5 applies, and 3 judges agreed.", "3")]
    public void A_count_after_a_label_stays_a_count(string language, string text, string counts)
    {
        Assert.Equal(counts.Split(' ').Select(double.Parse), ArticleFigures.Of(text, language).Select(f => f.Value!.Value));
    }

    [Theory]
    [InlineData("en", "A model two metres tall stood in the hall.", 2)]
    [InlineData("fr", "Le jour deux mille soldats sont arrivés.", 2000)]
    public void A_spelled_number_after_a_label_before_a_unit_or_a_scale_stays_a_figure(string language, string text, double value)
    {
        Assert.Equal(value, Assert.Single(ArticleFigures.Of(text, language)).Value);
    }
}
