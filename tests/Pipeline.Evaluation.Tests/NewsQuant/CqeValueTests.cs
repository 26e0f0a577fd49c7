using Pipeline.Evaluation.NewsQuant;

namespace Pipeline.Evaluation.Tests.NewsQuant;

/// <summary>Gold values read and compared as CQE's evaluation does (decode_dictionary, values_match).</summary>
public sealed class CqeValueTests
{
    [Theory]
    [InlineData("40.0", 40.0, null)]
    [InlineData("252.0-287.0", 252.0, 287.0)]
    [InlineData("36040.0-34935.0", 36040.0, 34935.0)]
    [InlineData("3.0 - 4.0", 3.0, 4.0)]
    [InlineData("-1.3", -1.3, null)]
    [InlineData("1.5E-5", 0.000015, null)]
    public void A_gold_value_with_an_inner_dash_is_a_range_in_the_written_order(string text, double first, double? second)
    {
        var value = CqeValue.Parse(text);

        Assert.Equal(first, value.First, 1e-12);
        Assert.Equal(second, value.Second);
    }

    [Theory]
    [InlineData(100000.0, 100000.5, true)] // |diff| 0.5 <= 1e-8 + 1e-5 * 100000.5
    [InlineData(100.0, 100.01, false)] // |diff| 0.01 > 1e-8 + 1e-5 * 100.01
    [InlineData(0.0, 0.0, true)]
    [InlineData(0.19, 19.0, false)]
    public void Numbers_match_within_numpy_isclose(double gold, double ours, bool matches) =>
        Assert.Equal(matches, new CqeValue(gold, null).Matches(new CqeValue(ours, null)));

    [Fact]
    public void A_range_matches_a_range_end_by_end_and_never_a_number()
    {
        var gold = CqeValue.Parse("4.8-4.7");

        Assert.True(gold.Matches(new CqeValue(4.8, 4.7)));
        Assert.False(gold.Matches(new CqeValue(4.7, 4.8)));
        Assert.False(gold.Matches(new CqeValue(4.8, null)));
        Assert.False(new CqeValue(4.8, null).Matches(new CqeValue(4.8, 4.7)));
    }
}
