using Pipeline.Analysis.Figures;
using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>
/// Bound and hedge phrases, English at parity with French: "as many as" and "as high as" are upper bounds like
/// "jusqu'à", "well over" a lower bound like "plus de", "nearly" an upper bound stated roughly like "près de" (below the number, close to it). Shapes from war and disaster
/// reporting (Wikinews, Global Voices and agency copy), each value worked out by hand.
/// </summary>
public sealed class BoundPhraseTests
{
    private static readonly FigureExtractor Extractor = new();

    /// <summary>Each row: language, sentence, the phrase the figure starts with, value, low, low included, high, high included, hedged.</summary>
    public static TheoryData<string, string, string, double?, double?, bool, double?, bool, bool> Rows => new()
    {
        { "en", "The death toll could be as high as 200,000, officials said.", "as high as 200,000", null, null, true, 200_000, true, false },
        { "en", "As many as 60,000 troops were massed at the border.", "As many as 60,000", null, null, true, 60_000, true, false },
        { "en", "There were up to quarter of a million dead.", "up to quarter of a million", null, null, true, 250_000, true, false },
        { "en", "Up to a quarter of a million people fled.", "Up to a quarter of a million", null, null, true, 250_000, true, false },
        { "en", "It could cost as much as $5 billion.", "as much as $5 billion", null, null, true, 5e9, true, false },
        { "en", "He said well over 1.3 million artillery rounds were shipped.", "well over 1.3 million", null, 1_300_000, false, null, true, false },
        { "en", "The escalating fighting pushed the toll well past 60,000.", "well past 60,000", null, 60_000, false, null, true, false },
        { "en", "Just under 2,000 civilians were evacuated.", "Just under 2,000", null, null, true, 2_000, false, false },
        { "en", "Nearly 40 drone strikes hit the city.", "Nearly 40", null, null, true, 40, false, true },
        { "en", "At least 12 people were killed.", "At least 12", null, 12, true, null, true, false },
        { "en", "The pair is named no later than 3 days after the ruling.", "no later than 3", null, null, true, 3, true, false },
        { "en", "Elections are held no earlier than 30 days after the vote.", "no earlier than 30", null, 30, true, null, true, false },
        { "en", "The army fielded from 60 to 83 battalion tactical groups.", "from 60 to 83", null, 60, true, 83, true, false },
        { "en", "The toll was in the neighborhood of 600 to 1000 dead.", "in the neighborhood of 600 to 1000", null, 600, true, 1_000, true, true },
        { "en", "About 70 percent of the voters agreed.", "About 70 percent", 70, null, true, null, true, true },
        { "en", "A quarter of a million people live there.", "A quarter of a million", 250_000, 250_000, true, 250_000, true, false },
        { "fr", "Jusqu'à 15 000 soldats pourraient être mobilisés.", "Jusqu'à 15 000", null, null, true, 15_000, true, false },
        { "fr", "Plus de 8 millions de personnes ont été déplacées.", "Plus de 8 millions", null, 8_000_000, false, null, true, false },
        { "fr", "Le bilan dépasse les 165 000 morts vendredi.", "dépasse les 165 000", null, 165_000, false, null, true, false },
        { "fr", "Le chômage est repassé sous les 7 % en mars.", "sous les 7 %", null, null, true, 7, false, false },
        { "fr", "Le prix du baril reste en deçà des 80 dollars.", "en deçà des 80 dollars", null, null, true, 80, false, false },
        { "fr", "Les dégâts vont au-delà des 30 000 euros.", "au-delà des 30 000 euros", null, 30_000, false, null, true, false },
        { "fr", "Près de 170 chars ont été livrés.", "Près de 170", null, null, true, 170, false, true },
        { "fr", "Au moins 12 personnes ont été tuées.", "Au moins 12", null, 12, true, null, true, false },
        { "fr", "L'armée a aligné de 60 à 83 groupes tactiques.", "60 à 83", null, 60, true, 83, true, false },
        { "fr", "Le bilan est de l'ordre de 300 morts.", "de l'ordre de 300", 300, null, true, null, true, true },
        { "fr", "Environ 70 % des électeurs ont voté.", "Environ 70 %", 70, null, true, null, true, true },
        { "fr", "Un quart de million de personnes ont fui.", "Un quart de million", 250_000, 250_000, true, 250_000, true, false },
        { "fr", "Près de 10 à 20 soldats ont été blessés.", "Près de 10 à 20", null, 10, true, 20, true, true },
        { "en", "Nearly 10 to 20 soldiers were wounded.", "Nearly 10 to 20", null, 10, true, 20, true, true },
        { "en", "Indonesia's death toll alone exceeded 200,000.", "exceeded 200,000", null, 200_000, false, null, true, false },
        { "en", "Sales of the drug surpassed $1 billion last year.", "surpassed $1 billion", null, 1e9, false, null, true, false },
        { "en", "The fund's assets, surpassing 4,000 tonnes of gold, were frozen.", "surpassing 4,000", null, 4_000, false, null, true, false },
        { "en", "Turnout fell just shy of 60 percent.", "just shy of 60 percent", null, null, true, 60, false, true },
        { "en", "The bill passed with votes shy of 300 members.", "shy of 300", null, null, true, 300, false, true },
        { "fr", "Le nombre de cas a franchi le cap des 1 000 mardi.", "franchi le cap des 1 000", null, 1_000, false, null, true, false },
        { "fr", "La participation a passé la barre des 50 % à midi.", "passé la barre des 50 %", null, 50, false, null, true, false },
        { "fr", "Le bilan a dépassé le cap des 300 morts.", "dépassé le cap des 300", null, 300, false, null, true, false },
        { "fr", "La hausse des prix avoisine les 4 % sur un an.", "avoisine les 4 %", 4, null, true, null, true, true },
        { "fr", "L'entreprise affiche des pertes avoisinant 2 milliards d'euros.", "avoisinant 2 milliards", 2e9, null, true, null, true, true },
        { "en", "Some customers may have to wait as long as 10 days before power is restored.", "as long as 10", null, null, true, 10, true, false },
        { "en", "He faces as long as 24 years in prison.", "as long as 24", null, null, true, 24, true, false },
        { "en", "The outage could last as long as three weeks.", "as long as three", null, null, true, 3, true, false },
        { "fr", "Certains clients pourraient attendre jusqu'à 10 jours avant le retour du courant.", "jusqu'à 10", null, null, true, 10, true, false },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void A_bound_or_hedge_phrase_gives_the_figure_its_bounds(
        string language, string text, string start, double? value, double? low, bool lowIn, double? high, bool highIn, bool hedged)
    {
        var figure = Assert.Single(Extractor.Extract(text, language));

        Assert.StartsWith(start, figure.Text, StringComparison.Ordinal);
        Assert.Equal((value, low, high, hedged), (figure.Value, figure.Low, figure.High, figure.Approximate));
        if (low is not null)
        {
            Assert.Equal(lowIn, figure.LowInclusive);
        }

        if (high is not null)
        {
            Assert.Equal(highIn, figure.HighInclusive);
        }
    }

    [Theory]
    [InlineData("en", "The song topped 12 national charts.", 12)]
    [InlineData("en", "Migrants crossed 3 borders on foot.", 3)]
    [InlineData("fr", "Le village voisine la frontière sur 3 km.", 3)]
    [InlineData("fr", "Il a passé 3 jours au cap Nord.", 3)]
    public void A_verb_that_names_no_level_passed_states_no_bound(string language, string text, double value)
    {
        var figure = Assert.Single(Extractor.Extract(text, language));

        Assert.Equal((value, value, value, false), (figure.Value, figure.Low, figure.High, figure.Approximate));
    }

    [Theory]
    [InlineData("en", "Prices will stay near 5% as long as demand holds.", 5)]
    [InlineData("en", "As long as the truce holds, 200 trucks can cross each day.", 200)]
    [InlineData("fr", "Les prix resteront proches de 5 % tant que la demande tiendra.", 5)]
    public void As_long_as_a_condition_bounds_no_number(string language, string text, double value)
    {
        var figure = Assert.Single(Extractor.Extract(text, language));

        Assert.Equal((value, value, value), (figure.Value, figure.Low, figure.High));
    }

    [Theory]
    [InlineData("en", "Estimates range from as few as 10,000 to as many as 60,000 soldiers.")]
    public void As_few_as_is_the_low_end_and_as_many_as_the_high_end(string language, string text)
    {
        var figures = Extractor.Extract(text, language);

        Assert.Equal([(10_000.0, (double?)null), (null, 60_000.0)], figures.Select(f => (f.Low, f.High)));
    }

    [Theory]
    [InlineData("en", "The death toll rose to 300 over the past 3 days.", 3)]
    [InlineData("en", "Over the past 10 years, the city grew.", 10)]
    public void A_word_of_time_before_a_count_states_no_bound(string language, string text, double value)
    {
        var figure = Extractor.Extract(text, language)[^1];

        Assert.Equal((value, value, value), (figure.Value, figure.Low, figure.High));
    }

    [Theory]
    [InlineData("en", "The war lasted two decades.", "decade")]
    [InlineData("en", "The feud lasted two decades and a half.", "decade")]
    [InlineData("fr", "La guerre a duré deux décennies.", "decade")]
    [InlineData("fr", "La cathédrale a attendu deux siècles.", "century")]
    [InlineData("en", "The town was founded three centuries ago.", "century")]
    public void Decades_and_centuries_are_durations(string language, string text, string unit)
    {
        var figure = Assert.Single(Extractor.Extract(text, language));

        Assert.Equal((FigureCategory.Duration, unit), (figure.Category, figure.Unit));
    }
}
