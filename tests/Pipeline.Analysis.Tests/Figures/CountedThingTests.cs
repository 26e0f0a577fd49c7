using Pipeline.Analysis.Figures;
using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>
/// What a figure counts, read from the text whatever the noun: past adjectives, nationalities and model names, from a
/// model the entities know, before the number, in lists and comparisons, from an elided noun, and what befell people.
/// Sentences are of the shapes news writes; each row was read by hand.
/// </summary>
public sealed class CountedThingTests
{
    private static readonly FigureExtractor Extractor = new();
    private static readonly ArticleAnalyzer Analyzer = new();

    private static Figure FigureAt(IReadOnlyList<Figure> figures, string text, string number) =>
        figures.Single(f => f.Start <= text.IndexOf(number, StringComparison.Ordinal) && text.IndexOf(number, StringComparison.Ordinal) < f.End);

    [Theory]
    [InlineData("en", "Ukraine has received more than 230 individual howitzers.", "230", "howitzers", "howitzer", "howitzer", FigureCategory.Equipment)]
    [InlineData("en", "Kyiv fired well over 1.3 million accompanying artillery rounds.", "1.3", "artillery rounds", "artillery round", "shell", FigureCategory.Equipment)]
    [InlineData("en", "Russia carried out more than 40 drone strikes overnight.", "40", "drone strikes", "drone strike", "strike", FigureCategory.Count)]
    [InlineData("en", "Russia had 83 battalion tactical groups near the border.", "83", "battalion tactical groups", "battalion tactical group", "battalion tactical group", FigureCategory.Personnel)]
    [InlineData("en", "The court heard 14 witnesses on Monday.", "14", "witnesses", "witness", null, FigureCategory.Count)]
    [InlineData("en", "The Pentagon sent 12 Russian-made helicopters.", "12", "helicopters", "helicopter", "helicopter", FigureCategory.Equipment)]
    [InlineData("en", "Ukraine wants 7 more air defence systems.", "7", "air defence systems", "air defence system", "air defence system", FigureCategory.Equipment)]
    [InlineData("en", "Kyiv received 10 more Storm Shadow missiles.", "10", "missiles", "missile", "missile", FigureCategory.Equipment)]
    [InlineData("fr", "L'Ukraine a reçu 230 obusiers automoteurs.", "230", "obusiers", "obusier", "howitzer", FigureCategory.Equipment)]
    [InlineData("fr", "La Russie a déployé deux brigades près de Koursk.", "deux", "brigades", "brigade", "brigade", FigureCategory.Personnel)]
    [InlineData("fr", "Kiev a reçu l'aide de 12 pays européens.", "12", "pays", "pays", "country", FigureCategory.Count)]
    [InlineData("fr", "Plus de 8 000 réfugiés ukrainiens sont arrivés en Pologne.", "8 000", "réfugiés", "réfugié", "refugee", FigureCategory.Displaced)]
    [InlineData("fr", "Le tribunal a entendu 14 témoins lundi.", "14", "témoins", "témoin", null, FigureCategory.Count)]
    [InlineData("fr", "L'armée a perdu 3 950 véhicules blindés.", "3 950", "véhicules blindés", "véhicule blindé", "armoured vehicle", FigureCategory.Equipment)]
    [InlineData("fr", "Plus de 8 millions de personnes déplacées vivent dans le pays.", "8", "personnes déplacées", "personne déplacée", "displaced person", FigureCategory.Displaced)]
    public void The_noun_phrase_after_a_number_is_what_it_counts(
        string language, string text, string number, string counted, string lemma, string? unit, FigureCategory category)
    {
        var figure = FigureAt(Extractor.Extract(text, language), text, number);

        Assert.Equal(counted, figure.Counted?.Text);
        Assert.Equal(lemma, figure.Counted?.Lemma);
        Assert.Equal(unit, figure.Unit);
        Assert.Equal(category, figure.Category);
    }

    [Theory]
    [InlineData("Le nombre de suffrages exprimés s'élève à 12 304 550 représentant 96,1 % des votants.", "12 304 550", "suffrage")]
    [InlineData("Sur les 52 000 inscrits, 31 250 représentant 60 % ont voté.", "31 250", "inscrit")]
    public void A_singular_participle_after_a_plural_count_is_the_verb_not_what_it_counts(string text, string number, string? lemma)
    {
        Assert.Equal(lemma, FigureAt(Extractor.Extract(text, "fr"), text, number).Counted?.Lemma);
    }

    [Fact]
    public void A_plural_noun_in_ant_after_a_count_is_what_it_counts()
    {
        const string text = "La commune a élu 12 représentants.";

        Assert.Equal("représentant", FigureAt(Extractor.Extract(text, "fr"), text, "12").Counted?.Lemma);
    }

    [Theory]
    [InlineData("en", "Rescuers said it was a 6.2-magnitude earthquake.", "6.2", "6.2-magnitude", "magnitude")]
    [InlineData("en", "A 40-member delegation arrived in Geneva.", "40", "40-member", "member")]
    public void A_noun_glued_to_the_number_is_what_it_counts_not_the_noun_it_describes(string language, string text, string number, string span, string lemma)
    {
        var figure = FigureAt(Extractor.Extract(text, language), text, number);

        Assert.Equal((span, lemma), (figure.Text, figure.Counted?.Lemma));
    }

    [Theory]
    [InlineData("en", "Officials said three U.S. warships entered the strait.", "three", "warship")]
    [InlineData("en", "Two U.K. aircraft carriers sailed on Monday.", "Two", "aircraft carrier")]
    public void An_abbreviated_name_before_the_noun_describes_it(string language, string text, string number, string lemma)
    {
        Assert.Equal(lemma, FigureAt(Extractor.Extract(text, language), text, number).Counted?.Lemma);
    }

    [Theory]
    [InlineData("Le ministère a enregistré 2078 cas en une semaine.", "2078", "cas")]
    [InlineData("La préfecture a recensé 1945 sinistrés.", "1945", "sinistré")]
    public void A_year_like_number_before_a_plural_noun_counts_it_in_french(string text, string number, string lemma)
    {
        Assert.Equal(lemma, FigureAt(Extractor.Extract(text, "fr"), text, number).Counted?.Lemma);
    }

    [Theory]
    [InlineData("En 2022 les élections ont eu lieu.")]
    [InlineData("Le rapport 2023 montre une hausse.")]
    public void A_year_before_a_clause_stays_a_year_in_french(string text)
    {
        Assert.Empty(Extractor.Extract(text, "fr"));
    }

    [Theory]
    // The modifiers both conjuncts share are no part of the thing (the news set's guidelines: "Red Cross and partner shelters" count shelters).
    [InlineData("en", "The agency runs 120 Red Cross and partner shelters in the state.", "120", "shelter")]
    [InlineData("en", "Officials counted 35 UN or Red Crescent warehouses in the region.", "35", "warehouse")]
    public void Names_joined_by_and_before_one_noun_describe_it(string language, string text, string number, string lemma)
    {
        Assert.Equal(lemma, FigureAt(Extractor.Extract(text, language), text, number).Counted?.Lemma);
    }

    [Theory]
    [InlineData("en", "Ukraine has received more than 230 individual howitzers.", "more than 230 individual howitzers")]
    [InlineData("fr", "Le tribunal a entendu 14 témoins lundi.", "14 témoins")]
    public void A_figure_spans_the_noun_it_counts(string language, string text, string span)
    {
        Assert.Equal(span, Assert.Single(Extractor.Extract(text, language)).Text);
    }

    [Theory]
    [InlineData("fr", "Washington a livré les 31 Abrams américains à Kiev.", "31", "Abrams", "char", "tank")]
    [InlineData("fr", "Berlin a envoyé 14 Leopard et Washington 16 Himars.", "14", "Leopard", "char", "tank")]
    [InlineData("fr", "Berlin a envoyé 14 Leopard et Washington 16 Himars.", "16", "Himars", "lance-roquettes", "rocket launcher")]
    [InlineData("fr", "Moscou a perdu 12 Su-34 depuis janvier.", "12", "Su-34", "avion", "aircraft")]
    [InlineData("en", "Washington delivered 31 Abrams in September.", "31", "Abrams", "tank", "tank")]
    [InlineData("en", "The United States has sent 16 HIMARS so far.", "16", "HIMARS", "rocket launcher", "rocket launcher")]
    [InlineData("en", "Germany sent 18 Leopard 2 tanks to Ukraine.", "18", "tanks", "tank", "tank")]
    [InlineData("en", "Washington will ship about 60 Bradleys next month.", "60", "Bradleys", "fighting vehicle", "fighting vehicle")]
    [InlineData("en", "Poland has pledged 14 Leopards and Norway eight.", "14", "Leopards", "tank", "tank")]
    [InlineData("fr", "Berlin livrera 40 Marders d'ici mars.", "40", "Marders", "véhicule de combat", "fighting vehicle")]
    public void A_model_the_entities_know_counts_as_its_kind_of_equipment(string language, string text, string number, string counted, string lemma, string unit)
    {
        var figure = FigureAt(Analyzer.Analyze(text, language, null).Figures, text, number);

        Assert.Equal(counted, figure.Counted?.Text);
        Assert.Equal(lemma, figure.Counted?.Lemma);
        Assert.Equal(unit, figure.Unit);
        Assert.Equal(FigureCategory.Equipment, figure.Category);
    }

    [Theory]
    [InlineData("en", "Losses this week.\nTanks: 14\nArtillery systems: 30", "14", "Tanks", "tank", "tank")]
    [InlineData("en", "Losses this week.\nTanks: 14\nArtillery systems: 30", "30", "Artillery systems", "artillery system", "artillery piece")]
    [InlineData("fr", "Pertes de la semaine.\nChars : 14\nDrones : 30", "14", "Chars", "char", "tank")]
    [InlineData("fr", "Pertes de la semaine.\nChars : 14\nDrones : 30", "30", "Drones", "drone", "drone")]
    [InlineData("fr", "Pertes russes. Les missiles de croisière: 4 403. Les drones: 164 416.", "4 403", "missiles", "missile", "missile")]
    [InlineData("en", "Russian losses. The cruise missiles: 4,403. The drones: 164,416.", "164,416", "drones", "drone", "drone")]
    public void A_noun_before_a_colon_at_a_line_start_is_what_the_number_after_it_counts(
        string language, string text, string number, string counted, string lemma, string unit)
    {
        var figure = FigureAt(Extractor.Extract(text, language), text, number);

        Assert.Equal(counted, figure.Counted?.Text);
        Assert.Equal(lemma, figure.Counted?.Lemma);
        Assert.Equal(unit, figure.Unit);
    }

    [Theory]
    [InlineData("en", "In all, 37,830 out of 90,300 recorded refugees were children.", "37,830", "refugee")]
    [InlineData("en", "In all, 37,830 out of 90,300 recorded refugees were children.", "90,300", "refugee")]
    [InlineData("en", "Russia had from 60 to 83 battalion tactical groups.", "60", "battalion tactical group")]
    [InlineData("en", "The Germans send 14 tanks, the Poles 4.", "4.", "tank")]
    [InlineData("en", "Russia has lost 300 tanks, of which 120 in the spring.", "120", "tank")]
    [InlineData("fr", "L'armée a abattu 20 sur 25 drones pendant la nuit.", "20", "drone")]
    [InlineData("fr", "Sur 327 Leopard 2 dont 219 sont opérationnels.", "219", "char")]
    [InlineData("fr", "La Russie a perdu 300 chars, dont 120 au printemps.", "120", "char")]
    public void Lists_comparisons_and_elided_nouns_count_the_noun_written_beside_them(string language, string text, string number, string lemma)
    {
        var figure = FigureAt(Analyzer.Analyze(text, language, null).Figures, text, number);

        Assert.Equal(lemma, figure.Counted?.Lemma);
    }

    [Theory]
    [InlineData("fr", "Au total, 4.816.923 Ukrainiens ont été enregistrés comme réfugiés en Europe.", "refugee", FigureCategory.Displaced, "ukrainien")]
    [InlineData("fr", "Plus de 8 millions de personnes ont été déplacées par la guerre.", "displaced person", FigureCategory.Displaced, "personne")]
    [InlineData("fr", "Selon Londres, 315.000 soldats russes tués ou blessés depuis le début.", "killed or wounded", FigureCategory.Casualties, "soldat")]
    [InlineData("fr", "Hier, 12 journalistes ont été tués.", "killed", FigureCategory.Casualties, "journaliste")]
    [InlineData("en", "In total, 4,816,923 Ukrainians registered as refugees in Europe.", "refugee", FigureCategory.Displaced, "ukrainian")]
    [InlineData("en", "More than 8 million people have been displaced by the war.", "displaced person", FigureCategory.Displaced, "people")]
    [InlineData("en", "London says 315,000 Russian troops were killed or wounded.", "killed or wounded", FigureCategory.Casualties, "troop")]
    [InlineData("en", "Yesterday 12 journalists were killed.", "killed", FigureCategory.Casualties, "journalist")]
    [InlineData("en", "Five people have died and 27 others have been injured.", "wounded", FigureCategory.Casualties, null)]
    public void People_are_counted_as_what_befell_them(string language, string text, string unit, FigureCategory category, string? lemma)
    {
        var figure = Extractor.Extract(text, language)[^1];

        Assert.Equal(unit, figure.Unit);
        Assert.Equal(category, figure.Category);
        Assert.Equal(lemma, figure.Counted?.Lemma);
    }

    [Theory]
    [InlineData("en", "Prices rose 3 percent in May.")]
    [InlineData("en", "He spent 5 of 10 dollars on food.")]
    [InlineData("en", "The fighting lasted 10 days.")]
    [InlineData("fr", "La ville est à 30 kilomètres du front.")]
    [InlineData("fr", "Il a obtenu 8 sur 10 à l'examen.")]
    [InlineData("fr", "Il y a 3 fois plus de drones qu'en mai.")]
    [InlineData("fr", "Des obus de 155 mm ont été livrés.")]
    public void Measures_ratios_and_multipliers_count_no_thing(string language, string text)
    {
        Assert.All(Extractor.Extract(text, language), f => Assert.Null(f.Counted));
    }

    [Theory]
    [InlineData("en", "In 2023 Russian troops advanced.")]
    [InlineData("en", "On February 24 Russian troops crossed the border.")]
    [InlineData("en", "Call +33 1 23 45 67 89 for details.")]
    [InlineData("fr", "En 2023, la Russie a perdu des chars.")]
    [InlineData("fr", "Le 24 février 2022, les troupes russes sont entrées en Ukraine.")]
    [InlineData("fr", "Appelez le 06 12 34 56 78 pour les détails.")]
    public void Years_dates_and_phone_numbers_count_nothing(string language, string text)
    {
        Assert.Empty(Analyzer.Analyze(text, language, null).Figures);
    }

    [Theory]
    [InlineData("en", "The 12 soldiers, aged 19 to 25, were captured.", "19")]
    [InlineData("fr", "Les 12 soldats, âgés de 19 à 25 ans, ont été capturés.", "19")]
    [InlineData("en", "Police said the 12 suspects, all 19-year-olds, were released.", "19")]
    [InlineData("fr", "Les hommes de 18 à 60 ans ne peuvent pas quitter le pays.", "18")]
    [InlineData("fr", "Un Soudanais de 78 ans a été arrêté.", "78")]
    public void An_age_is_no_figure_and_counts_nothing(string language, string text, string number)
    {
        var at = text.IndexOf(number, StringComparison.Ordinal);

        Assert.DoesNotContain(Extractor.Extract(text, language), f => f.Start <= at && at < f.End);
    }

    [Theory]
    [InlineData("fr", "Une guerre de 10 ans a ravagé le pays.", "10", "year")]
    [InlineData("en", "The siege lasted 2 years.", "2", "year")]
    public void A_length_of_time_after_no_person_is_no_age(string language, string text, string number, string unit)
    {
        Assert.Equal(unit, FigureAt(Extractor.Extract(text, language), text, number).Unit);
    }

    [Theory]
    [InlineData("en", "Russia sent 500 soldiers. Ukraine has 3 left.", "3")]
    [InlineData("fr", "La Russie a envoyé 500 soldats.\n3 sont rentrés.", "3")]
    public void An_elided_noun_is_not_taken_across_a_sentence_unless_the_number_opens_it(string language, string text, string number)
    {
        var figure = FigureAt(Extractor.Extract(text, language), text, number);

        Assert.NotEqual("soldier", figure.Unit);
        Assert.NotEqual("soldat", figure.Counted?.Lemma);
        Assert.NotEqual("soldier", figure.Counted?.Lemma);
    }

    [Theory]
    [InlineData("Scientists have described nearly 200 species of orchids.", "200", "species")]
    [InlineData("The army moved 3 corps to the border.", "3", "corps")]
    [InlineData("The city handed out 40 gas masks.", "40", "gas mask")]
    [InlineData("Police found 12 archives of documents.", "12", "archives")]
    public void A_noun_whose_singular_ends_in_s_is_not_read_as_a_plural(string text, string number, string lemma)
    {
        var figure = FigureAt(Extractor.Extract(text, "en"), text, number);

        Assert.Equal(lemma, figure.Counted?.Lemma);
    }
}
