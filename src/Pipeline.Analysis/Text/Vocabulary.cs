namespace Pipeline.Analysis.Text;

/// <summary>Maps the folded words a lexicon knows to small integer ids, so tokens carry an id and matching never allocates.</summary>
internal sealed class Vocabulary
{
    private readonly Dictionary<string, int> ids = new(StringComparer.Ordinal);

    /// <summary>Words kept apart from the known word they fold to, by that word's id ("livrés" is not "livres").</summary>
    private readonly Dictionary<int, List<string>> accentDistinct = [];

    /// <summary>Which ids have such words: an array read, so the tokenizer's hot path pays no lookup for the others.</summary>
    private bool[] hasAccentDistinct = [];
    private Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> lookup;

    public Vocabulary()
    {
        lookup = ids.GetAlternateLookup<ReadOnlySpan<char>>();
        HyphenId = Add("-");
    }

    /// <summary>Id of "-", which joins compound words and number words.</summary>
    public int HyphenId { get; }

    public int Count => ids.Count;

    public int Add(string folded)
    {
        if (ids.TryGetValue(folded, out var id))
        {
            return id;
        }

        id = ids.Count;
        ids.Add(folded, id);
        lookup = ids.GetAlternateLookup<ReadOnlySpan<char>>();
        return id;
    }

    /// <summary>Splits a lexicon phrase as the tokenizer splits text, adds its words, and returns their ids (hyphens dropped).</summary>
    public int[] AddPhrase(string phrase)
    {
        var tokens = new List<Token>();
        Tokenizer.Tokenize(phrase, this, tokens);
        var result = new List<int>(tokens.Count);
        foreach (var token in tokens)
        {
            var id = Add(TextFolding.Fold(phrase[token.Start..token.End]));
            if (id != HyphenId)
            {
                result.Add(id);
            }
        }

        // A phrase that is only a hyphen ("3-5" joiner) keeps it.
        return result.Count == 0 && tokens.Count > 0 ? [HyphenId] : [.. result];
    }

    /// <summary>
    /// Keeps a word whose accents change its meaning apart from the known word it folds to: written with these accents
    /// it is an unknown word ("livrés", delivered, is not "livres", pounds).
    /// </summary>
    public void KeepDistinct(string word)
    {
        var id = Add(TextFolding.Fold(word));
        (accentDistinct.TryGetValue(id, out var words) ? words : accentDistinct[id] = []).Add(word);
        if (id >= hasAccentDistinct.Length)
        {
            Array.Resize(ref hasAccentDistinct, id + 1);
        }

        hasAccentDistinct[id] = true;
    }

    /// <summary>Id of a raw (unfolded) span, or -1.</summary>
    public int Find(ReadOnlySpan<char> raw)
    {
        if (raw.Length > 48)
        {
            return -1;
        }

        Span<char> buffer = stackalloc char[48];
        var n = TextFolding.Fold(raw, buffer);
        if (!lookup.TryGetValue(buffer[..n], out var id))
        {
            return -1;
        }

        if ((uint)id < (uint)hasAccentDistinct.Length && hasAccentDistinct[id])
        {
            foreach (var word in accentDistinct[id])
            {
                if (raw.Equals(word, StringComparison.OrdinalIgnoreCase))
                {
                    return -1;
                }
            }
        }

        return id;
    }
}
