using Pipeline.Analysis.Claims;
using Xunit;

namespace Pipeline.Analysis.Tests.Claims;

/// <summary>How firmly a figure is stated: conditionals and hedges, and the words that only look like them.</summary>
public sealed class ModalityTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    private static Claim ClaimFor(string language, string text, string figureText) =>
        Assert.Single(Analyzer.Analyze(text, language, null).Claims, c => c.Figure.Text == figureText);

    [Theory]
    [InlineData("fr", "Moscou disposerait de 1 800 chars.", "1 800 chars", ClaimModality.Hedged)]
    [InlineData("fr", "La Russie enverrait 5 000 soldats en Biélorussie.", "5 000 soldats", ClaimModality.Hedged)]
    [InlineData("fr", "L'armée aurait perdu 300 chars.", "300 chars", ClaimModality.Hedged)]
    [InlineData("fr", "L'armée pourrait perdre 300 chars.", "300 chars", ClaimModality.Hedged)]
    [InlineData("fr", "L'armée devrait recevoir 300 chars.", "300 chars", ClaimModality.Hedged)]
    [InlineData("fr", "L'armée a vraisemblablement perdu 300 chars.", "300 chars", ClaimModality.Hedged)]
    [InlineData("fr", "Les secours dénombraient 17 morts.", "17 morts", ClaimModality.Reported)]
    [InlineData("fr", "L'armée se retirait avec 300 chars.", "300 chars", ClaimModality.Asserted)]
    [InlineData("fr", "L'armée livrait 300 chars par mois.", "300 chars", ClaimModality.Asserted)]
    [InlineData("fr", "L'armée déclarait 300 chars détruits.", "300 chars", ClaimModality.Reported)]
    [InlineData("en", "More than 700 people were believed dead.", "More than 700 people", ClaimModality.Hedged)]
    [InlineData("en", "About 40 soldiers were reportedly killed.", "About 40 soldiers", ClaimModality.Hedged)]
    [InlineData("en", "Russia allegedly lost 40 jets.", "40 jets", ClaimModality.Hedged)]
    [InlineData("en", "Russia is estimated to have 4,000 tanks.", "4,000 tanks", ClaimModality.Hedged)]
    [InlineData("en", "Russia lost 40 jets, officials reported.", "40 jets", ClaimModality.Reported)]
    [InlineData("en", "Russia lost 40 jets in May.", "40 jets", ClaimModality.Asserted)]
    public void Conditionals_and_hedges_hedge_and_look_alikes_do_not(string language, string text, string figureText, ClaimModality modality)
    {
        Assert.Equal(modality, ClaimFor(language, text, figureText).Modality);
    }

    [Theory]
    [InlineData("fr", "Quatre personnes sont mortes, dont « sans doute trois soldats », selon la police.", "Quatre personnes", ClaimModality.Reported)]
    [InlineData("en", "Twelve soldiers died, officials said, adding the toll was \"perhaps higher\".", "Twelve soldiers", ClaimModality.Reported)]
    [InlineData("fr", "« L'armée aurait perdu 300 chars », selon la police.", "300 chars", ClaimModality.Hedged)]
    public void A_hedge_inside_a_quotation_hedges_only_what_it_quotes(string language, string text, string figureText, ClaimModality modality)
    {
        Assert.Equal(modality, ClaimFor(language, text, figureText).Modality);
    }

    [Theory]
    [InlineData("fr", "Les autorités ont recensé 52 morts, mais 80 personnes seraient encore disparues.")]
    [InlineData("en", "Officials counted 52 deaths, but 80 people may still be missing.")]
    public void A_hedge_after_but_hedges_its_own_clause_only(string language, string text)
    {
        var claims = Analyzer.Analyze(text, language, null).Claims;

        Assert.Equal(2, claims.Count);
        Assert.Equal(ClaimModality.Reported, claims[0].Modality);
        Assert.Equal(ClaimModality.Hedged, claims[1].Modality);
    }

    [Theory]
    [InlineData("MONDAY, May 4 (Wire) -- The number of flu cases rose to 245 in 35 states.", "35 states", ClaimModality.Asserted)]
    [InlineData("Officials said on Monday, May 4, that 245 cases were confirmed.", "245 cases", ClaimModality.Reported)]
    [InlineData("\"May the toll stay at 40 soldiers,\" he wrote.", "40 soldiers", ClaimModality.Hedged)]
    public void A_capitalised_modal_after_a_comma_is_a_month_while_one_opening_a_quotation_still_hedges(string text, string figureText, ClaimModality modality)
    {
        Assert.Equal(modality, ClaimFor("en", text, figureText).Modality);
    }

    [Theory]
    [InlineData("en", "According to unconfirmed reports, two soldiers were killed.", "two soldiers", ClaimModality.Reported)]
    [InlineData("en", "According to unconfirmed reports, two soldiers may have been killed.", "two soldiers", ClaimModality.Hedged)]
    [InlineData("fr", "Selon des sources non confirmées, deux soldats ont été tués.", "deux soldats", ClaimModality.Reported)]
    public void A_hedge_word_in_the_source_qualifies_the_source_not_the_figure(string language, string text, string figureText, ClaimModality modality)
    {
        var claim = ClaimFor(language, text, figureText);

        Assert.NotNull(claim.Source);
        Assert.Equal(modality, claim.Modality);
    }

    [Theory]
    [InlineData("en", "Insured losses from the storm are estimated between $20 billion and $60 billion, the analyst said.", "between $20 billion and $60 billion", ClaimModality.Hedged)]
    [InlineData("en", "The cost of the repairs is estimated between $2 million and $3 million.", "between $2 million and $3 million", ClaimModality.Hedged)]
    [InlineData("en", "A major hurricane is estimated by some to result in $175 billion in losses.", "$175 billion", ClaimModality.Hedged)]
    [InlineData("en", "The toll was estimated by many at more than 300 dead.", "more than 300 dead", ClaimModality.Hedged)]
    [InlineData("fr", "Les pertes assurées sont estimées entre 20 et 60 milliards de dollars.", "entre 20 et 60 milliards de dollars", ClaimModality.Hedged)]
    [InlineData("fr", "Le coût des réparations est estimé entre 2 et 3 millions d'euros.", "entre 2 et 3 millions d'euros", ClaimModality.Hedged)]
    [InlineData("fr", "Un ouragan majeur est estimé par certains à 175 milliards de dollars de pertes.", "175 milliards de dollars", ClaimModality.Hedged)]
    [InlineData("en", "Between 20 and 30 people were injured, the police said.", "Between 20 and 30 people", ClaimModality.Reported)]
    [InlineData("en", "The estimate by some analysts was never published, but 300 homes burned.", "300 homes", ClaimModality.Asserted)]
    [InlineData("fr", "L'estimation de certains analystes n'a pas été publiée, mais 300 maisons ont brûlé.", "300 maisons", ClaimModality.Asserted)]
    [InlineData("fr", "Entre 20 et 30 personnes ont été blessées, selon la police.", "Entre 20 et 30 personnes", ClaimModality.Reported)]
    public void A_range_estimated_or_an_estimate_by_unnamed_people_is_hedged(string language, string text, string figureText, ClaimModality modality)
    {
        Assert.Equal(modality, ClaimFor(language, text, figureText).Modality);
    }
}
