namespace Pipeline.Analysis.Text;

/// <summary>Maps the folded words a lexicon knows to small integer ids, so tokens carry an id and matching never allocates.</summary>
internal sealed class Vocabulary
{
    /// <summary>Longer spans are no word any lexicon knows.</summary>
    public const int MaxWordLength = 48;

    /// <summary>The known words, numbered by id.</summary>
    private readonly WordIndex words = new();

    /// <summary>Words kept apart from the known word they fold to, by that word's id ("livrés" is not "livres").</summary>
    private readonly Dictionary<int, List<string>> accentDistinct = [];

    /// <summary>Which ids have such words: an array read, so the tokenizer's hot path pays no lookup for the others.</summary>
    private bool[] hasAccentDistinct = [];

    public Vocabulary()
    {
        HyphenId = Add("-");
    }

    /// <summary>Id of "-", which joins compound words and number words.</summary>
    public int HyphenId { get; }

    public int Count => words.Count;

    public int Add(string folded) => words.Add(folded);

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
        (accentDistinct.TryGetValue(id, out var distinct) ? distinct : accentDistinct[id] = []).Add(word);
        if (id >= hasAccentDistinct.Length)
        {
            Array.Resize(ref hasAccentDistinct, id + 1);
        }

        hasAccentDistinct[id] = true;
    }

    /// <summary>The folded word numbered <paramref name="id"/>.</summary>
    public string this[int id] => words[id];

    /// <summary>Id of a raw (unfolded) span, or -1.</summary>
    public int Find(ReadOnlySpan<char> raw)
    {
        var id = FindFolded(words, raw);
        return id >= 0 && KeepsApart(id, raw) ? -1 : id;
    }

    /// <summary>The number <paramref name="index"/> gives the folded form of a raw span, or -1 (a span longer than any word too).</summary>
    public static int FindFolded(WordIndex index, ReadOnlySpan<char> raw)
    {
        if (raw.Length > MaxWordLength)
        {
            return -1;
        }

        Span<char> buffer = stackalloc char[MaxWordLength];
        return index.Find(buffer[..raw.Length], Fold(raw, buffer));
    }

    /// <summary>Folds <paramref name="raw"/> into <paramref name="folded"/> and returns the folded form's <see cref="WordIndex.Hash(int, char)"/>.</summary>
    public static int Fold(ReadOnlySpan<char> raw, Span<char> folded)
    {
        var hash = 0;
        for (var k = 0; k < raw.Length; k++)
        {
            var c = TextFolding.Fold(raw[k]);
            folded[k] = c;
            hash = WordIndex.Hash(hash, c);
        }

        return hash;
    }

    /// <summary>Whether <paramref name="raw"/>, which folds to the word numbered <paramref name="id"/>, is written as a word kept apart from it.</summary>
    public bool KeepsApart(int id, ReadOnlySpan<char> raw)
    {
        if ((uint)id < (uint)hasAccentDistinct.Length && hasAccentDistinct[id])
        {
            foreach (var word in accentDistinct[id])
            {
                if (raw.Equals(word, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
