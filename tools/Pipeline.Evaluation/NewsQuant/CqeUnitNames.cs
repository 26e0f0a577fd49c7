namespace Pipeline.Evaluation.NewsQuant;

/// <summary>
/// Our canonical unit names beside the names CQE's unit list (CQE/unit.json, built from quantulum3's) normalizes the same
/// unit to, as CQE's evaluation maps each other system's unit names to its own (tagger.py's <c>dictionary_unit</c>).
/// Only names change here: a unit we do not read (an age, index points) is not made up from the text.
/// </summary>
public static class CqeUnitNames
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        // Money: CQE's "dollar" is the US dollar (its tagger maps "united states dollar" and "usd" to it).
        ["USD"] = "dollar",
        ["EUR"] = "euro",
        ["GBP"] = "pound sterling",
        ["JPY"] = "japanese yen",
        ["CNY"] = "chinese yuan",
        ["CHF"] = "swiss franc",
        ["RUB"] = "russian ruble",
        ["AUD"] = "australian dollar",
        ["CAD"] = "canadian dollar",
        ["HKD"] = "hong kong dollar",
        ["NZD"] = "new zealand dollar",
        ["MXN"] = "mexican peso",
        ["INR"] = "indian rupee",
        ["TRY"] = "turkish lira",
        ["UAH"] = "ukrainian hryvnia",
        ["LKR"] = "sri lankan rupee",
        ["GEL"] = "georgian lari",
        ["LAK"] = "lao kip",
        ["CRC"] = "costa rican colón",
        ["BTC"] = "bitcoin",
        ["MYR"] = "malaysian ringgit",
        ["ILS"] = "shekel",
        ["DKK"] = "danish krone",
        ["SEK"] = "swedish krona",
        ["NOK"] = "norwegian krone",
        ["penny"] = "penny",

        ["percent"] = "percentage",
        ["fraction"] = "-",
        ["dimensionless"] = "-",

        ["km"] = "kilometre",
        ["m"] = "metre",
        ["cm"] = "centimetre",
        ["mm"] = "millimetre",
        ["dm"] = "decimetre",
        ["nm"] = "nanometre",
        ["pm"] = "picometre",
        ["km2"] = "square kilometre",
        ["m2"] = "square metre",
        ["mile2"] = "square mile",
        ["ft2"] = "square foot",
        ["km3"] = "cubic kilometre",
        ["m3"] = "cubic metre",
        ["ft3"] = "cubic foot",
        ["km/h"] = "kilometre per hour",
        ["mph"] = "mile per hour",
        ["degree Celsius"] = "celsius",
        ["degree Fahrenheit"] = "fahrenheit",
        ["tonne"] = "metric ton",
        ["kg"] = "kilogram",
        ["g"] = "gram",
        ["mg"] = "milligram",
        ["µg"] = "microgram",
        ["lb"] = "pound-mass",
        ["oz"] = "ounce",
        ["ml"] = "millilitre",
        ["cl"] = "centilitre",
        ["V"] = "volt",
        ["A"] = "ampere",
        ["W"] = "watt",
        ["kW"] = "kilowatt",
        ["MW"] = "megawatt",
        ["GW"] = "gigawatt",
        ["Wh"] = "watt hour",
        ["kWh"] = "kilowatt hour",
        ["MWh"] = "megawatt hour",
        ["GWh"] = "gigawatt hour",
        ["MHz"] = "megahertz",
        ["GHz"] = "gigahertz",
        ["KiB"] = "kibibyte",
        ["MB"] = "megabyte",
        ["GB"] = "gigabyte",
        ["TB"] = "terabyte",
        ["EB"] = "exabyte",
        ["eV"] = "electronvolt",
        ["GeV"] = "gigaelectronvolt",
        ["TeV"] = "teraelectronvolt",
        ["Gy"] = "gray",
        ["mGy"] = "milligray",
        ["BTU"] = "british thermal unit",
        ["rad"] = "radian",
        ["s2"] = "square second",
        ["cm3"] = "cubic centimetre",

        // CQE's horsepower is written "HP", "PS" or "hp" (CQE/unit.json).
        ["metric horsepower"] = "horsepower",

        // Counted nouns that are a unit's symbol or CQE's word for it; CQE's tagger maps the same for other systems.
        ["hp"] = "horsepower",
        ["rpm"] = "revolutions per minute",
        ["kt"] = "knot",
        ["time"] = "count",
    };

    /// <summary>
    /// CQE's name for our canonical unit or counted lemma: the table's, or, for a name that is already CQE's ("mile", "year",
    /// "inch", "home"), the name itself in lower case; a rate ("USD per barrel") is named part by part ("dollar per barrel").
    /// </summary>
    public static string Of(string unit)
    {
        if (Names.TryGetValue(unit, out var name))
        {
            return name;
        }

        var parts = unit.Split(" per ");
        return parts.Length > 1 ? string.Join(" per ", parts.Select(Of)) : unit.ToLowerInvariant();
    }
}
