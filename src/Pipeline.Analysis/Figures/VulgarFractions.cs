namespace Pipeline.Analysis.Figures;

/// <summary>The single-character fractions of recipes and measures: "½ tbsp", "⅓ cup".</summary>
internal static class VulgarFractions
{
    public static double? ValueOf(char c) => c switch
    {
        '½' => 0.5,
        '⅓' => 1.0 / 3,
        '⅔' => 2.0 / 3,
        '¼' => 0.25,
        '¾' => 0.75,
        '⅕' => 0.2,
        '⅙' => 1.0 / 6,
        '⅛' => 0.125,
        _ => null,
    };
}
