using Pipeline.Analysis.Claims;
using Pipeline.Analysis.Figures;
using Xunit;

namespace Pipeline.Analysis.Tests.Claims;

/// <summary>Every figure that counts something is a claim, whatever the noun, keyed by what it counts so languages group.</summary>
public sealed class CountedClaimTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    [Theory]
    [InlineData("en", "Russia carried out more than 40 drone strikes overnight.", "drone strikes")]
    [InlineData("en", "The court heard 14 witnesses on Monday.", "witnesses")]
    [InlineData("fr", "Kiev a reçu l'aide de 12 pays européens.", "pays")]
    [InlineData("fr", "Le tribunal a entendu 14 témoins lundi.", "témoins")]
    [InlineData("fr", "Washington a livré les 31 Abrams américains à Kiev.", "Abrams")]
    public void A_figure_counting_any_noun_is_a_claim(string language, string text, string counted)
    {
        var claim = Assert.Single(Analyzer.Analyze(text, language, null).Claims);

        Assert.Equal(counted, claim.Figure.Counted?.Text);
    }

    [Theory]
    [InlineData("en", "Ukraine needs 155 mm shells.")]
    [InlineData("fr", "L'Ukraine a besoin d'obus de 155 mm.")]
    [InlineData("fr", "Il en a parlé deux fois.")]
    [InlineData("en", "Hailstones of 5 cm were found on the roofs.")]
    public void Sizes_and_numbers_counting_nothing_are_no_claims(string language, string text)
    {
        Assert.Empty(Analyzer.Analyze(text, language, null).Claims);
    }

    [Theory]
    [InlineData("en", "Prices rose 3 percent in May.", "percent")]
    [InlineData("en", "Russia exported 5 million barrels of oil.", "barrel")]
    [InlineData("fr", "La ville est à 30 kilomètres du front.", "km")]
    [InlineData("en", "The fighting lasted 10 days.", "day")]
    [InlineData("fr", "Les combats ont duré 10 jours.", "day")]
    [InlineData("en", "More than 50 mm of rain fell overnight.", "mm")]
    [InlineData("en", "Up to 20 cm of snow covered the pass.", "cm")]
    [InlineData("fr", "Il est tombé 160 mm de pluie en une nuit.", "mm")]
    [InlineData("fr", "La crue a laissé 40 cm d'eau dans les rues.", "cm")]
    public void Measures_with_a_unit_are_claims(string language, string text, string unit)
    {
        var claim = Assert.Single(Analyzer.Analyze(text, language, null).Claims);

        Assert.Equal(unit, claim.Figure.Unit);
    }

    [Theory]
    [InlineData("Ukraine has received 230 howitzers.", "L'Ukraine a reçu 230 obusiers.")]
    [InlineData("Berlin sent 14 Leopard tanks.", "Berlin a envoyé 14 chars Leopard.")]
    [InlineData("Russia had 83 battalion tactical groups.", "La Russie avait 83 groupes tactiques de bataillon.")]
    [InlineData("More than 8,000 refugees arrived.", "Plus de 8 000 réfugiés sont arrivés.")]
    public void The_same_claim_in_two_languages_has_one_key_when_our_knowledge_knows_the_noun(string english, string french)
    {
        var en = Assert.Single(Analyzer.Analyze(english, "en", null).Claims);
        var fr = Assert.Single(Analyzer.Analyze(french, "fr", null).Claims);

        Assert.Equal(StripHolders(en.Key), StripHolders(fr.Key));
    }

    [Fact]
    public void A_noun_without_a_unit_is_keyed_by_its_lemma()
    {
        var one = Assert.Single(Analyzer.Analyze("The court heard 14 witnesses.", "en", null).Claims);
        var other = Assert.Single(Analyzer.Analyze("The judge heard 14 witnesses again.", "en", null).Claims);

        Assert.StartsWith("count|witness|14|", one.Key);
        Assert.Equal(one.Key, other.Key);
        Assert.Equal(FigureCategory.Count, one.Figure.Category);
    }

    /// <summary>The key's subject and place are read from each sentence; what is compared here is what is counted and how many.</summary>
    private static string StripHolders(string key) => string.Join('|', key.Split('|')[..5]);
}
