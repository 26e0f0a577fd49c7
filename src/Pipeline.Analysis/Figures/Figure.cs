namespace Pipeline.Analysis.Figures;

/// <summary>A number found in an article, with what it counts and how precisely it is stated.</summary>
/// <param name="Text">The exact surface text of the figure, as it stands in the article.</param>
/// <param name="Start">UTF-16 offset of the first character in the decoded article text.</param>
/// <param name="End">UTF-16 offset just past the last character (exclusive).</param>
/// <param name="Value">The stated value, or null when only bounds are known.</param>
/// <param name="Low">Lower bound, or null when open.</param>
/// <param name="High">Upper bound, or null when open.</param>
/// <param name="Approximate">True when the text hedges the number ("environ", "près de", "about").</param>
/// <param name="Unit">
/// Language-neutral canonical name of what is counted or measured ("soldier", "howitzer", "refugee", "USD", "km"), when
/// our knowledge has one; for casualties the finer kind ("killed", "wounded", "killed or wounded", "missing",
/// "captured"); null for a bare number or a noun we know no canonical name for (see <see cref="Counted"/>).
/// </param>
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
    FigureCategory Category)
{
    /// <summary>
    /// The thing the figure counts as the article writes it, whatever the noun ("230 individual howitzers",
    /// "40 drone strikes", "une dizaine de pays"), or null when it counts nothing named. Measures (money, percent,
    /// distance, area, durations and dimensions) have none: their <see cref="Unit"/> says what they measure.
    /// </summary>
    public CountedThing? Counted { get; init; }
}
