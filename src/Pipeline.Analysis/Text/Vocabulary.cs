namespace Pipeline.Analysis.Text;

/// <summary>Maps the folded words a lexicon knows to small integer ids, so tokens carry an id and matching never allocates.</summary>
internal sealed class Vocabulary
{
    /// <summary>The known words by id.</summary>
    private readonly List<string> byId = [];

    /// <summary>
    /// Open addressing over the words' hashes, each slot holding a hash and its id + 1 (0 is empty), at most half full.
    /// Every token of every article is looked up here, so a lookup folds and hashes the word in one pass and compares
    /// characters only when the stored hash matches, with no comparer called through an interface.
    /// </summary>
    private (int Hash, int Id)[] slots = new (int, int)[256];

    /// <summary>How far a hash is shifted to index the slots: their number is 2^(32 - shift).</summary>
    private int shift = 24;

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

    public int Count => byId.Count;

    public int Add(string folded)
    {
        var hash = 0;
        foreach (var c in folded)
        {
            hash = Hash(hash, c);
        }

        var id = Lookup(folded, hash);
        if (id >= 0)
        {
            return id;
        }

        id = byId.Count;
        byId.Add(folded);
        if (2 * byId.Count > slots.Length)
        {
            var old = slots;
            slots = new (int, int)[old.Length * 2];
            shift--;
            foreach (var slot in old)
            {
                if (slot.Id != 0)
                {
                    Place(slot);
                }
            }
        }

        Place((hash, id + 1));
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
        var hash = 0;
        for (var k = 0; k < raw.Length; k++)
        {
            var c = TextFolding.Fold(raw[k]);
            buffer[k] = c;
            hash = Hash(hash, c);
        }

        var id = Lookup(buffer[..raw.Length], hash);
        if (id < 0)
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

    private static int Hash(int hash, char c) => (hash ^ c) * 16777619;

    /// <summary>The slot a hash starts probing at: its high bits after a multiplicative (Fibonacci) mix.</summary>
    private int Slot(int hash) => (int)(((uint)hash * 2654435769u) >> shift);

    private int Lookup(ReadOnlySpan<char> folded, int hash)
    {
        var mask = slots.Length - 1;
        for (var k = Slot(hash); slots[k].Id != 0; k = (k + 1) & mask)
        {
            if (slots[k].Hash == hash && folded.SequenceEqual(byId[slots[k].Id - 1]))
            {
                return slots[k].Id - 1;
            }
        }

        return -1;
    }

    private void Place((int Hash, int Id) slot)
    {
        var mask = slots.Length - 1;
        var k = Slot(slot.Hash);
        while (slots[k].Id != 0)
        {
            k = (k + 1) & mask;
        }

        slots[k] = slot;
    }
}
