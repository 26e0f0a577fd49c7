using Pipeline.Analysis.Figures;
using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>
/// How the noun phrase a number counts is read when it is not simply the words after the number: modifiers shared across
/// a coordination, a count's name far from its number, a title's capitals, a pronoun or an increment standing for a noun
/// named earlier, a head's written gender. Each row was read by hand against the news sets' guidelines.
/// </summary>
public sealed class CountedPhraseReadingTests
{
    private static readonly FigureExtractor Extractor = new();

    private static Figure FigureAt(string text, string language, string number)
    {
        var at = text.IndexOf(number, StringComparison.Ordinal);
        return Extractor.Extract(text, language).Single(f => f.Start <= at && at < f.End);
    }

    [Theory]
    [InlineData("There are 106,000 ground troops and 21,000 navy and air force personnel.", "21,000", "navy and air force personnel", "personnel")]
    [InlineData("Nearly 37,000 people in 270 Red Cross and partner shelters in Texas.", "270", "partner shelters", "shelter")]
    [InlineData("The convoy carried 40 food and water trucks.", "40", "food and water trucks", "truck")]
    public void Modifiers_shared_across_a_coordination_leave_the_head_alone(string text, string number, string counted, string lemma)
    {
        var figure = FigureAt(text, "en", number);

        Assert.Equal(counted, figure.Counted?.Text);
        Assert.Equal(lemma, figure.Counted?.Lemma);
    }

    [Fact]
    public void A_noun_alone_after_the_coordinator_is_a_second_thing_counted()
    {
        Assert.Equal("police", FigureAt("The city deployed 1,000 police and soldiers.", "en", "1,000").Counted?.Lemma);
    }

    [Theory]
    [InlineData("The confirmed number of swine flu cases in the United States swelled to 245 in 35 states.", "245", "swine flu case", null)]
    [InlineData("The change in total nonfarm payroll employment for November was revised down by 72,000.", "72,000", "job", "job")]
    [InlineData("Employment in November and December combined was 159,000 lower than previously reported.", "159,000", "job", "job")]
    [InlineData("The death toll from a powerful earthquake last week could rise to 240.", "240", "death", "killed")]
    // A date between them is no figure of its own.
    [InlineData("Police say the death toll from a powerful Feb. 22 earthquake could rise to 240.", "240", "death", "killed")]
    public void A_count_named_as_the_subject_reaches_its_number_across_the_verb(string text, string number, string lemma, string? unit)
    {
        var figure = FigureAt(text, "en", number);

        Assert.Equal(lemma, figure.Counted?.Lemma);
        Assert.Equal(unit, figure.Unit);
    }

    [Fact]
    public void A_count_named_as_the_subject_reaches_a_clause_after_a_comma()
    {
        var figure = FigureAt("The number of cases has more than doubled in the past week, with at least 1,100 reported in Iowa.", "en", "1,100");

        Assert.Equal("case", figure.Counted?.Lemma);
    }

    [Theory]
    // A plural noun between the name and the number is what the number may count instead.
    [InlineData("The number of cases is unclear, and doctors at the clinic treated 300.", "300")]
    [InlineData("The death toll is unknown and rescuers searching the rubble on Monday found 12.", "12")]
    [InlineData("The number of cases is unclear, but volunteers from nearby towns brought in 300.", "300")]
    public void A_count_named_far_away_with_another_plural_noun_between_names_nothing(string text, string number)
    {
        Assert.Null(FigureAt(text, "en", number).Counted);
    }

    [Fact]
    public void In_a_title_capitals_mark_no_name_but_an_acronym_still_does()
    {
        var figure = FigureAt("Number of US Swine Flu Cases Climbs to 286 in 36 states\n\nHealth officials are optimistic.", "en", "286");

        Assert.Equal("swine flu case", figure.Counted?.Lemma);
    }

    [Fact]
    public void In_a_sentence_capitals_still_mark_a_model_name()
    {
        Assert.Equal("missile", FigureAt("Britain said it sent 18 Storm Shadow missiles to Kyiv.", "en", "18").Counted?.Lemma);
    }

    [Theory]
    [InlineData("Le taux de participation fait l'objet de spéculations. Il y en a deux.", "deux", "spéculation")]
    [InlineData("L'autre nouveauté, c'est les cas de personnes disparues. Selon la déclaration, il y en aurait une cinquantaine.", "cinquantaine", "personne")]
    [InlineData("Les ONG ont recensé des milliers de maisons détruites. Selon elles, il y en aurait 3000 dans la province.", "3000", "maison")]
    public void A_partitive_pronoun_counts_the_plural_noun_named_before_it(string text, string number, string lemma)
    {
        Assert.Equal(lemma, FigureAt(text, "fr", number).Counted?.Lemma);
    }

    [Theory]
    // "en hausse de": the preposition, followed by a noun, stands for nothing.
    [InlineData("Les chiffres de vendredi en hausse de 59 774 par rapport à jeudi.", "59 774")]
    // Two sentences back is too far.
    [InlineData("Le pays compte des réfugiés. La guerre dure. Le ministre en a reçu 12.", "12")]
    public void A_preposition_or_a_distant_noun_is_no_antecedent(string text, string number)
    {
        Assert.Null(FigureAt(text, "fr", number).Counted);
    }

    [Theory]
    [InlineData("fr", "Selon le HCR, 5 034 439 Ukrainiens ont quitté leur pays. Il s'agit exactement de 53 586 de plus que la veille.", "53 586", "ukrainien")]
    [InlineData("en", "Ukraine has received 400 tanks. That is 53 more than last year.", "53", "tank")]
    public void An_increment_counts_what_the_sentence_before_counted(string language, string text, string number, string lemma)
    {
        Assert.Equal(lemma, FigureAt(text, language, number).Counted?.Lemma);
    }

    [Theory]
    [InlineData("fr", "Près de six réfugiés ukrainiens sur dix (2 922 978 au 25 avril) ont fui en Pologne.", "2 922 978", "réfugié")]
    [InlineData("fr", "Il a obtenu 45 % des électeurs (12 345 678) au premier tour.", "12 345 678", "électeur")]
    [InlineData("en", "Nearly 60 percent of the refugees (2,922,978) went to Poland.", "2,922,978", "refugee")]
    public void A_number_in_brackets_after_a_share_counts_what_the_share_is_of(string language, string text, string number, string lemma)
    {
        Assert.Equal(lemma, FigureAt(text, language, number).Counted?.Lemma);
    }

    [Fact]
    public void A_number_in_brackets_after_a_share_of_nothing_named_counts_nothing()
    {
        Assert.Null(FigureAt("Dimanche, des électeurs ont voté et la participation a atteint 45 % (12 345 678) à midi.", "fr", "12 345 678").Counted);
    }

    [Theory]
    [InlineData("en", "Israel says it has killed some 1,500 militants.", "1,500", "militant", "killed")]
    [InlineData("fr", "L'armée affirme avoir tué environ 300 combattants.", "300", "combattant", "killed")]
    public void A_casualty_verb_before_the_number_leaves_the_noun_after_it_as_the_thing(string language, string text, string number, string lemma, string unit)
    {
        var figure = FigureAt(text, language, number);

        Assert.Equal(lemma, figure.Counted?.Lemma);
        Assert.Equal(unit, figure.Unit);
    }

    [Theory]
    [InlineData("en", "Sherpao said 19,136 people died. Of the deaths, 17,388 were reported in Kashmir, he said.", "17,388", "death")]
    [InlineData("en", "Of the ballots, 5,000 were cast by mail.", "5,000", "ballot")]
    [InlineData("fr", "Parmi ces blessés, sept se trouvent toujours en réanimation.", "sept", "blessé")]
    public void A_set_named_before_the_comma_is_what_the_number_after_it_counts(string language, string text, string number, string lemma)
    {
        Assert.Equal(lemma, FigureAt(text, language, number).Counted?.Lemma);
    }

    [Fact]
    public void A_set_named_mid_sentence_is_no_fronted_set()
    {
        Assert.Null(FigureAt("Officials spoke of the deaths, 17,388 in all.", "en", "17,388").Counted);
    }

    [Theory]
    [InlineData("The provisional results come from the about 34 000 polling stations in the country.", "34 000", "polling station")]
    [InlineData("The army dismantled 12 training camps.", "12", "training camp")]
    public void A_verb_form_the_word_list_lacks_names_a_kind_of_the_noun_after_it(string text, string number, string lemma)
    {
        Assert.Equal(lemma, FigureAt(text, "en", number).Counted?.Lemma);
    }

    [Fact]
    public void A_verb_after_the_number_is_no_modifier()
    {
        Assert.Null(FigureAt("In all, 300 died yesterday.", "en", "300").Counted);
    }

    [Theory]
    [InlineData("en", "Approximately 3,000 of about 18,000 Americans in the country have not been in contact.", "3,000", "american")]
    [InlineData("fr", "Nous avons perdu onze de nos hommes dans l'attaque.", "onze", "homme")]
    [InlineData("fr", "Le cumul des cas est de 960, dont 895 confirmés.", "960", "cas")]
    public void A_part_a_possessive_or_a_running_total_names_what_the_number_counts(string language, string text, string number, string lemma)
    {
        Assert.Equal(lemma, FigureAt(text, language, number).Counted?.Lemma);
    }

    [Fact]
    public void A_casualty_verb_before_a_bounded_number_is_that_number_s()
    {
        var figures = ArticleFigures.Of("The quake killed at least 65 people and injured more than 200, officials said.", "en");

        Assert.Equal(["killed", "wounded"], figures.Select(f => f.Unit));
    }

    [Theory]
    [InlineData("fr", "Au total, 12 pays ont déclaré chacun plus de 10 000 cas, dont sept ont connu des flambées.", "sept", "pays")]
    [InlineData("en", "In all, 12 countries reported more than 10,000 cases each, and seven had their first outbreak.", "seven", "country")]
    public void An_elided_number_passes_over_a_count_per_member_of_a_set(string language, string text, string number, string lemma)
    {
        Assert.Equal(lemma, FigureAt(text, language, number).Counted?.Lemma);
    }

    [Fact]
    public void Without_a_distributive_an_elided_number_takes_the_nearest_count()
    {
        Assert.Equal("cas", FigureAt("Au total, 12 pays ont déclaré plus de 10 000 cas, dont sept en Afrique.", "fr", "sept").Counted?.Lemma);
    }

    [Theory]
    [InlineData("Le séisme a tué les douze écolières de l'école.", "douze", "écolière")]
    [InlineData("Les secours ont soigné 40 infirmières blessées.", "40", "infirmière")]
    // An irregular plural takes the lexicon's lemma.
    [InlineData("Il a acheté 12 chevaux.", "12", "cheval")]
    public void A_french_head_keeps_the_gender_it_is_written_in(string text, string number, string lemma)
    {
        Assert.Equal(lemma, FigureAt(text, "fr", number).Counted?.Lemma);
    }

    [Theory]
    [InlineData("The team then evaluated 7,699 underestimated species.", "7,699", "species")]
    [InlineData("Inspectors found 35 misclassified shipments in the port.", "35", "shipment")]
    [InlineData("The survey listed 120 underreported outbreaks across the region.", "120", "outbreak")]
    [InlineData("Officials counted 64 rehoused families by Friday.", "64", "family")]
    public void A_participle_unknown_to_the_word_list_before_a_noun_is_read_past_as_an_adjective(string text, string number, string lemma)
    {
        Assert.Equal(lemma, FigureAt(text, "en", number).Counted?.Lemma);
    }
}
