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
    /// <summary>Whether <see cref="Low"/> itself is in the range: "at least 12" and "between 10 and 20" include it, "more than 12" does not.</summary>
    public bool LowInclusive { get; init; } = true;

    /// <summary>Whether <see cref="High"/> itself is in the range: "up to 40" includes it, "fewer than 40" does not.</summary>
    public bool HighInclusive { get; init; } = true;

    /// <summary>
    /// Where the quantity itself begins, after any hedge or bound words ("plus de", "about"): at the number, its currency
    /// sign or minus, or a range's opener ("entre"). Equal to <see cref="Start"/> when nothing stands before it.
    /// </summary>
    public int QuantityStart { get; init; }

    /// <summary>Where the number (or a range's second end) and any bound after it ("500 or more") end, before the unit.</summary>
    public int NumberEnd { get; init; }

    /// <summary>For a rate ("$80 a barrel", unit "USD per barrel"), where the quantity it is a rate of ends; 0 otherwise.</summary>
    public int RateBaseEnd { get; init; }

    /// <summary>The numbers as written: one for a value or a bound, a range's two ends, none for an order of magnitude.</summary>
    /// <remarks>Built when asked, so reading an article allocates nothing for it.</remarks>
    public IReadOnlyList<WrittenNumber> Numbers => SecondNumber.Exists ? [FirstNumber, SecondNumber] : FirstNumber.Exists ? [FirstNumber] : [];

    internal WrittenNumber FirstNumber { get; init; }

    internal WrittenNumber SecondNumber { get; init; }

    /// <summary>
    /// The thing the figure counts as the article writes it, whatever the noun ("230 individual howitzers",
    /// "40 drone strikes", "une dizaine de pays"), or null when it counts nothing named. Measures (money, percent,
    /// distance, area, durations and dimensions) have none: their <see cref="Unit"/> says what they measure.
    /// </summary>
    public CountedThing? Counted { get; init; }
}
