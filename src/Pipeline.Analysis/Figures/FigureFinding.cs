namespace Pipeline.Analysis.Figures;

/// <summary>A figure as found, before it becomes a public <see cref="Figure"/>: keeps token-level detail the scan still needs and what it counts.</summary>
internal readonly record struct FigureFinding(
    int Start,
    int CoreStart,
    int End,
    double? Value,
    double? Low,
    double? High,
    bool LowInclusive,
    bool HighInclusive,
    bool Approximate,
    UnitSense? Unit,
    bool Vague = false,
    int CoreEnd = 0,
    bool Equal = false,
    int BaseEnd = 0,
    WrittenNumber First = default,
    WrittenNumber Second = default,
    CountedThing? Counted = null);
