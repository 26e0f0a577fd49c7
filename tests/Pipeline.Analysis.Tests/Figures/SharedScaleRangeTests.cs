using Pipeline.Analysis.Figures;
using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>
/// "entre 5 et 7 000", "between 5 and 7 million": a range's low end written with no scale of its own shares the high
/// end's (a scale word, or the thousands its digits are grouped in) when it is smaller than what stands before that
/// scale, as the words are said ("entre cinq et sept mille"); a low end as big as that keeps its own value.
/// </summary>
public sealed class SharedScaleRangeTests
{
    private static readonly FigureExtractor Extractor = new();

    [Theory]
    [InlineData("fr", "Entre 5 et 7 000 personnes ont manifesté samedi.", 5_000, 7_000)]
    [InlineData("fr", "Il faudra entre 10 et 15 000 soldats pour tenir la ville.", 10_000, 15_000)]
    [InlineData("fr", "La prime ira de 3 à 4 500 euros selon l'ancienneté.", 3_000, 4_500)]
    [InlineData("fr", "Entre 2 et 3 500 000 personnes ont fui la région.", 2_000_000, 3_500_000)]
    [InlineData("en", "Between 5 and 7,000 people marched in the capital.", 5_000, 7_000)]
    [InlineData("en", "Officials sent from 2 to 3,500 troops to the border.", 2_000, 3_500)]
    public void A_low_end_shares_the_thousands_the_high_end_is_grouped_in(string language, string text, double low, double high)
    {
        var figure = Assert.Single(Extractor.Extract(text, language));

        Assert.Equal((low, high), (figure.Low!.Value, figure.High!.Value));
    }

    [Theory]
    [InlineData("en", "Between 1 and 1 million people could be affected.", 1, 1_000_000)]
    [InlineData("fr", "De 2 à 2 millions de personnes pourraient être touchées.", 2, 2_000_000)]
    [InlineData("fr", "Entre 50 et 7 000 personnes ont manifesté samedi.", 50, 7_000)]
    [InlineData("en", "Between 12 and 4,000 people marched in the capital.", 12, 4_000)]
    public void A_low_end_as_big_as_what_stands_before_the_scale_keeps_its_own_value(string language, string text, double low, double high)
    {
        var figure = Assert.Single(Extractor.Extract(text, language));

        Assert.Equal((low, high), (figure.Low!.Value, figure.High!.Value));
    }
}
