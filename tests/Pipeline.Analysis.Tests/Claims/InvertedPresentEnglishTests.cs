using Pipeline.Analysis.Claims;
using Xunit;

namespace Pipeline.Analysis.Tests.Claims;

/// <summary>
/// English reporting verbs in the present stand before their speaker after a comma as their past does (", announces the
/// ministry", ", confirms the agency"), in headlines and in running text alike; French has the shape too (", annonce la
/// préfecture"). Elsewhere the present names its speaker before it, or nobody.
/// </summary>
public sealed class InvertedPresentEnglishTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    private static Claim ClaimFor(string language, string text, string figure) =>
        Assert.Single(Analyzer.Analyze(text, language, null).Claims, c => c.Figure.Text.Contains(figure, StringComparison.Ordinal));

    [Theory]
    [InlineData("en", "Cholera outbreak\n\nSome 151 people have died, announces the ministry.", "151", "the ministry")]
    [InlineData("en", "Cholera: 151 people died, announces the ministry\n\nThe outbreak spread in the north.", "151", "the ministry")]
    [InlineData("en", "Cholera outbreak\n\nAt least 40 cases were found in the camp, confirms the health agency.", "40 cases", "the health agency")]
    [InlineData("en", "Cholera outbreak\n\nMore than 2,000 people were displaced, adds the report.", "2,000", "the report")]
    [InlineData("en", "Cholera outbreak\n\nPrices rose 4 percent, notes the central bank in its review.", "4 percent", "the central bank")]
    [InlineData("en", "Cholera outbreak\n\nUp to 300 villages are at risk, warns the World Health Organization.", "300 villages", "the World Health Organization")]
    [InlineData("fr", "Choléra\n\nAu moins 151 personnes sont mortes, annonce le ministère.", "151", "le ministère")]
    [InlineData("fr", "Choléra\n\nAu moins 40 cas ont été recensés, confirme l'agence sanitaire.", "40 cas", "l'agence sanitaire")]
    public void A_present_after_a_comma_names_the_speaker_after_it(string language, string text, string figure, string source)
    {
        var claim = ClaimFor(language, text, figure);

        Assert.Equal(source, claim.Source);
        Assert.Equal(ClaimModality.Reported, claim.Modality);
    }

    [Theory]
    [InlineData("Cholera outbreak\n\nThe ministry announces 151 new beds for the camps.", "151", "The ministry")]
    [InlineData("Cholera outbreak\n\nThe agency confirms that 40 cases were found.", "40 cases", "The agency")]
    public void A_present_after_its_speaker_keeps_that_speaker(string text, string figure, string source)
    {
        Assert.Equal(source, ClaimFor("en", text, figure).Source);
    }

    [Theory]
    [InlineData("Cholera outbreak\n\nThe camp holds 2,000 people and adds new tents every week.", "2,000")]
    [InlineData("Cholera outbreak\n\nThe town lost 300 homes, which confirms fears of a long recovery.", "300 homes")]
    public void A_present_with_no_speaker_after_it_names_nobody(string text, string figure)
    {
        Assert.Null(ClaimFor("en", text, figure).Source);
    }
}
