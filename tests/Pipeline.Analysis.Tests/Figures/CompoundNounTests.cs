using Pipeline.Analysis.Figures;
using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>
/// Compound nouns as what a figure counts: a French head with the complement or noun that makes one thing with it
/// ("bureaux de vote", "États membres"), where a free complement ("doses de vaccin") stays out; an English count before a
/// singular noun that describes a singular head ("the 18 party alliance") counts that noun; a word both noun and adjective
/// that the lexicon reads mostly as a noun ("home games") stays in the compound. Sentences written for these tests.
/// </summary>
public sealed class CompoundNounTests
{
    private static readonly FigureExtractor Extractor = new();

    private static Figure FigureAt(string text, string language, string number) =>
        Extractor.Extract(text, language).Single(f => f.Start <= text.IndexOf(number, StringComparison.Ordinal) && text.IndexOf(number, StringComparison.Ordinal) < f.End);

    [Theory]
    [InlineData("Le vote a été annulé dans 27 bureaux de vote du nord.", "27", "bureau de vote", "polling station")]
    [InlineData("Seuls cinq États membres ont voté contre le texte.", "cinq", "état membre", "member state")]
    [InlineData("Le sommet a réuni 40 chefs d'État à Nairobi.", "40", "chef d'état", "head of state")]
    [InlineData("L'ONU a déployé 1 500 casques bleus dans la région.", "1 500", "casque bleu", "peacekeeper")]
    [InlineData("Le préfet a mobilisé 2 000 forces de l'ordre samedi.", "2 000", "force de l'ordre", "police")]
    public void A_french_compound_noun_is_counted_whole(string text, string number, string lemma, string unit)
    {
        var figure = FigureAt(text, "fr", number);

        Assert.Equal((lemma, unit), (figure.Counted?.Lemma, figure.Unit));
    }

    [Theory]
    [InlineData("La poste a émis 12 timbres-poste cette année.", "12", "timbre-poste")]
    [InlineData("On a vu trois arcs-en-ciel après l'orage.", "trois", "arc-en-ciel")]
    [InlineData("L'hôpital a recruté 40 aides-soignantes en juin.", "40", "aide-soignante")]
    [InlineData("La réforme supprime cinq chefs-lieux de canton.", "cinq", "chef-lieu")]
    public void A_french_compound_with_its_plural_on_its_first_part_is_counted_in_its_singular(string text, string number, string lemma)
    {
        Assert.Equal(lemma, FigureAt(text, "fr", number).Counted?.Lemma);
    }

    [Theory]
    [InlineData("Trois mis en examen ont été écroués vendredi.", "Trois", "mis en examen", "defendant")]
    [InlineData("La police a entendu douze mis en cause dans ce dossier.", "douze", "mis en cause", "defendant")]
    [InlineData("Parmi les 40 gardés à vue, la moitié a été relâchée.", "40", "gardé à vue", "detainee")]
    public void A_french_noun_of_several_words_is_counted_whole(string text, string number, string lemma, string unit)
    {
        var figure = FigureAt(text, "fr", number);

        Assert.Equal((lemma, unit), (figure.Counted?.Lemma, figure.Unit));
    }

    [Theory]
    [InlineData("L'étoile est située à environ 300 années-lumière de la Terre.", "300")]
    [InlineData("Cette galaxie se trouve à 12 millions d'années-lumière.", "12")]
    [InlineData("La nébuleuse, à 1 500 années-lumière, a été photographiée.", "1 500")]
    public void French_light_years_are_a_distance(string text, string number)
    {
        var figure = FigureAt(text, "fr", number);

        Assert.Equal(("light-year", FigureCategory.Distance), (figure.Unit, figure.Category));
    }

    [Theory]
    [InlineData("Le pays a reçu 300 000 doses de vaccin cette semaine.", "300 000", "dose")]
    [InlineData("La ville compte 12 bureaux de poste.", "12", "bureau")]
    [InlineData("Le pays a fermé 40 établissements de santé.", "40", "établissement")]
    public void A_french_complement_that_makes_no_compound_stays_out_of_the_lemma(string text, string number, string lemma)
    {
        Assert.Equal(lemma, FigureAt(text, "fr", number).Counted?.Lemma);
    }

    [Theory]
    [InlineData("The opposition 18 party alliance boycotted the vote.", "18", "party")]
    [InlineData("Voters elected a new 300 seat parliament on Sunday.", "300", "seat")]
    [InlineData("The 27 nation bloc agreed on new sanctions.", "27", "nation")]
    public void A_count_before_a_noun_describing_a_singular_head_counts_that_noun(string text, string number, string lemma)
    {
        Assert.Equal(lemma, FigureAt(text, "en", number).Counted?.Lemma);
    }

    [Theory]
    [InlineData("The city deployed 5,000 riot police on Sunday.", "5,000", "riot police")]
    [InlineData("The agency sent 200 security personnel to the site.", "200", "security personnel")]
    [InlineData("The army trained 4,000 military police officers.", "4,000", "police officer")]
    public void A_plural_head_or_one_singular_in_form_and_plural_in_sense_keeps_the_count(string text, string number, string lemma)
    {
        Assert.Equal(lemma, FigureAt(text, "en", number).Counted?.Lemma);
    }

    [Theory]
    [InlineData("The club played 17 home games in the league.", "17", "home game")]
    [InlineData("The mint struck 3,000 gold coins this year.", "3,000", "gold coin")]
    [InlineData("Police fired 40 rubber bullets at the crowd.", "40", "rubber bullet")]
    [InlineData("The plant makes 5,000 metal pipes a day.", "5,000", "metal pipe")]
    [InlineData("The town put up 12 radio masts.", "12", "radio mast")]
    public void A_word_the_lexicon_reads_mostly_as_a_noun_stays_in_the_compound_before_its_head(string text, string number, string lemma)
    {
        Assert.Equal(lemma, FigureAt(text, "en", number).Counted?.Lemma);
    }

    [Theory]
    [InlineData("The ministry sent some 400 defense forces personnel to the border.", "400", "defense forces personnel")]
    [InlineData("About 1,200 armed forces personnel took part in the drill.", "1,200", "forces personnel")]
    [InlineData("The council hired 300 social services staff last year.", "300", "services staff")]
    public void A_plural_modifier_before_a_noun_plural_in_sense_stays_as_written(string text, string number, string lemma)
    {
        Assert.Equal(lemma, FigureAt(text, "en", number).Counted?.Lemma);
    }

    [Theory]
    [InlineData("The country logged 2,300 Ebola infections in May.", "2,300", "ebola infection")]
    [InlineData("The WHO counted 120 Ebola patients in Conakry.", "120", "ebola patient")]
    [InlineData("Doctors saw 35 new Ebola cases over the weekend.", "35", "ebola case")]
    public void An_illness_written_with_a_capital_stays_in_the_compound(string text, string number, string lemma)
    {
        Assert.Equal(lemma, FigureAt(text, "en", number).Counted?.Lemma);
    }

    [Theory]
    [InlineData("The ministry has confirmed 800 dengue so far this year.", "800", "dengue case")]
    [InlineData("The state recorded 1,200 cholera this week, officials said.", "1,200", "cholera case")]
    [InlineData("Officials confirmed 450 measles in the district.", "450", "measles case")]
    public void An_illness_counted_by_a_number_counts_its_cases(string text, string number, string lemma)
    {
        Assert.Equal(lemma, FigureAt(text, "en", number).Counted?.Lemma);
    }

    [Theory]
    [InlineData("The clinic reported 300 hepatitis E cases.", "300", "hepatitis e case")]
    [InlineData("Pharmacies sold 12 million vitamin D tablets.", "12", "vitamin d tablet")]
    public void A_capital_letter_naming_a_kind_after_a_noun_stays_in_the_thing_counted(string text, string number, string lemma)
    {
        Assert.Equal(lemma, FigureAt(text, "en", number).Counted?.Lemma);
    }

    [Fact]
    public void A_unit_glued_by_a_hyphen_to_a_noun_is_the_first_half_of_a_compound()
    {
        var figure = FigureAt("Le tribunal l'a condamné à 80 jours-amende.", "fr", "80");

        Assert.Equal(("jour-amende", null), (figure.Counted?.Lemma, figure.Unit));
    }

    [Theory]
    [InlineData("A 20 km-long convoy waited at the border.", "20", "km")]
    [InlineData("The company reported a 5 percent-plus rise.", "5", "percent")]
    public void A_unit_glued_by_a_hyphen_to_an_adjective_keeps_its_unit(string text, string number, string unit)
    {
        Assert.Equal(unit, FigureAt(text, "en", number).Unit);
    }

    [Theory]
    [InlineData("fr", "Le secteur a émis 80 millions de tonnes d'équivalent CO2 l'an dernier.", "80", "tonne d'équivalent co2")]
    [InlineData("en", "The sector emitted 80 million tonnes of CO2 equivalent last year.", "80", "tonne of co2 equivalent")]
    public void A_unit_and_the_complement_that_makes_one_unit_with_it_are_measured_whole(string language, string text, string number, string lemma)
    {
        var figure = FigureAt(text, language, number);

        Assert.Equal((lemma, "tonne"), (figure.Counted?.Lemma, figure.Unit));
    }

    [Fact]
    public void A_unit_with_a_free_complement_measures_the_unit_alone()
    {
        var figure = FigureAt("Le pays a importé 300 000 tonnes de céréales.", "fr", "300 000");

        Assert.Equal((null, "tonne"), (figure.Counted?.Lemma, figure.Unit));
    }
}
