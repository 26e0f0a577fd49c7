using Pipeline.Analysis.Figures;
using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>
/// Shapes of news figures: a price per a unit counts its currency, a number opposed to a share shares its unit, a
/// definite article makes one of a collective, a level named as a bar bounds its figure, and ages and times of day
/// are no figures. Sentences written for these tests.
/// </summary>
public sealed class NewsShapeTests
{
    private static readonly FigureExtractor Extractor = new();

    private static Figure FigureAt(string text, string language, string number)
    {
        var at = text.IndexOf(number, StringComparison.Ordinal);
        return Extractor.Extract(text, language).Single(f => f.Start <= at && at < f.End);
    }

    [Theory]
    [InlineData("Le baril de Brent est remonté à 85 dollars/baril mardi.", "fr", "85", "USD")]
    [InlineData("Le cuivre se vendait 8 000 euros la tonne.", "fr", "8 000", "EUR")]
    [InlineData("Brent crude rose to $92 a barrel on Monday.", "en", "92", "USD")]
    public void A_price_per_a_unit_counts_its_currency(string text, string language, string number, string lemma)
    {
        var figure = FigureAt(text, language, number);

        Assert.Equal(lemma, figure.Counted?.Lemma);
        Assert.NotNull(figure.Counted?.Per);
    }

    [Theory]
    [InlineData("Le sondage donne le maire sortant gagnant avec 52 contre 48 %.", "fr", "52")]
    [InlineData("Les deux listes sont à 61 face à 39 % des voix.", "fr", "61")]
    [InlineData("The poll puts the incumbent ahead by 55 versus 45 percent.", "en", "55")]
    public void A_number_opposed_to_a_share_shares_its_unit(string text, string language, string number)
    {
        Assert.Equal("percent", FigureAt(text, language, number).Unit);
    }

    [Theory]
    [InlineData("Le bilan pourrait dépasser la vingtaine de morts.", "vingtaine", 20.0)]
    [InlineData("Les secours ont recensé le millier de sinistrés annoncé.", "millier", 1000.0)]
    [InlineData("Le cortège a réuni la centaine de manifestants attendue.", "centaine", 100.0)]
    public void A_definite_article_makes_one_of_a_collective_before_de(string text, string number, double magnitude)
    {
        var figure = FigureAt(text, "fr", number);

        Assert.Equal(magnitude, figure.Value ?? figure.Low);
        Assert.True(figure.Approximate);
    }

    [Theory]
    [InlineData("La quarantaine a été levée lundi.")]
    [InlineData("Il a passé la quinzaine à Paris.")]
    public void A_collective_after_an_article_without_de_is_no_figure(string text)
    {
        Assert.Empty(Extractor.Extract(text, "fr"));
    }

    [Theory]
    [InlineData("Les créations d'emplois sont passées au-dessus de la barre des 150.000 en mai.", "150.000", 150000.0)]
    [InlineData("Le chômage est repassé au-dessus du seuil de 3 millions.", "3 millions", 3000000.0)]
    [InlineData("L'indice a franchi la barre des 8 000 points.", "8 000", 8000.0)]
    [InlineData("Les ventes pourraient dépasser le millier d'unités.", "millier", 1000.0)]
    public void A_level_named_as_a_bar_or_threshold_is_a_lower_bound(string text, string number, double low)
    {
        var figure = FigureAt(text, "fr", number);

        Assert.Equal((null, low), (figure.Value, figure.Low));
    }

    [Theory]
    [InlineData("Un jeune homme d'une vingtaine d'années a été interpellé.")]
    [InlineData("C’est le cas d’un homme d’une quarantaine d’années, entendu samedi.")]
    [InlineData("Une femme d'une trentaine d'années a été entendue.")]
    [InlineData("Les secours sont arrivés aux alentours de 5 h du matin.")]
    [InlineData("L'explosion a eu lieu vers 9 h du soir.")]
    [InlineData("Le convoi est parti autour de 4 h.")]
    [InlineData("Les cas concernent surtout des enfants entre 1 et 14 ans.")]
    [InlineData("Les soldats entre 18 et 25 ans ont été rappelés.")]
    [InlineData("Les soldats de moins de 25 ans ont été renvoyés chez eux.")]
    [InlineData("Les détenus de moins de 21 ans seront transférés.")]
    [InlineData("Des enquêteurs entre 30 et 45 ans ont été recrutés.")]
    [InlineData("Les électeurs de plus de 65 ans ont voté tôt.")]
    [InlineData("Le séisme a frappé vers 16 heures.")]
    [InlineData("La réunion a commencé à 9 heures 45.")]
    [InlineData("L'alerte a été donnée aux alentours de 2 heures du matin.")]
    public void An_age_or_a_time_of_day_is_no_figure(string text)
    {
        Assert.Empty(Extractor.Extract(text, "fr"));
    }

    [Theory]
    [InlineData("Les secouristes ont creusé pendant 16 heures.")]
    [InlineData("Le camp est à 16 heures de marche de la ville.")]
    [InlineData("Après 16 heures de négociations, l'accord a été signé.")]
    public void An_hour_written_as_a_word_outside_a_time_of_day_is_a_length_of_time(string text)
    {
        var figure = Assert.Single(Extractor.Extract(text, "fr"));

        Assert.Equal((16.0, FigureCategory.Duration), (figure.Value!.Value, figure.Category));
    }

    [Theory]
    [InlineData("Les mortiers de 120 mm ont été retirés du front.", "fr", 120)]
    [InlineData("Le lot comprend des obus de 155 mm et des roquettes.", "fr", 155)]
    [InlineData("The army ordered new 155 mm howitzers.", "en", 155)]
    public void A_caliber_beside_a_weapon_stays_a_dimension_as_issue_3_asks(string text, string language, double value)
    {
        var figure = Assert.Single(Extractor.Extract(text, language));

        Assert.Equal((value, FigureCategory.Dimension), (figure.Value, figure.Category));
    }

    [Fact]
    public void A_measure_in_millimetres_beside_no_weapon_stays_a_figure()
    {
        const string text = "Il est tombé 30 mm de pluie en une heure.";

        Assert.Equal(30, FigureAt(text, "fr", "30").Value);
    }

    [Theory]
    [InlineData("Results: Pendarovski - 19,19%, Siljanovska - 40,08%.", "19,19", 19.19)]
    [InlineData("The party won 7,5% of the vote.", "7,5", 7.5)]
    public void A_comma_before_one_or_two_digits_and_a_percent_sign_is_a_decimal_comma_in_english(string text, string number, double value)
    {
        Assert.Equal(value, FigureAt(text, "en", number).Value);
    }

    [Theory]
    [InlineData("Selon l'agence, 1234.567 personnes ont été recensées.", "1234.567", 1234567.0)]
    [InlineData("Au total, 2018.450 électeurs étaient inscrits.", "2018.450", 2018450.0)]
    public void A_french_count_with_a_dot_before_three_digits_groups_thousands(string text, string number, double value)
    {
        Assert.Equal(value, FigureAt(text, "fr", number).Value);
    }

    [Theory]
    [InlineData("Une petite centaine de manifestants ont défilé samedi.", "petite", 100.0, "manifestant")]
    [InlineData("Une bonne dizaine de blessés ont été évacués.", "bonne", 10.0, "blessé")]
    [InlineData("Il restait une grosse trentaine de véhicules sur le parking.", "grosse", 30.0, "véhicule")]
    public void An_adjective_grading_a_collective_stays_in_the_figure(string text, string adjective, double value, string lemma)
    {
        var figure = FigureAt(text, "fr", adjective);

        Assert.Equal((value, true, lemma), (figure.Value, figure.Approximate, figure.Counted?.Lemma));
    }

    [Theory]
    [InlineData("The Dow topped the 20,000 mark in January.", "20,000", 20000.0)]
    [InlineData("The index crossed the 5,000 threshold on Friday.", "5,000", 5000.0)]
    [InlineData("Sales surpassed the 1 million milestone last year.", "1 million", 1000000.0)]
    [InlineData("Ticket sales broke the one million mark this season.", "one million", 1000000.0)]
    [InlineData("Sales have passed the 5,000 mark.", "5,000", 5000.0)]
    [InlineData("The index broke the 30,000 barrier on Tuesday.", "30,000", 30000.0)]
    public void An_english_level_crossed_is_a_lower_bound_that_counts_nothing(string text, string number, double low)
    {
        var figure = FigureAt(text, "en", number);

        Assert.Equal((null, low, null), (figure.Value, figure.Low, figure.Counted?.Lemma));
    }

    [Fact]
    public void A_level_the_toll_crossed_is_a_lower_bound_on_the_dead()
    {
        var figure = FigureAt("The toll breached the 1,000 mark on Friday.", "en", "1,000");

        Assert.Equal((null, 1000.0, "death"), (figure.Value, figure.Low, figure.Counted?.Lemma));
    }

    [Theory]
    [InlineData("Une guerre de plus de 20 ans a ravagé le pays.", "20")]
    [InlineData("Le conflit dure depuis plus de 8 ans.", "8")]
    [InlineData("Le chantier durera entre 2 et 3 ans.", "2")]
    public void Years_past_a_bound_with_no_people_before_it_stay_a_duration(string text, string number)
    {
        Assert.Equal("year", FigureAt(text, "fr", number).Unit);
    }
}
