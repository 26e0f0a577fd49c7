using Pipeline.Analysis.Claims;
using Xunit;

namespace Pipeline.Analysis.Tests.Claims;

/// <summary>
/// A forecast that is raised, cut or kept is set to a level, and was set at the old one: both are what is foreseen,
/// hedged (tools/news-set-press/README.md, "Estimates": "an expectation or forecast … is hedged"). The size of the
/// revision ("by 0.2 point", "de 0,1 point") is no level, and a level something other than a forecast is moved to is not
/// foreseen. A word that plays the level down ("to just 0.2 per cent", "à seulement 0,2 %") keeps the level a revised one,
/// and so does a share a coordinator lists right after it ("to 6.5% this year, and 6.2% in 2017").
/// </summary>
public sealed class RevisedForecastTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    private static Claim ClaimFor(string language, string text, string figureText) =>
        Assert.Single(Analyzer.Analyze(text, language, null).Claims, c => c.Figure.Text == figureText);

    [Theory]
    [InlineData("en", "Economists raised their forecast for 2022 economic growth to 3.5%.", "3.5%")]
    [InlineData("en", "The PCE projection was cut to 1.5% from 1.8% in the prior survey.", "1.5%")]
    [InlineData("en", "The PCE projection was cut to 1.5% from 1.8% in the prior survey.", "1.8%")]
    [InlineData("en", "The central bank lowered its inflation outlook to 2.1 percent.", "2.1 percent")]
    [InlineData("en", "The Fed kept its growth forecast at 1.8 percent for next year.", "1.8 percent")]
    [InlineData("fr", "L'OCDE relève à 1,1 % sa perspective de croissance pour la France en 2024.", "1,1 %")]
    [InlineData("fr", "La Banque de France a relevé sa prévision à 1,1 %, contre 0,8 % précédemment.", "1,1 %")]
    [InlineData("fr", "La Banque de France a relevé sa prévision à 1,1 %, contre 0,8 % précédemment.", "0,8 %")]
    public void A_level_a_revised_forecast_is_set_to_or_was_set_at_is_hedged(string language, string text, string figureText)
    {
        Assert.Equal(ClaimModality.Hedged, ClaimFor(language, text, figureText).Modality);
    }

    [Theory]
    [InlineData("en", "The IMF also slashed its outlook for Russia's growth to just 0.2 per cent this year and 1 per cent in 2015.", "0.2 per cent")]
    [InlineData("en", "The IMF also slashed its outlook for Russia's growth to just 0.2 per cent this year and 1 per cent in 2015.", "1 per cent")]
    [InlineData("en", "The Fund raised China's growth forecast slightly to 6.5% this year, and 6.2% in 2017.", "6.2%")]
    [InlineData("en", "The bank lowered its inflation outlook to a mere 1.1 percent.", "1.1 percent")]
    [InlineData("fr", "Le FMI a ramené sa prévision pour la Russie à tout juste 0,2 %.", "0,2 %")]
    [InlineData("fr", "Le FMI a réduit ses perspectives pour la Russie à seulement 0,2 % cette année et 1 % en 2015.", "1 %")]
    [InlineData("fr", "Le Fonds a relevé légèrement la prévision pour la Chine à 6,5 % cette année, et 6,2 % en 2017.", "6,2 %")]
    public void A_level_played_down_or_listed_after_a_revised_one_is_hedged(string language, string text, string figureText)
    {
        Assert.Equal(ClaimModality.Hedged, ClaimFor(language, text, figureText).Modality);
    }

    [Theory]
    [InlineData("en", "Prices rose to just 3.1% in May and 3.4% in June.", "3.1%")]
    [InlineData("en", "Prices rose to just 3.1% in May and 3.4% in June.", "3.4%")]
    [InlineData("en", "Unemployment fell to only 4.2% in March, and 4.1% in April.", "4.1%")]
    [InlineData("fr", "Le chômage a reculé à seulement 7,1 % en mai et 7 % en juin.", "7 %")]
    [InlineData("fr", "Les prix ont augmenté de 2 % en mai et 3 % en juin.", "3 %")]
    public void A_level_played_down_or_listed_after_a_change_that_is_no_revision_is_not_hedged(string language, string text, string figureText)
    {
        Assert.NotEqual(ClaimModality.Hedged, ClaimFor(language, text, figureText).Modality);
    }

    [Theory]
    [InlineData("en", "The IMF cut its forecast by 0.2 point to 2.9 percent.", "0.2 point")]
    [InlineData("en", "The company cut 300 jobs and raised prices to $12 a box.", "$12")]
    [InlineData("en", "The government raised the minimum wage to $15, beating forecasts.", "$15")]
    [InlineData("fr", "L'OCDE a relevé de 0,1 point sa prévision d'inflation.", "0,1 point")]
    [InlineData("fr", "L'entreprise a relevé ses prix à 12 euros le kilo.", "12 euros le kilo")]
    [InlineData("fr", "Selon les prévisions, la ville a réduit le nombre de bus à 30.", "30")]
    public void The_size_of_a_revision_or_a_level_of_something_else_is_not_hedged(string language, string text, string figureText)
    {
        Assert.NotEqual(ClaimModality.Hedged, ClaimFor(language, text, figureText).Modality);
    }
}
