using Pipeline.Analysis.Claims;
using Xunit;

namespace Pipeline.Analysis.Tests.Claims;

/// <summary>
/// An institution named by a list of capitalised fields ("Meteorology, Climatology and Geophysics Agency") holds its
/// commas: the speaker's name is read whole, before its verb and after "according to". A list of places before or after
/// a speaker is no name ("in Aceh, Sumatra and Java, the agency said").
/// </summary>
public sealed class ListedNameSpeakerTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    private static Claim ClaimOf(string text, string figure) =>
        Assert.Single(Analyzer.Analyze(text, "en", null).Claims, c => c.Figure.Text.Contains(figure, StringComparison.Ordinal));

    [Theory]
    [InlineData("The quake measured 6.2, Indonesia's Meteorology, Climatology and Geophysics Agency said.", "6.2", "Indonesia's Meteorology, Climatology and Geophysics Agency")]
    [InlineData("The Meteorology, Climatology and Geophysics Agency said the quake measured 6.2.", "6.2", "The Meteorology, Climatology and Geophysics Agency")]
    [InlineData("The quake measured 6.2, according to the Meteorology, Climatology and Geophysics Agency.", "6.2", "the Meteorology, Climatology and Geophysics Agency")]
    [InlineData("The quake killed 12 people, according to the Meteorology, Climatology and Geophysics Agency (BMKG).", "12", "the Meteorology, Climatology and Geophysics Agency")]
    public void A_listed_institution_name_is_read_whole(string text, string figure, string source)
    {
        var claim = ClaimOf(text, figure);

        Assert.Equal((source, ClaimModality.Reported), (claim.Source, claim.Modality));
    }

    [Theory]
    [InlineData("Prices rose 3% in Paris, Lyon and Marseille Tuesday, officials said.", "3%", "officials")]
    [InlineData("According to officials in Aceh, Sumatra and Java, 40 people died.", "40", "officials")]
    [InlineData("According to the Ministry of Health, Labour and Welfare, 40 people died.", "40", "the Ministry of Health")]
    public void A_list_that_ends_on_no_institution_is_no_name(string text, string figure, string source)
    {
        Assert.Equal(source, ClaimOf(text, figure).Source);
    }
}
