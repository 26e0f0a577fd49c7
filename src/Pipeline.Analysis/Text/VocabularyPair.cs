namespace Pipeline.Analysis.Text;

/// <summary>
/// Two lexicons' vocabularies read by one lookup: a word of the article is folded and found once, and the answer gives
/// its id in each (or -1 where one does not know it), exactly as each vocabulary's own <see cref="Vocabulary.Find"/> would.
/// </summary>
internal sealed class VocabularyPair
{
    private readonly Vocabulary first;
    private readonly Vocabulary second;
    private readonly int firstCount;
    private readonly int secondCount;

    /// <summary>The words either vocabulary knows, numbered in their own order.</summary>
    private readonly WordIndex words = new();

    /// <summary>For each word of the pair, its id in the first and in the second vocabulary.</summary>
    private readonly (int First, int Second)[] ids;

    /// <summary>The ids of every one-character token up to the end of the Latin and punctuation blocks, read from a table.</summary>
    private readonly (int First, int Second)[] single = new (int, int)[0x2100];

    public VocabularyPair(Vocabulary first, Vocabulary second)
    {
        this.first = first;
        this.second = second;
        firstCount = first.Count;
        secondCount = second.Count;
        ids = new (int, int)[firstCount + secondCount];
        Array.Fill(ids, (-1, -1));
        for (var id = 0; id < firstCount; id++)
        {
            ids[words.Add(first[id])].First = id;
        }

        for (var id = 0; id < secondCount; id++)
        {
            ids[words.Add(second[id])].Second = id;
        }

        for (var c = 0; c < single.Length; c++)
        {
            single[c] = Search([(char)c]);
        }
    }

    /// <summary>Whether the pair still answers for both: a vocabulary that learnt words since would not be read right.</summary>
    public bool Matches(Vocabulary firstVocabulary, Vocabulary secondVocabulary) =>
        ReferenceEquals(first, firstVocabulary) && ReferenceEquals(second, secondVocabulary)
        && first.Count == firstCount && second.Count == secondCount;

    /// <summary>The ids of a raw (unfolded) span in the first and the second vocabulary, each -1 when it does not know it.</summary>
    public (int First, int Second) Find(ReadOnlySpan<char> raw) =>
        raw.Length == 1 && raw[0] < single.Length ? single[raw[0]] : Search(raw);

    private (int First, int Second) Search(ReadOnlySpan<char> raw)
    {
        var number = Vocabulary.FindFolded(words, raw);
        if (number < 0)
        {
            return (-1, -1);
        }

        var (inFirst, inSecond) = ids[number];
        return (
            inFirst >= 0 && first.KeepsApart(inFirst, raw) ? -1 : inFirst,
            inSecond >= 0 && second.KeepsApart(inSecond, raw) ? -1 : inSecond);
    }
}
