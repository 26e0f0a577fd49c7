using Xunit;
using Pipeline.Analysis.Figures;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>The rules of reading figures, one behaviour each, in French and English.</summary>
public sealed class FigureRuleTests
{
    private static readonly FigureExtractor Extractor = new();

    private static Figure Single(string text, string language)
    {
        var figures = Extractor.Extract(text, language);
        return Assert.Single(figures);
    }

    [Theory]
    [InlineData("fr", "1 800 chars", 1800)]
    [InlineData("fr", "1\u00A0800 chars", 1800)]
    [InlineData("fr", "1\u202F800 chars", 1800)]
    [InlineData("fr", "1\u2009800 chars", 1800)]
    [InlineData("fr", "1.800 chars", 1800)]
    [InlineData("fr", "27,4 milliards de dollars", 27.4e9)]
    [InlineData("en", "1,800 tanks", 1800)]
    [InlineData("en", "1.5 million people", 1.5e6)]
    [InlineData("en", "$241m", 241e6)]
    [InlineData("en", "10k troops", 10000)]
    [InlineData("fr", "2 Md€", 2e9)]
    [InlineData("fr", "quatre-vingt-dix-sept soldats", 97)]
    [InlineData("fr", "soixante et onze chars", 71)]
    [InlineData("fr", "trois cent vingt-quatre drones", 324)]
    [InlineData("fr", "deux autres millions de réservistes", 2e6)]
    [InlineData("fr", "un million et demi de personnes", 1.5e6)]
    [InlineData("en", "a million and a half people", 1.5e6)]
    [InlineData("en", "two dozen drones", 24)]
    [InlineData("en", "one hundred and five tanks", 105)]
    public void Digits_words_and_scales_give_the_value(string language, string text, double expected)
    {
        Assert.Equal(expected, Single(text, language).Value!.Value, 6);
    }

    [Theory]
    [InlineData("fr", "plus de 15 villes")]
    [InlineData("fr", "au moins 20 chars")]
    [InlineData("fr", "pas moins de 50 000 soldats")]
    [InlineData("en", "more than 300 tanks")]
    [InlineData("en", "at least 12 drones")]
    public void Plus_de_gives_a_lower_bound(string language, string text)
    {
        var figure = Single(text, language);

        Assert.Null(figure.Value);
        Assert.NotNull(figure.Low);
        Assert.Null(figure.High);
    }

    [Theory]
    [InlineData("fr", "jusqu'à 15 000 Russes")]
    [InlineData("fr", "moins de 100 chars")]
    [InlineData("en", "up to 40 missiles")]
    public void Jusqua_gives_an_upper_bound(string language, string text)
    {
        var figure = Single(text, language);

        Assert.Null(figure.Value);
        Assert.Null(figure.Low);
        Assert.NotNull(figure.High);
    }

    [Theory]
    [InlineData("fr", "environ 300 000 soldats")]
    [InlineData("fr", "quelque 200 blindés")]
    [InlineData("en", "about 300 troops")]
    public void Environ_marks_the_value_approximate(string language, string text)
    {
        var figure = Single(text, language);

        Assert.True(figure.Approximate);
        Assert.NotNull(figure.Value);
    }

    [Theory]
    [InlineData("fr", "près de 170 chars", 170)]
    [InlineData("fr", "presque 300 000 soldats", 300_000)]
    [InlineData("en", "nearly 40 drones", 40)]
    [InlineData("en", "almost 37,000 people", 37_000)]
    public void Nearly_is_an_upper_bound_stated_roughly(string language, string text, double high)
    {
        var figure = Single(text, language);

        Assert.Equal(((double?)null, (double?)null, high, false, true), (figure.Value, figure.Low, figure.High!.Value, figure.HighInclusive, figure.Approximate));
    }

    [Theory]
    [InlineData("fr", "entre 300 000 et 500 000 soldats", 300000, 500000)]
    [InlineData("fr", "15 000 à 20 000 soldats", 15000, 20000)]
    [InlineData("fr", "20 000 ou 25 000 soldats", 20000, 25000)]
    [InlineData("fr", "entre 3 et 5 millions de dollars", 3e6, 5e6)]
    [InlineData("en", "between 3 and 5 million dollars", 3e6, 5e6)]
    [InlineData("en", "3-5 tanks", 3, 5)]
    public void Ranges_give_both_bounds_and_no_value(string language, string text, double low, double high)
    {
        var figure = Single(text, language);

        Assert.Null(figure.Value);
        Assert.Equal(low, figure.Low);
        Assert.Equal(high, figure.High);
    }

    [Theory]
    [InlineData("fr", "des centaines de milliers de soldats", 100000)]
    [InlineData("fr", "plusieurs milliers de soldats", 2000)]
    [InlineData("fr", "quelques centaines de kilomètres carrés", 200)]
    [InlineData("en", "tens of thousands of troops", 10000)]
    [InlineData("en", "thousands of people", 1000)]
    [InlineData("en", "several dozen tanks", 24)]
    public void Vague_orders_of_magnitude_state_their_lower_edge_only(string language, string text, double low)
    {
        var figure = Single(text, language);

        Assert.Null(figure.Value);
        Assert.True(figure.Approximate);
        Assert.Equal(low, figure.Low);
        Assert.Null(figure.High);
    }

    [Theory]
    [InlineData("fr", "70 000 soldats biélorusses", "soldier", FigureCategory.Personnel)]
    [InlineData("fr", "2 700 canons d'artillerie", "artillery piece", FigureCategory.Equipment)]
    [InlineData("fr", "200 véhicules blindés de transport de troupes", "armoured vehicle", FigureCategory.Equipment)]
    [InlineData("fr", "15 000 Russes", "soldier", FigureCategory.Personnel)]
    [InlineData("fr", "135 000 Russes gisent morts", "killed", FigureCategory.Casualties)]
    [InlineData("fr", "trois morts", "killed", FigureCategory.Casualties)]
    [InlineData("fr", "155 mm", "mm", FigureCategory.Dimension)]
    [InlineData("fr", "20 %", "percent", FigureCategory.Percentage)]
    [InlineData("en", "300 helicopters", "helicopter", FigureCategory.Equipment)]
    [InlineData("en", "12 civilians killed", "killed", FigureCategory.Casualties)]
    [InlineData("en", "€2bn", "EUR", FigureCategory.Money)]
    [InlineData("en", "a $61bn package", "USD", FigureCategory.Money)]
    [InlineData("en", "1,200 Russian soldiers", "soldier", FigureCategory.Personnel)]
    [InlineData("en", "31,000 Ukrainian soldiers have been killed", "killed", FigureCategory.Casualties)]
    public void The_following_noun_says_what_is_counted(string language, string text, string unit, FigureCategory category)
    {
        var figure = Single(text, language);

        Assert.Equal(unit, figure.Unit);
        Assert.Equal(category, figure.Category);
    }

    [Theory]
    [InlineData("fr", "L'invasion a commencé le 24 février.")]
    [InlineData("fr", "depuis février 2022.")]
    [InlineData("fr", "à partir de 2023.")]
    [InlineData("fr", "des assauts \"24 heures sur 24\" contre les positions")]
    [InlineData("fr", "les chars Challenger 2 Crédit : PA")]
    [InlineData("fr", "des avions F-16 et des Su-35")]
    [InlineData("fr", "la 3e brigade et le 1er bataillon")]
    [InlineData("fr", "le 2ème jour")]
    [InlineData("en", "the 21st brigade, the 3rd time")]
    [InlineData("fr", "voir https://t.co/ioHJDwFbLz et https://twitter.com/nytimes/status/1855647886186328361?ref_src=twsrc%5Etfw")]
    [InlineData("fr", "Appelez le +33 1 23 45 67 89.")]
    [InlineData("en", "Call +1-222-2222-2222 now")]
    [InlineData("fr", "Le rendez-vous du 17/05/2018 à 10:30.")]
    [InlineData("fr", "Guerre en Ukrainejour 991.")]
    [InlineData("en", "It began on February 24, 2022.")]
    [InlineData("fr", "il y a un an")]
    [InlineData("en", "The attack of Oct. 7 changed the war.")]
    [InlineData("en", "Hamas attacked Israel on Oct. 7, 2023.")]
    [InlineData("fr", "Dans la nuit du 23 au 24 août, la terre a tremblé.")]
    [InlineData("fr", "Le festival a lieu du 3 au 5 mai.")]
    [InlineData("fr", "Les bulletins parus vendredi 19 et samedi 20 avril sont clairs.")]
    [InlineData("en", "Candidate pair number two won the vote.")]
    [InlineData("fr", "Le candidat numéro deux a remporté le scrutin.")]
    [InlineData("en", "On day two of the talks, nothing moved.")]
    [InlineData("fr", "Le scrutin se tient du samedi 3 au lundi 5 mai.")]
    [InlineData("en", "The bulletins of Friday 19 and Saturday 20 April were clear.")]
    [InlineData("en", "The talks ran from 12 to 14 March.")]
    [InlineData("en", "Storms hit the coast on 3-4 May.")]
    [InlineData("fr", "Des victimes aux quatre coins du monde ont porté plainte.")]
    [InlineData("en", "Fans came from the four corners of the globe.")]
    public void Dates_designations_ordinals_and_ids_are_not_figures(string language, string text)
    {
        Assert.Empty(Extractor.Extract(text, language));
    }

    [Fact]
    public void A_count_after_a_sentence_ending_in_a_full_month_name_stays_a_count()
    {
        var figure = Single("The offensive stalled in October. 7 soldiers were killed on Monday.", "en");

        Assert.Equal(7, figure.Value);
    }

    [Fact]
    public void Photo_caption_counters_at_line_start_are_not_figures()
    {
        var text = "Premier paragraphe.\n\n7 Des soldats ukrainiens dans des tranchées Crédit : AP\n\n7 Les militaires ukrainiens se préparent Crédit : Reuters\n";

        Assert.Empty(Extractor.Extract(text, "fr"));
    }

    [Fact]
    public void A_figure_at_line_start_that_counts_something_is_kept()
    {
        var figure = Single("50 000 soldats rassemblés, dont des Nord-Coréens", "fr");

        Assert.Equal(50000, figure.Value);
    }

    [Fact]
    public void Offsets_are_utf16_and_end_exclusive()
    {
        var text = "Selon l’Ukraine, plus de 135 000 Russes gisent morts.";
        var figure = Single(text, "fr");

        Assert.Equal("plus de 135 000 Russes", text[figure.Start..figure.End]);
        Assert.Equal(figure.Text.Length, figure.End - figure.Start);
    }

    [Fact]
    public void Decimal_comma_is_french_and_decimal_point_is_english()
    {
        Assert.Equal(27.4, Single("27,4 km", "fr").Value);
        Assert.Equal(1800, Single("1,800 km", "en").Value);
    }

    [Fact]
    public void A_language_without_a_lexicon_yields_nothing_rather_than_guessing()
    {
        Assert.Empty(Extractor.Extract("1.800 Panzer", "xx"));
    }
}
