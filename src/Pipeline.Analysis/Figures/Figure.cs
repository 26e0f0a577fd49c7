namespace Pipeline.Analysis.Figures;

/// <summary>A number found in an article, with what it counts and how precisely it is stated.</summary>
/// <param name="Text">The exact surface text of the figure, as it stands in the article.</param>
/// <param name="Start">UTF-16 offset of the first character in the decoded article text.</param>
/// <param name="End">UTF-16 offset just past the last character (exclusive).</param>
/// <param name="Value">The stated value, or null when only bounds are known.</param>
/// <param name="Low">Lower bound, or null when open.</param>
/// <param name="High">Upper bound, or null when open.</param>
/// <param name="Approximate">True when the text hedges the number ("environ", "près de", "about").</param>
/// <param name="Unit">Canonical English unit name ("soldier", "tank", "USD", "km"), or null for a bare number.</param>
/// <param name="Category">What kind of quantity this is.</param>
public sealed record Figure(
    string Text,
    int Start,
    int End,
    double? Value,
    double? Low,
    double? High,
    bool Approximate,
    string? Unit,
    FigureCategory Category);
