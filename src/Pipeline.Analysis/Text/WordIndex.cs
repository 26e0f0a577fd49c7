namespace Pipeline.Analysis.Text;

/// <summary>
/// Numbers distinct words in the order they are added and finds a word's number from a span. Every token of every
/// article is looked up in such an index, so a caller hashes the word while it folds or lowers it (<see cref="Hash(int, char)"/>),
/// and the index compares characters only where a stored hash matches, with no comparer called through an interface.
/// </summary>
internal sealed class WordIndex
{
    private readonly List<string> words = [];

    /// <summary>Open addressing, at most half full: each slot holds a word's hash and its number + 1 (0 is empty).</summary>
    private (int Hash, int Number)[] slots = new (int, int)[256];

    /// <summary>How far a mixed hash is shifted to index the slots: their count is 2^(32 - shift).</summary>
    private int shift = 24;

    public int Count => words.Count;

    /// <summary>The word numbered <paramref name="number"/>.</summary>
    public string this[int number] => words[number];

    /// <summary>The hash of a word so far, given its next character; a word's hash starts at 0.</summary>
    public static int Hash(int hash, char c) => (hash ^ c) * 16777619;

    public static int Hash(ReadOnlySpan<char> word)
    {
        var hash = 0;
        foreach (var c in word)
        {
            hash = Hash(hash, c);
        }

        return hash;
    }

    /// <summary>The word's number, adding it when it is new.</summary>
    public int Add(string word)
    {
        var hash = Hash(word);
        var number = Find(word, hash);
        if (number >= 0)
        {
            return number;
        }

        number = words.Count;
        words.Add(word);
        if (2 * words.Count > slots.Length)
        {
            var old = slots;
            slots = new (int, int)[old.Length * 2];
            shift--;
            foreach (var slot in old)
            {
                if (slot.Number != 0)
                {
                    Place(slot);
                }
            }
        }

        Place((hash, number + 1));
        return number;
    }

    /// <summary>The number of the word, whose <see cref="Hash(ReadOnlySpan{char})"/> is <paramref name="hash"/>; -1 when it is unknown.</summary>
    public int Find(ReadOnlySpan<char> word, int hash)
    {
        var mask = slots.Length - 1;
        for (var k = Slot(hash); slots[k].Number != 0; k = (k + 1) & mask)
        {
            if (slots[k].Hash == hash && word.SequenceEqual(words[slots[k].Number - 1]))
            {
                return slots[k].Number - 1;
            }
        }

        return -1;
    }

    /// <summary>The slot a hash starts probing at: its high bits after a multiplicative (Fibonacci) mix.</summary>
    private int Slot(int hash) => (int)(((uint)hash * 2654435769u) >> shift);

    private void Place((int Hash, int Number) slot)
    {
        var mask = slots.Length - 1;
        var k = Slot(slot.Hash);
        while (slots[k].Number != 0)
        {
            k = (k + 1) & mask;
        }

        slots[k] = slot;
    }
}
