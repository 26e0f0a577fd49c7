using Pipeline.Analysis.Claims;
using Xunit;

namespace Pipeline.Analysis.Tests.Claims;

/// <summary>
/// A dateline says where the dispatch was filed from, not who speaks: a speaker's name read back from its verb stops at
/// the dateline's dash ("LONDON - The Office for National Statistics said", "Karachi - The Election Commission of
/// Pakistan on Friday said", "PARIS - L'Insee a annoncé"). A dash inside a name that opens no dateline stays in it.
/// </summary>
public sealed class DatelineSpeakerTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    private static Claim ClaimFor(string language, string text, string figure) =>
        Assert.Single(Analyzer.Analyze(text, language, null).Claims, c => c.Figure.Text.Contains(figure, StringComparison.Ordinal));

    [Theory]
    [InlineData("en", "Prices rise again\n\nLONDON - The Office for National Statistics said inflation rose to 3.2 percent.", "3.2 percent", "The Office for National Statistics")]
    [InlineData("en", "Jobs cut\n\nNEW YORK - Goldman Sachs said it had cut 3,000 jobs.", "3,000 jobs", "Goldman Sachs")]
    [InlineData("en", "Turnout\n\nKarachi - The Election Commission of Pakistan on Friday said that the turnout was 51.85 per cent.", "51.85", "The Election Commission of Pakistan")]
    [InlineData("en", "Prices rise again\n\nLagos - The National Bureau of Statistics said inflation rose to 12.2 percent.", "12.2 percent", "The National Bureau of Statistics")]
    [InlineData("fr", "Chômage\n\nPARIS - L'Insee a annoncé que le chômage a reculé de 0,3 point.", "0,3 point", "L'Insee")]
    [InlineData("fr", "Choléra\n\nDakar - Le ministère de la Santé a annoncé 40 nouveaux cas.", "40 nouveaux cas", "Le ministère de la Santé")]
    public void The_speaker_s_name_starts_after_the_dateline(string language, string text, string figure, string source)
    {
        var claim = ClaimFor(language, text, figure);

        Assert.Equal(source, claim.Source);
        Assert.Equal(ClaimModality.Reported, claim.Modality);
    }

    [Theory]
    [InlineData("WASHINGTON – The Labor Department said 200,000 jobs were added.", "200,000 jobs", "The Labor Department")]
    [InlineData("Coca-Cola said it had cut 2,000 jobs.", "2,000 jobs", "Coca-Cola")]
    [InlineData("The Pakistan Muslim League - Nawaz said it won 64 seats.", "64 seats", "The Pakistan Muslim League - Nawaz")]
    public void A_dash_that_opens_no_dateline_leaves_the_name_as_it_was(string text, string figure, string source)
    {
        Assert.Equal(source, ClaimFor("en", "Results\n\n" + text, figure).Source);
    }
}
