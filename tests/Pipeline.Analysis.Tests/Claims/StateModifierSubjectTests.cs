using Pipeline.Analysis.Claims;
using Xunit;

namespace Pipeline.Analysis.Tests.Claims;

/// <summary>
/// In English a state's name before a common noun qualifies it as the state's adjective would ("US employers", "the U.S.
/// unemployment rate", as "American troops"): it holds no count or rate. Money under it is the state's funding, and before
/// its verb, or as the head of the state's body ("the U.S. government"), the state is still who acts. French names the state after its noun ("les employeurs
/// américains", "le taux de chômage des États-Unis"), where the rules of complements already apply.
/// </summary>
public sealed class StateModifierSubjectTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    private static Claim ClaimFor(string language, string text, string figureText) =>
        Assert.Single(Analyzer.Analyze(text, language, null).Claims, c => c.Figure.Text == figureText);

    [Theory]
    [InlineData("US employers slashed 598,000 jobs in January.", "598,000 jobs")]
    [InlineData("The U.S. unemployment rate rose to 7.6 percent.", "7.6 percent")]
    [InlineData("US authorities have sentenced a man to 51 months in jail.", "51 months")]
    [InlineData("A US judge today sentenced the former mogul to six years.", "six years")]
    [InlineData("The latest U.S. aid package includes about 50 Bradley fighting vehicles.", "about 50 Bradley fighting vehicles")]
    [InlineData("The U.S. economy gained 192,000 jobs in March.", "192,000 jobs")]
    [InlineData("The U.S. economy added 431,000 new jobs in March.", "431,000 new jobs")]
    [InlineData("US computer network giant Cisco Systems said it was cutting 1,300 jobs.", "1,300 jobs")]
    public void A_state_named_before_a_common_noun_holds_nothing(string text, string figureText)
    {
        Assert.Null(ClaimFor("en", text, figureText).Subject);
    }

    [Theory]
    [InlineData("en", "The United States announced $362 million in aid.", "$362 million", "United States")]
    [InlineData("en", "The U.S. sent 300 troops to the region.", "300 troops", "U.S.")]
    [InlineData("en", "The US plans to send 300 troops to the region.", "300 troops", "US")]
    [InlineData("en", "The U.S. imports 5 million barrels a day.", "5 million barrels a day", "U.S.")]
    [InlineData("en", "US adds 192,000 jobs in March.", "192,000 jobs", "US")]
    [InlineData("en", "The U.S. government pledged $5 billion.", "$5 billion", "U.S.")]
    [InlineData("en", "The US will send 300 troops to the region.", "300 troops", "US")]
    [InlineData("en", "The U.S. cut 300 jobs at the embassy.", "300 jobs", "U.S.")]
    [InlineData("en", "U.S. humanitarian support for Iraq amounts to more than $200 million.", "more than $200 million", "U.S.")]
    [InlineData("fr", "Les États-Unis ont envoyé 300 soldats dans la région.", "300 soldats", "États-Unis")]
    [InlineData("fr", "Le gouvernement américain a annoncé une aide de 50 millions de dollars.", "50 millions de dollars", "gouvernement américain")]
    public void A_state_before_its_verb_or_its_body_keeps_the_figure(string language, string text, string figureText, string subject)
    {
        Assert.Contains(subject, ClaimFor(language, text, figureText).Subject);
    }
}
