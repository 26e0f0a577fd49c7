namespace Pipeline.Analysis.Figures;

/// <summary>
/// One number as a figure writes it, with its sign ("-30", "négative cinq") but without the hedge, bound words, currency
/// sign or unit around it: "1 800" in "plus de 1 800 chars", each end of "20 à 30".
/// </summary>
/// <param name="Start">UTF-16 offset of its first character.</param>
/// <param name="End">Offset just past its last character.</param>
/// <param name="Value">What it says, before any scale the unit carries ("5" in "5 MUSD").</param>
public readonly record struct WrittenNumber(int Start, int End, double Value)
{
    /// <summary>Whether a number is written there at all: an order of magnitude ("des centaines") has none.</summary>
    public bool Exists => End > Start;
}
