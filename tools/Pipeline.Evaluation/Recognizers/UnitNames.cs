namespace Pipeline.Evaluation.Recognizers;

/// <summary>
/// Our canonical unit names beside the names Recognizers-Text and quantulum3 resolve to. A spec unit that no
/// canonical unit maps to (Gallon, Mark Finlandais) counts as a miss: we do not model it.
/// </summary>
internal static class UnitNames
{
    private static readonly Dictionary<string, string[]> Accepted = new(StringComparer.OrdinalIgnoreCase)
    {
        ["USD"] = ["Dollar", "Dollar États-Unis", "United States dollar", "dollar"],
        ["EUR"] = ["Euro", "euro"],
        ["GBP"] = ["Livre", "Pound", "British pound", "pound sterling"],
        ["JPY"] = ["Yen Japonais", "Japanese yen", "yen"],
        ["CNY"] = ["Yuan Chinois", "Chinese yuan", "yuan"],
        ["CHF"] = ["Franc Suisse", "Swiss franc"],
        ["RUB"] = ["Rouble", "Russian ruble"],
        ["cent"] = ["Cent", "cent", "Centimes"],
        ["km"] = ["Kilomètres", "Kilometer", "kilometre"],
        ["dimensionless"] = ["dimensionless"],
        ["m"] = ["Mètres", "Meter", "metre"],
        ["mile"] = ["Mile", "mile"],
        ["mm"] = ["Millimètres", "Millimeter", "millimetre"],
        ["cm"] = ["Centimètres", "Centimeter", "centimetre"],
        ["km2"] = ["Kilomètre carré", "Square kilometer", "square kilometre"],
        ["m2"] = ["Mètre carré", "Square meter", "square metre"],
        ["mile2"] = ["Square mile", "square mile"],
        ["foot"] = ["Pied", "Foot", "foot"],
        ["inch"] = ["Pouce", "Inch", "inch"],
        ["tonne"] = ["Tonne", "Ton", "Tonne métrique", "Metric ton", "tonne"],
        ["kg"] = ["Kilogram", "Kilogramme", "kilogram"],
        ["litre"] = ["Litre", "Liter", "litre"],
        ["acre"] = ["Acre", "acre"],
        ["hectare"] = ["Hectare", "hectare"],
        ["percent"] = ["percentage", "Percent"],
        ["fraction"] = ["dimensionless"],
        ["day"] = ["day"],
        ["week"] = ["week"],
        ["month"] = ["month"],
        ["year"] = ["year"],
        ["hour"] = ["hour"],
        ["minute"] = ["minute"],
        ["CAD"] = ["Dollar Canadien", "Canadian dollar"],
        ["HKD"] = ["Dollar de Hong Kong", "Hong Kong dollar"],
        ["NZD"] = ["Dollar néo-zélandais", "New Zealand dollar"],
        ["MXN"] = ["Mexican peso", "Peso mexicain"],
        ["INR"] = ["Roupie indienne", "Roupie", "Rupee", "Indian rupee"],
        ["NLG"] = ["Florins Néerlandais", "Netherlands guilder"],
        ["franc"] = ["Franc"],
        ["Wh"] = ["watt hour"],
        ["MWh"] = ["megawatt hour"],
        ["eV"] = ["electronvolt"],
        ["TeV"] = ["teraelectronvolt"],
        ["GHz"] = ["gigahertz"],
        ["MB"] = ["megabyte", "Megabyte"],
        ["EB"] = ["exabyte"],
        ["byte"] = ["byte"],
        ["bit"] = ["bit", "Bit"],
        ["tonne per day"] = ["ton per day"],
        ["AUD"] = ["Dollar Australien", "Australian dollar"],
        ["penny"] = ["Penny", "Pence", "penny"],
        ["dime"] = ["dime"],
        ["gallon"] = ["Gallon", "gallon"],
        ["barrel"] = ["Baril", "Barrel"],
        ["ml"] = ["Millilitre", "Milliliter", "cubic centimetre"],
        ["cl"] = ["centilitre"],
        ["mg"] = ["Milligram", "milligram"],
        ["g"] = ["Gram", "gram"],
        ["nm"] = ["nanometre"],
        ["km/h"] = ["Kilometer per hour", "kilometre per hour"],
        ["mph"] = ["Mile per hour", "Miles par heure", "Mile par heure"],
        ["degree Celsius"] = ["degree Celsius"],
        ["degree Fahrenheit"] = ["degree fahrenheit"],
        ["lb"] = ["Pound", "pound-mass"],
        ["km3"] = ["cubic kilometre"],
        ["TRY"] = ["Turkish lira", "Livre turque"],
        ["FIM"] = ["Finnish markka", "Mark Finlandais"],
        ["ESP"] = ["Peseta"],
        ["BTC"] = ["Bitcoin"],
        ["satoshi"] = ["Satoshi"],
        ["CRC"] = ["Costa Rican colón"],
        ["GEL"] = ["Georgian lari"],
        ["LAK"] = ["Lao kip"],
        ["dm"] = ["Decimeter", "Décimètres"],
        ["oz"] = ["Ounce", "Onces"],
        ["µg"] = ["Microgram", "Microgramme"],
        ["hm"] = ["Hectomètre", "Hectometer"],
        ["ft3"] = ["Cubic foot", "Pieds cube"],
        ["rad"] = ["Radian"],
        ["m3"] = ["cubic metre", "Cubic meter"],
        ["pm"] = ["picometre", "Picometer"],
        ["W"] = ["watt", "Watt"],
        ["kW"] = ["kilowatt", "Kilowatt"],
        ["Gy"] = ["gray"],
        ["mGy"] = ["milligray"],
        ["KiB"] = ["kibibyte"],
        ["BTU"] = ["british thermal unit"],
        ["tablespoon"] = ["Tablespoon", "tablespoon"],
        ["teaspoon"] = ["Teaspoon", "teaspoon"],
        ["cup"] = ["Cup", "cup"],
        ["degree"] = ["Degree", "degree angle"],
        ["turn"] = ["Turn", "turn"],
        ["second"] = ["second", "Second"],
        ["millisecond"] = ["millisecond", "Millisecond"],
        ["s2"] = ["square second"],
        ["cm3"] = ["cubic centimetre"],

        // Quantities branch: unit symbols composed into products, powers and quotients.
        ["J"] = ["joule"],
        ["J·s"] = ["joule second"],
        ["cd·s"] = ["candela second"],
        ["s-1"] = ["inverse second"],
        ["fb-1"] = ["inverse femtobarn"],

        // Currency branch: currencies and subunits read since.
        ["pesewa"] = ["Pesewa"],
        ["LKR"] = ["Sri Lankan rupee"],
    };

    public static bool Matches(string? ours, string? theirs)
    {
        if (theirs is null)
        {
            return true;
        }

        if (ours is null)
        {
            return false;
        }

        if (string.Equals(ours, theirs, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (Accepted.TryGetValue(ours, out var names) && names.Contains(theirs, StringComparer.OrdinalIgnoreCase))
        {
            return true;
        }

        // "USD per hour" against "dollar per hour": a compound matches part by part.
        var ourParts = ours.Split(" per ");
        var theirParts = theirs.Split(" per ");
        return ourParts.Length > 1 && ourParts.Length == theirParts.Length && ourParts.Zip(theirParts).All(p => Matches(p.First, p.Second));
    }
}
