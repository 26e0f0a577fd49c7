using Pipeline.Analysis.Figures;
using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>
/// A fate written between a number and the people it counts is theirs ("19 wounded troops" are wounded troops, "two dead
/// soldiers" soldiers killed), and so is one written right after them with no verb ("7 terroristes morts", "deux marins
/// portés disparus"): the figure counts the people and its category is the casualty or the displacement.
/// </summary>
public sealed class FateBeforeNounTests
{
    private static readonly FigureExtractor Extractor = new();

    [Theory]
    [InlineData("en", "Medics treated 85 wounded persons after the attack.", "85 wounded persons", "person", "wounded")]
    [InlineData("en", "The army said two dead soldiers were found near the border.", "two dead soldiers", "soldier", "killed")]
    [InlineData("en", "The blast left eight injured residents in hospital.", "eight injured residents", "resident", "wounded")]
    [InlineData("en", "Rescuers searched for 12 missing fishermen off the coast.", "12 missing fishermen", "fisherman", "missing")]
    [InlineData("en", "Doctors treated 20 critically wounded patients overnight.", "20 critically wounded patients", "patient", "wounded")]
    [InlineData("en", "The town mourned four slain officers on Sunday.", "four slain officers", "officer", "killed")]
    [InlineData("en", "The US evacuated 19 wounded troops to Germany.", "19 wounded troops", "troop", "wounded")]
    [InlineData("en", "The army counted 14 dead civilians in the village.", "14 dead civilians", "civilian", "killed")]
    [InlineData("fr", "Selon la préfecture, 15 marins sont portés disparus.", "15 marins", "marin", "missing")]
    [InlineData("fr", "Naufrage : deux marins pêcheurs disparus au large de Barfleur.", "deux marins", "marin", "missing")]
    [InlineData("fr", "Au large du Maroc, deux pêcheurs périssent dans le naufrage.", "deux pêcheurs", "pêcheur", "killed")]
    [InlineData("fr", "Selon le bilan, 3 personnes décédées ont été identifiées.", "3 personnes", "personne", "killed")]
    [InlineData("fr", "Deux matelots étaient toujours portés disparus lundi.", "Deux matelots", "matelot", "missing")]
    [InlineData("en", "Rescuers are searching for 2 missing boaters off the coast.", "2 missing boaters", "boater", "missing")]
    [InlineData("en", "Police said three individuals remain missing.", "three individuals", "individual", "missing")]
    [InlineData("en", "The blast left two initially critically injured soldiers.", "two initially critically injured soldiers", "soldier", "wounded")]
    [InlineData("en", "The blast left two initially critically injured individuals.", "two initially critically injured individuals", "individual", "wounded")]
    [InlineData("en", "Medics treated 12 badly injured climbers.", "12 badly injured climbers", "climber", "wounded")]
    public void A_fate_beside_the_people_counted_is_theirs(string language, string text, string span, string lemma, string unit)
    {
        var figure = Assert.Single(Extractor.Extract(text, language));

        Assert.Equal((span, lemma, unit, FigureCategory.Casualties), (figure.Text, figure.Counted?.Lemma, figure.Unit, figure.Category));
    }

    /// <summary>
    /// Casualties are people (the guidelines' table: the dead, the wounded, the missing; `people` and `count-other` count
    /// the rest): a fate said of things or animals only describes them, and the number counts them as written, the
    /// category being that of the thing ("1,000 dead fish" is `count-other`, lemma "fish").
    /// </summary>
    [Theory]
    [InlineData("en", "The clerk said 12 missing documents were found.", "12 missing documents", "document")]
    [InlineData("en", "Officials said 1,000 dead fish washed up on the shore.", "1,000 dead fish", "fish")]
    [InlineData("en", "Police found 3 dead dogs in the house.", "3 dead dogs", "dog")]
    [InlineData("en", "About 1,000 fish died in the heat wave.", "About 1,000 fish", "fish")]
    [InlineData("en", "Officials said 300 cattle were killed by the flood.", "300 cattle", "cattle")]
    [InlineData("fr", "Les pompiers ont retrouvé 3 chiens morts dans la maison.", "3 chiens", "chien")]
    [InlineData("fr", "Des milliers de poissons morts ont été retrouvés sur la plage.", "Des milliers de poissons", "poisson")]
    [InlineData("fr", "Au total, 300 moutons ont été tués par les loups.", "300 moutons", "mouton")]
    [InlineData("fr", "Au total, 15 vaches sont mortes dans l'incendie.", "15 vaches", "vache")]
    public void A_fate_said_of_things_or_animals_makes_no_casualties(string language, string text, string span, string lemma)
    {
        var figure = Assert.Single(Extractor.Extract(text, language));

        Assert.Equal((span, lemma, FigureCategory.Count), (figure.Text, figure.Counted?.Lemma, figure.Category));
    }

    [Fact]
    public void A_fate_at_the_end_of_a_title_line_is_its_own_though_a_number_opens_the_next()
    {
        var figures = Extractor.Extract("- 7 terroristes morts\n\nTrois assaillants sont morts au Bataclan.", "fr");

        var title = Assert.Single(figures, f => f.Text.StartsWith('7'));
        Assert.Equal(("killed", FigureCategory.Casualties), (title.Unit, title.Category));
    }

    [Theory]
    [InlineData("en", "The two rescued boaters were hoisted aboard the tug.", "two rescued boaters")]
    [InlineData("en", "Police said 40 arrested protesters were released later.", "40 arrested protesters")]
    [InlineData("fr", "Selon la préfecture, 40 marins ont été secourus lundi.", "40 marins")]
    public void People_with_another_fate_stay_counted_as_they_are(string language, string text, string span)
    {
        var figure = Assert.Single(Extractor.Extract(text, language));

        Assert.Equal((span, FigureCategory.Count), (figure.Text, figure.Category));
    }

    [Theory]
    [InlineData("en", "There were 40 injured in the blast on Monday.", "40 injured")]
    [InlineData("en", "Four injured were taken to hospital on Friday.", "Four injured")]
    public void A_fate_that_stands_for_the_people_keeps_its_figure(string language, string text, string span)
    {
        var figure = Assert.Single(Extractor.Extract(text, language));

        Assert.Equal(span, figure.Text);
        Assert.Null(figure.Counted);
    }

    [Fact]
    public void A_fate_before_a_word_the_list_lacks_stands_for_the_people()
    {
        var figure = Assert.Single(Extractor.Extract("Ten soldiers were killed and nine wounded during the raid.", "en"), f => f.Text.StartsWith("nine", StringComparison.Ordinal));

        Assert.Equal(("nine wounded", "wounded"), (figure.Text, figure.Unit));
    }
}
