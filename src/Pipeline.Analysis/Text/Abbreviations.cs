namespace Pipeline.Analysis.Text;

/// <summary>
/// A language's abbreviations, given without their period ("Dr", "Gen", "Oct"): a period after one ends no sentence.
/// Looked up by span, so checking the word before each period allocates nothing.
/// </summary>
internal sealed class Abbreviations
{
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup;

    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> clockSuffixes;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> afterClock;

    public Abbreviations(IEnumerable<string> words, IEnumerable<string>? clockSuffixes = null, IEnumerable<string>? afterClock = null)
    {
        var set = new HashSet<string>(words, StringComparer.Ordinal);
        lookup = set.GetAlternateLookup<ReadOnlySpan<char>>();
        this.clockSuffixes = new HashSet<string>(clockSuffixes ?? [], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        this.afterClock = new HashSet<string>(afterClock ?? [], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        Count = set.Count + this.clockSuffixes.Set.Count;
    }

    public int Count { get; }

    public bool Contains(ReadOnlySpan<char> word) => lookup.Contains(word);

    /// <summary>
    /// "7:45 a.m. Monday", "6:30 a.m. EST": an hour's "a.m." ends the sentence before a new one ("closed at 8 p.m. Officials
    /// said…") but not before a day or a time zone, which still belong to the hour.
    /// </summary>
    public bool ClockGoesOn(ReadOnlySpan<char> suffix, ReadOnlySpan<char> next) => clockSuffixes.Contains(suffix) && afterClock.Contains(next);
}
