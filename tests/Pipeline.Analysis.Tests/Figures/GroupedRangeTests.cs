using Pipeline.Analysis.Figures;
using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>
/// Numbers grouped in thousands on either side of a hyphen bound one range ("1,000-10,000 deaths"); a telephone number or
/// an id never groups its digits so.
/// </summary>
public sealed class GroupedRangeTests
{
    private static readonly FigureExtractor Extractor = new();

    [Theory]
    [InlineData("en", "The USGS sees a 56 percent chance of 1,000-10,000 deaths.", "1,000-10,000 deaths", 1000, 10000)]
    [InlineData("en", "Officials expect 100-1,000 deaths in the region.", "100-1,000 deaths", 100, 1000)]
    [InlineData("en", "Police counted 2,000-3,000 protesters on Sunday.", "2,000-3,000 protesters", 2000, 3000)]
    [InlineData("en", "The program costs $1,500-2,000 per student.", "$1,500-2,000", 1500, 2000)]
    [InlineData("fr", "La police a compté 2.000-3.000 manifestants dimanche.", "2.000-3.000 manifestants", 2000, 3000)]
    [InlineData("fr", "Les autorités redoutent 100-1.000 morts dans la région.", "100-1.000 morts", 100, 1000)]
    public void Grouped_numbers_joined_by_a_hyphen_are_one_range(string language, string text, string span, double low, double high)
    {
        var figure = Assert.Single(Extractor.Extract(text, language), f => f.Text == span);

        Assert.Equal((low, high), (figure.Low!.Value, figure.High!.Value));
    }

    [Theory]
    [InlineData("en", "For help, call 1-800-621-3362 now.")]
    [InlineData("en", "The release USDL-21-0158 is out.")]
    [InlineData("fr", "Appelez le 0-800-130-000 pour de l'aide.")]
    public void A_telephone_number_or_an_id_stays_no_figure(string language, string text)
    {
        Assert.Empty(Extractor.Extract(text, language));
    }

    [Fact]
    public void A_grouped_number_before_a_smaller_one_is_no_range()
    {
        Assert.DoesNotContain(Extractor.Extract("The agency said the file 12,345-678 is closed.", "en"), f => f.Low is not null && f.High is not null && f.Low != f.High);
    }
}
