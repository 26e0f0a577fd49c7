namespace Pipeline.Analysis.Text;

/// <summary>Finds the longest lexicon phrase starting (or ending) at a token; hyphens between words are transparent.</summary>
internal sealed class PhraseTable<T>
{
    private readonly Dictionary<int, List<(int[] Ids, T Value)>> byFirst = [];
    private readonly Dictionary<int, List<(int[] Ids, T Value)>> byLast = [];
    private readonly int hyphen;

    // Which word ids start or end a phrase, one bit each: most tokens start none, and a bit read is cheaper than a hash lookup.
    private ulong[] firstWords = [];
    private ulong[] lastWords = [];

    public PhraseTable(Vocabulary vocabulary)
    {
        hyphen = vocabulary.HyphenId;
    }

    public int Count { get; private set; }

    public void Add(int[] ids, T value)
    {
        if (ids.Length == 0)
        {
            return;
        }

        Insert(byFirst, ids[0], ids, value);
        Insert(byLast, ids[^1], ids, value);
        Mark(ref firstWords, ids[0]);
        Mark(ref lastWords, ids[^1]);
        Count++;
    }

    private static void Mark(ref ulong[] bits, int id)
    {
        if (id < 0)
        {
            return;
        }

        var word = id >> 6;
        if (word >= bits.Length)
        {
            Array.Resize(ref bits, Math.Max(word + 1, bits.Length * 2));
        }

        bits[word] |= 1UL << (id & 63);
    }

    private static bool Has(ulong[] bits, int id) => id >= 0 && (id >> 6) < bits.Length && (bits[id >> 6] & (1UL << (id & 63))) != 0;

    private static void Insert(Dictionary<int, List<(int[] Ids, T Value)>> map, int key, int[] ids, T value)
    {
        if (!map.TryGetValue(key, out var list))
        {
            list = [];
            map[key] = list;
        }

        list.RemoveAll(e => e.Ids.AsSpan().SequenceEqual(ids));
        list.Add((ids, value));
        list.Sort(static (a, b) => b.Ids.Length.CompareTo(a.Ids.Length));
    }

    public bool Contains(int id) => Has(firstWords, id) && byFirst.ContainsKey(id);



    /// <summary>Longest phrase starting at token <paramref name="at"/>; <paramref name="end"/> is the token index just past it.</summary>
    public bool Match(List<Token> tokens, int at, out T value, out int end)
    {
        value = default!;
        end = at;
        if (at >= tokens.Count || !Has(firstWords, tokens[at].Id) || !byFirst.TryGetValue(tokens[at].Id, out var list))
        {
            return false;
        }

        foreach (var (ids, v) in list)
        {
            if (Continues(tokens, ids, 0, at, out var phraseEnd))
            {
                value = v;
                end = phraseEnd;
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the words of <paramref name="ids"/> from the <paramref name="k"/>th on stand from token <paramref name="j"/>,
    /// each right after the one before (hyphens stepped over); <paramref name="end"/> is just past the last.
    /// </summary>
    private bool Continues(List<Token> tokens, int[] ids, int k, int j, out int end)
    {
        end = j;
        for (var first = k; k < ids.Length; k++)
        {
            if (k > first)
            {
                j = Next(tokens, j);
            }

            if (j >= tokens.Count || tokens[j].Id != ids[k])
            {
                return false;
            }
        }

        end = j + 1;
        return true;
    }

    /// <summary>
    /// Longest phrase of several words whose first word is at <paramref name="at"/> and whose other words start at
    /// <paramref name="resume"/>, the tokens between being a gap the caller stepped over ("fait | également | état de").
    /// </summary>
    public bool MatchAcross(List<Token> tokens, int at, int resume, out T value, out int end)
    {
        value = default!;
        end = at;
        if (resume <= at + 1)
        {
            return Match(tokens, at, out value, out end);
        }

        if (!Has(firstWords, tokens[at].Id) || !byFirst.TryGetValue(tokens[at].Id, out var list))
        {
            return false;
        }

        foreach (var (ids, v) in list)
        {
            if (ids.Length >= 2 && Continues(tokens, ids, 1, resume, out var phraseEnd))
            {
                value = v;
                end = phraseEnd;
                return true;
            }
        }

        return false;
    }

    /// <summary>Longest phrase ending just before token <paramref name="before"/>; <paramref name="start"/> is its first token.</summary>
    public bool MatchBefore(List<Token> tokens, int before, out T value, out int start)
    {
        value = default!;
        start = before;
        var last = before - 1;
        if (last < 0 || !Has(lastWords, tokens[last].Id) || !byLast.TryGetValue(tokens[last].Id, out var list))
        {
            return false;
        }

        foreach (var (ids, v) in list)
        {
            var j = last;
            var ok = true;
            for (var k = ids.Length - 1; k >= 0; k--)
            {
                if (k < ids.Length - 1)
                {
                    j = Previous(tokens, j);
                }

                if (j < 0 || tokens[j].Id != ids[k])
                {
                    ok = false;
                    break;
                }
            }

            if (ok)
            {
                value = v;
                start = j;
                return true;
            }
        }

        return false;
    }

    /// <summary>The next token, stepping over a hyphen glued to both neighbours ("quatre-vingt", "lance-roquettes").</summary>
    public int Next(List<Token> tokens, int j)
    {
        var n = j + 1;
        if (n + 1 < tokens.Count && tokens[n].Id == hyphen && tokens[n].Adjacent && tokens[n + 1].Adjacent)
        {
            return n + 1;
        }

        return n;
    }

    public int Previous(List<Token> tokens, int j)
    {
        var p = j - 1;
        if (p - 1 >= 0 && tokens[p].Id == hyphen && tokens[p].Adjacent && tokens[j].Adjacent)
        {
            return p - 1;
        }

        return p;
    }
}
