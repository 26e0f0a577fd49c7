using Pipeline.Analysis.Claims;
using Xunit;

namespace Pipeline.Analysis.Tests.Claims;

/// <summary>
/// A relative clause set off by commas is a clause of its own: a figure inside it is as firm as its own verb, so the main
/// clause's hedge after the closing comma does not reach into it ("Les suspects, qui parvenaient à détourner 100 000 euros
/// par an, auraient créé…"), nor does a hedge before a comma reach into a relative opened by a preposition ("…, in which 9.7
/// million people died"). A hedge inside the relative clause, a partitive ("dont 40 enfants", "of which 120") and a figure
/// of the main clause stay as they were. Sentences are constructed, not taken from any evaluation set.
/// </summary>
public sealed class RelativeClauseScopeTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    private static Claim ClaimFor(string text, string language, string figureText) =>
        Assert.Single(Analyzer.Analyze(text, language, null).Claims, c => c.Figure.Text == figureText);

    [Theory]
    [InlineData("The suspects, who stole $100,000 a year, may have created nearly 80 fake files.", "en", "$100,000 a year")]
    [InlineData("The director, who laid off 40 workers last year, could leave the company.", "en", "40 workers")]
    [InlineData("The dam, which holds 3 million cubic meters of water, might give way on Monday.", "en", "3 million cubic meters")]
    [InlineData("Les suspects, qui parvenaient à détourner 100 000 euros par an, auraient créé près de 80 faux dossiers.", "fr", "100 000 euros par an")]
    [InlineData("Le directeur, qui a licencié 40 salariés l'an dernier, pourrait quitter l'entreprise.", "fr", "40 salariés")]
    [InlineData("Le barrage, qui retient 3 millions de mètres cubes d'eau, pourrait céder lundi.", "fr", "3 millions de mètres")]
    [InlineData("Deaths are expected to rise by 90 percent, compared with 2022, in which 9.7 million people died.", "en", "9.7 million people")]
    [InlineData("The storm could strengthen over the weekend, during which 2,000 boats will stay in port.", "en", "2,000 boats")]
    [InlineData("Le bilan pourrait encore s'alourdir dans la province, dans laquelle 300 maisons ont été détruites.", "fr", "300 maisons")]
    [InlineData("La tempête pourrait se renforcer ce week-end, pendant lequel 2 000 bateaux resteront au port.", "fr", "2 000 bateaux")]
    public void A_figure_in_a_relative_clause_of_its_own_is_not_hedged_by_the_main_clause(string text, string language, string figureText)
    {
        Assert.NotEqual(ClaimModality.Hedged, ClaimFor(text, language, figureText).Modality);
    }

    [Theory]
    [InlineData("The suspects, who stole $100,000 a year, may have created nearly 80 fake files.", "en", "nearly 80 fake files")]
    [InlineData("The suspects, who may have stolen $100,000 a year, were arrested on Monday.", "en", "$100,000 a year")]
    [InlineData("The toll could reach 300 deaths, of which 120 children.", "en", "300 deaths")]
    [InlineData("Les suspects, qui parvenaient à détourner 100 000 euros par an, auraient créé près de 80 faux dossiers.", "fr", "près de 80 faux")]
    [InlineData("Les suspects, qui auraient détourné 100 000 euros par an, ont été interpellés lundi.", "fr", "100 000 euros par an")]
    [InlineData("Le bilan, dont 40 enfants, pourrait encore s'alourdir à 300 morts.", "fr", "300 morts")]
    [InlineData("The 300 workers who may lose their jobs were told on Monday.", "en", "300 workers")]
    public void A_hedge_still_reaches_its_own_clause(string text, string language, string figureText)
    {
        Assert.Equal(ClaimModality.Hedged, ClaimFor(text, language, figureText).Modality);
    }
}
