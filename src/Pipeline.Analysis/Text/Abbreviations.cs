namespace Pipeline.Analysis.Text;

/// <summary>
/// A language's abbreviations, given without their period ("Dr", "Gen", "Oct"): a period after one ends no sentence.
/// Looked up by span, so checking the word before each period allocates nothing.
/// </summary>
internal sealed class Abbreviations
{
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup;

    public Abbreviations(IEnumerable<string> words)
    {
        var set = new HashSet<string>(words, StringComparer.Ordinal);
        lookup = set.GetAlternateLookup<ReadOnlySpan<char>>();
        Count = set.Count;
    }

    public int Count { get; }

    public bool Contains(ReadOnlySpan<char> word) => lookup.Contains(word);
}
