namespace Pipeline.Contracts;

/// <summary>A number found in an article, with what it counts and its bounds.</summary>
public sealed record FigureData
{
    /// <summary>Exact surface text.</summary>
    public required string Text { get; init; }

    /// <summary>UTF-16 offset of the first character in <see cref="ArticleContent.Text"/>.</summary>
    public required int Start { get; init; }

    /// <summary>UTF-16 offset just past the last character (exclusive).</summary>
    public required int End { get; init; }

    /// <summary>The stated value, or null when only bounds are known ("des centaines de milliers").</summary>
    public double? Value { get; init; }

    /// <summary>
    /// Lower bound, null when open. A vague magnitude states only its lower edge ("thousands": 1000, "des dizaines de
    /// milliers": 10000, "several dozen": 24), with <see cref="Approximate"/> true and no upper bound.
    /// </summary>
    public double? Low { get; init; }

    /// <summary>
    /// Upper bound, null when open. "Nearly X" / "près de X" is an upper bound X, not reached, with <see cref="Approximate"/> true.
    /// A share is a percentage in percent, unit <c>percent</c> ("more than half": low 50; "deux tiers": value 66.67).
    /// </summary>
    public double? High { get; init; }

    /// <summary>True when the text hedges the number ("environ", "près de", "about").</summary>
    public required bool Approximate { get; init; }

    /// <summary>
    /// Canonical English unit (<c>soldier</c>, <c>tank</c>, <c>USD</c>, <c>km</c>...), null for a bare number. A rate names both
    /// units (<c>USD per barrel</c>, <c>USD per hour</c>) and keeps the category of the first.
    /// </summary>
    public string? Unit { get; init; }

    /// <summary>
    /// <c>personnel</c>, <c>equipment</c>, <c>casualties</c>, <c>displaced</c> (displaced people and refugees), <c>money</c>, <c>distance</c>,
    /// <c>area</c>, <c>duration</c>, <c>percentage</c>, <c>dimension</c> or <c>count</c> (anything else counted; see <see cref="Counted"/>).
    /// New categories may be added; treat an unknown one as <c>count</c>.
    /// </summary>
    public required string Category { get; init; }

    /// <summary>
    /// What the figure counts, as written and in canonical form ("more than 230 individual howitzers": <c>individual howitzers</c>,
    /// <c>howitzer</c>); null for a measure (money, percent, distance, area, duration), whose <see cref="Unit"/> says what it
    /// measures, and for a bare number. Casualties say their kind in <see cref="Unit"/>: <c>killed</c>, <c>wounded</c>,
    /// <c>killed or wounded</c>, <c>missing</c>, <c>captured</c>.
    /// </summary>
    public CountedData? Counted { get; init; }
}
