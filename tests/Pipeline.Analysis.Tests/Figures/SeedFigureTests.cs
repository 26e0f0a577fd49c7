using Xunit;
using Pipeline.Analysis.Figures;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>Every figure of the five seed articles, read by hand from the text: surface, value, bounds, hedge, unit, category, what it counts.</summary>
public sealed class SeedFigureTests
{
    private static readonly FigureExtractor Extractor = new();

    /// <summary>Each row: seed, surface, value, low, high, approximate, unit, category, lemma of what it counts — in reading order.</summary>
    private static TheoryData<string, string, double?, double?, double?, bool, string?, FigureCategory, string?> Table => new()
    {
            { "000", "des centaines de milliers de soldats", null, 100000, null, true, "soldier", FigureCategory.Personnel, "soldat" },
            { "000", "des milliers de chars", null, 1000, null, true, "tank", FigureCategory.Equipment, "char" },
            { "000", "des centaines d’avions de combat", null, 100, null, true, "aircraft", FigureCategory.Equipment, "avion de combat" },
            { "000", "1 800 chars", 1800, 1800, 1800, false, "tank", FigureCategory.Equipment, "char" },
            { "000", "3 950 véhicules blindés", 3950, 3950, 3950, false, "armoured vehicle", FigureCategory.Equipment, "véhicule blindé" },
            { "000", "400 avions de chasse", 400, 400, 400, false, "aircraft", FigureCategory.Equipment, "avion de chasse" },
            { "000", "300 hélicoptères", 300, 300, 300, false, "helicopter", FigureCategory.Equipment, "hélicoptère" },
            { "000", "2 700 canons d’artillerie", 2700, 2700, 2700, false, "artillery piece", FigureCategory.Equipment, "canon d'artillerie" },
            { "000", "810 lance-roquettes", 810, 810, 810, false, "rocket launcher", FigureCategory.Equipment, "lance-roquettes" },
            { "000", "10 prochains jours", 10, 10, 10, false, "day", FigureCategory.Duration, null },
            { "000", "entre 300 000 et 500 000 soldats", null, 300000, 500000, false, "soldier", FigureCategory.Personnel, "soldat" },
            { "000", "environ 300 000 soldats", 300000, null, null, true, "soldier", FigureCategory.Personnel, "soldat" },
            { "000", "200 000 autres hommes", 200000, 200000, 200000, false, "soldier", FigureCategory.Personnel, "homme" },
            { "000", "4 heures", 4, 4, 4, false, "hour", FigureCategory.Duration, null },
            { "000", "deux parties", 2, 2, 2, false, null, FigureCategory.Count, "partie" },
            { "000", "plus de 135 000 Russes", null, 135000, null, false, "killed", FigureCategory.Casualties, "russe" },
            { "000", "plus d’un million d’hommes", null, 1000000, null, false, "soldier", FigureCategory.Personnel, "homme" },
            { "000", "deux autres millions de réservistes", 2000000, 2000000, 2000000, false, "reservist", FigureCategory.Personnel, "réserviste" },
            { "000", "un million et demi", 1500000, 1500000, 1500000, false, "employee", FigureCategory.Count, "employé" }, // "porter le nombre d’employés actifs à un million et demi"
            { "001", "dizaines de milliers de réservistes", null, 10000, null, true, "reservist", FigureCategory.Personnel, "réserviste" },
            { "001", "3 km", 3, 3, 3, false, "km", FigureCategory.Distance, null },
            { "001", "2 miles", 2, 2, 2, false, "mile", FigureCategory.Distance, null },
            { "001", "six ballons", 6, 6, 6, false, "balloon", FigureCategory.Equipment, "ballon" },
            { "001", "plus de 15 villes et villages", null, 15, null, false, "town", FigureCategory.Count, "ville et village" },
            { "001", "trois morts", 3, 3, 3, false, "killed", FigureCategory.Casualties, "mort" },
            { "001", "11 blessés", 11, 11, 11, false, "wounded", FigureCategory.Casualties, "blessé" },
            { "001", "une personne", 1, 1, 1, false, null, FigureCategory.Count, "personne" },
            { "001", "deux villes", 2, 2, 2, false, "town", FigureCategory.Count, "ville" },
            { "001", "155 mm", 155, 155, 155, false, "mm", FigureCategory.Dimension, null },
            { "001", "des milliards de dollars", null, 1000000000, null, true, "USD", FigureCategory.Money, null },
            { "001", "plus de 27,4 milliards de dollars", null, 27400000000, null, false, "USD", FigureCategory.Money, null },
            { "001", "plus de 241 millions de dollars", null, 241000000, null, false, "USD", FigureCategory.Money, null },
            { "002", "9 000 soldats", 9000, 9000, 9000, false, "soldier", FigureCategory.Personnel, "soldat" },
            { "002", "70 000 soldats", 70000, 70000, 70000, false, "soldier", FigureCategory.Personnel, "soldat" },
            { "002", "jusqu’à 15 000 Russes", null, null, 15000, false, "soldier", FigureCategory.Personnel, "russe" },
            { "002", "Près de 170 chars de combat", null, null, 170, true, "tank", FigureCategory.Equipment, "char de combat" },
            { "002", "200 véhicules blindés", 200, 200, 200, false, "armoured vehicle", FigureCategory.Equipment, "véhicule blindé" },
            { "002", "jusqu’à 20 milles", null, null, 20, false, "mile", FigureCategory.Distance, null },
            { "002", "15 000 soldats", 15000, 15000, 15000, false, "soldier", FigureCategory.Personnel, "soldat" },
            { "002", "20 000 ou 25 000", null, 20000, 25000, false, "soldier", FigureCategory.Personnel, "soldat" },
            { "002", "40 000 hommes", 40000, 40000, 40000, false, "soldier", FigureCategory.Personnel, "homme" },
            { "002", "au moins 15 000 à 20 000 soldats", null, 15000, 20000, false, "soldier", FigureCategory.Personnel, "soldat" },
            { "002", "quatre ou cinq mois", null, 4, 5, false, "month", FigureCategory.Duration, null },
            { "002", "plusieurs milliers de soldats", null, 2000, null, true, "soldier", FigureCategory.Personnel, "soldat" },
            { "002", "100 ans", 100, 100, 100, false, "year", FigureCategory.Duration, null },
            { "002", "quatre régions", 4, 4, 4, false, "region", FigureCategory.Count, "région" },
            { "003", "Plusieurs dizaines de milliers de soldats", null, 20000, null, true, "soldier", FigureCategory.Personnel, "soldat" },
            { "003", "pas moins de 50 000 soldats", null, 50000, null, false, "soldier", FigureCategory.Personnel, "soldat" },
            { "003", "Des milliers de soldats", null, 1000, null, true, "soldier", FigureCategory.Personnel, "soldat" },
            { "003", "quelques centaines de kilomètres carrés", null, 200, null, true, "km2", FigureCategory.Area, null },
            { "003", "plus de deux ans", null, 2, null, false, "year", FigureCategory.Duration, null },
            { "004", "50 000 soldats", 50000, 50000, 50000, false, "soldier", FigureCategory.Personnel, "soldat" },
            { "004", "50 000 soldats", 50000, 50000, 50000, false, "soldier", FigureCategory.Personnel, "soldat" },
            { "004", "50 000 soldats", 50000, 50000, 50000, false, "soldier", FigureCategory.Personnel, "soldat" },
            { "004", "pas moins de 50 000 soldats", null, 50000, null, false, "soldier", FigureCategory.Personnel, "soldat" },
            { "004", "50 000 soldats", 50000, 50000, 50000, false, "soldier", FigureCategory.Personnel, "soldat" },
            { "004", "une moyenne de 1 500 soldats", 1500, null, null, true, "soldier", FigureCategory.Personnel, "soldat" },
    };

    /// <summary>The table with each row's occurrence among equal surfaces of its seed, so repeated figures are each checked.</summary>
    public static TheoryData<string, string, int, double?, double?, double?, bool, string?, FigureCategory, string?> SeedFigures
    {
        get
        {
            var data = new TheoryData<string, string, int, double?, double?, double?, bool, string?, FigureCategory, string?>();
            var seen = new Dictionary<(string, string), int>();
            foreach (var row in Table)
            {
                var key = ((string)row[0], (string)row[1]);
                var occurrence = seen.GetValueOrDefault(key);
                seen[key] = occurrence + 1;
                data.Add(key.Item1, key.Item2, occurrence, (double?)row[2], (double?)row[3], (double?)row[4], (bool)row[5], (string?)row[6], (FigureCategory)row[7], (string?)row[8]);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(SeedFigures))]
    public void Seed_figure_is_read_with_its_value_bounds_and_unit(
        string seed, string surface, int occurrence, double? value, double? low, double? high, bool approximate, string? unit, FigureCategory category, string? counted)
    {
        var text = Seeds.Read(seed);
        var figure = Extractor.Extract(text, "fr").Where(f => f.Text == surface).ElementAtOrDefault(occurrence);

        Assert.NotNull(figure);
        Assert.Equal(surface, text[figure.Start..figure.End]);
        Assert.Equal(value, figure.Value);
        Assert.Equal(low, figure.Low);
        Assert.Equal(high, figure.High);
        Assert.Equal(approximate, figure.Approximate);
        Assert.Equal(unit, figure.Unit);
        Assert.Equal(category, figure.Category);
        Assert.Equal(counted, figure.Counted?.Lemma);
    }

    [Theory]
    [InlineData("000")]
    [InlineData("001")]
    [InlineData("002")]
    [InlineData("003")]
    [InlineData("004")]
    public void Seed_yields_exactly_the_hand_checked_figures_in_order(string seed)
    {
        var expected = Table.Where(row => (string)row[0] == seed).Select(row => (string)row[1]).ToList();

        var actual = Extractor.Extract(Seeds.Read(seed), "fr").Select(f => f.Text).ToList();

        Assert.Equal(expected, actual);
    }
}
