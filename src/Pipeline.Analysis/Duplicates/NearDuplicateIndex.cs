namespace Pipeline.Analysis.Duplicates;

/// <summary>
/// An in-memory LSH index of article sketches: each worker's copy of the store's duplicate index (the store keeps
/// the rows, this finds the candidates), and the index of evaluations and benchmarks. About 16 bytes of id, the sketch (64 bytes by default), and 8 bytes per band
/// (at 53 to 80 % load; at 80 % when the expected count was given) per article. Not thread-safe: callers serialise <see cref="Add(Guid, DuplicateKeys)"/>.
/// </summary>
public sealed class NearDuplicateIndex
{
    private const int ChunkBits = 16;
    private const int ChunkSize = 1 << ChunkBits;
    private const double MaxLoad = 0.8;

    private readonly NearDuplicateOptions options;
    private readonly List<byte[]> sketchChunks = [];
    private readonly List<Guid[]> idChunks = [];

    // Open addressing with linear probing, all bands in one table. A slot holds a 32-bit tag of the band key
    // (high half) and the article's ordinal + 1 (low half); 0 is an empty slot. Two keys with the same tag only
    // cost a wasted sketch comparison, never a wrong answer.
    private ulong[] slots;
    private long used;

    public NearDuplicateIndex(NearDuplicateOptions? options = null, int expectedArticles = 0)
    {
        this.options = (options ?? NearDuplicateOptions.Default).Validated();
        slots = new ulong[Math.Max(64, (long)Math.Ceiling((double)Math.Max(0, expectedArticles) * this.options.Bands / MaxLoad) + 1)];
    }

    /// <summary>Number of articles in the index.</summary>
    public int Count { get; private set; }

    /// <summary>Bytes held by the index's arrays (ids, sketches, band table), excluding object headers.</summary>
    public long ApproximateBytes =>
        (slots.LongLength * sizeof(ulong)) + ((long)sketchChunks.Count * ChunkSize * options.SketchBytes) + ((long)idChunks.Count * ChunkSize * 16);

    /// <summary>Adds an article; a text without words (no band keys) is not indexed.</summary>
    public void Add(Guid articleId, DuplicateKeys keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        Add(articleId, keys.Sketch, keys.BandKeys);
    }

    /// <summary>Adds an article by its stored sketch and band keys.</summary>
    public void Add(Guid articleId, MinHashSketch sketch, IReadOnlyList<long> bandKeys)
    {
        CheckShape(sketch, bandKeys);
        if (bandKeys.Count == 0)
        {
            return;
        }

        var ordinal = Count;
        if ((ordinal >> ChunkBits) == sketchChunks.Count)
        {
            sketchChunks.Add(new byte[ChunkSize * options.SketchBytes]);
            idChunks.Add(new Guid[ChunkSize]);
        }

        var offset = ordinal & (ChunkSize - 1);
        sketch.Bytes.CopyTo(sketchChunks[ordinal >> ChunkBits], offset * options.SketchBytes);
        idChunks[ordinal >> ChunkBits][offset] = articleId;
        Count++;

        if (used + bandKeys.Count > slots.LongLength * MaxLoad)
        {
            Grow();
        }

        foreach (var key in bandKeys)
        {
            Insert(slots, ((ulong)Tag(key) << 32) | (uint)(ordinal + 1));
        }

        used += bandKeys.Count;
    }

    /// <summary>
    /// The most similar indexed article whose similarity reaches the threshold, or null. Ties go to the article
    /// added first, so the original stays the original.
    /// </summary>
    public NearDuplicateMatch? FindNearest(DuplicateKeys keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        return FindNearest(keys.Sketch, keys.BandKeys);
    }

    /// <inheritdoc cref="FindNearest(DuplicateKeys)"/>
    public NearDuplicateMatch? FindNearest(MinHashSketch sketch, IReadOnlyList<long> bandKeys)
        => FindNearest(sketch, bandKeys, options.Threshold);

    /// <summary>As <see cref="FindNearest(DuplicateKeys)"/>, with a threshold of the caller's (it may change at any time).</summary>
    public NearDuplicateMatch? FindNearest(MinHashSketch sketch, IReadOnlyList<long> bandKeys, double threshold)
    {
        NearDuplicateMatch? best = null;
        foreach (var candidate in Candidates(sketch, bandKeys))
        {
            if (candidate.Similarity >= threshold && (best is null || candidate.Similarity > best.Value.Similarity))
            {
                best = candidate;
            }
        }

        return best;
    }

    /// <summary>Every indexed article sharing at least one band key, in the order they were added, with its similarity.</summary>
    public IReadOnlyList<NearDuplicateMatch> Candidates(MinHashSketch sketch, IReadOnlyList<long> bandKeys)
    {
        CheckShape(sketch, bandKeys);
        var ordinals = new List<int>();
        var length = slots.Length;
        foreach (var key in bandKeys)
        {
            var tag = Tag(key);
            for (var i = Home(tag, slots.Length); slots[i] != 0; i = i + 1 == length ? 0 : i + 1)
            {
                if ((uint)(slots[i] >> 32) == tag)
                {
                    ordinals.Add((int)(uint)slots[i] - 1);
                }
            }
        }

        // An article found through several bands is compared once.
        ordinals.Sort();
        var matches = new List<NearDuplicateMatch>(ordinals.Count);
        for (var n = 0; n < ordinals.Count; n++)
        {
            var ordinal = ordinals[n];
            if (n > 0 && ordinals[n - 1] == ordinal)
            {
                continue;
            }

            var stored = sketchChunks[ordinal >> ChunkBits].AsSpan((ordinal & (ChunkSize - 1)) * options.SketchBytes, options.SketchBytes);
            matches.Add(new NearDuplicateMatch(idChunks[ordinal >> ChunkBits][ordinal & (ChunkSize - 1)], MinHashSketch.Similarity(sketch.Bytes, stored, options.SketchBits)));
        }

        return matches;
    }

    private void CheckShape(MinHashSketch sketch, IReadOnlyList<long> bandKeys)
    {
        ArgumentNullException.ThrowIfNull(sketch);
        ArgumentNullException.ThrowIfNull(bandKeys);
        if (sketch.Bits != options.SketchBits || sketch.Bytes.Length != options.SketchBytes || (bandKeys.Count != 0 && bandKeys.Count != options.Bands))
        {
            throw new ArgumentException(
                $"A sketch of {sketch.Bytes.Length} bytes of {sketch.Bits}-bit values with {bandKeys.Count} band keys does not fit an index of {options.SketchBytes}-byte sketches of {options.SketchBits}-bit values and {options.Bands} bands.");
        }
    }

    private void Grow()
    {
        var bigger = new ulong[Math.Max(slots.LongLength * 3 / 2, (long)Math.Ceiling((used + options.Bands) / MaxLoad) + 1)];
        foreach (var slot in slots)
        {
            if (slot != 0)
            {
                Insert(bigger, slot);
            }
        }

        slots = bigger;
    }

    private static void Insert(ulong[] table, ulong slot)
    {
        var i = Home((uint)(slot >> 32), table.Length);
        while (table[i] != 0)
        {
            i = i + 1 == table.Length ? 0 : i + 1;
        }

        table[i] = slot;
    }

    // A 32-bit key (what NearDuplicateDetector.BandKeys makes) is its own tag. Folding its sign-extended 64 bits
    // instead would flip every bit of a negative key, leaving the tags in [0, 2^31): only the first half of the table
    // would be home to any key, and at 80 % load it would overflow into one cluster as long as the table.
    private static uint Tag(long key) => key is >= int.MinValue and <= int.MaxValue ? (uint)key : (uint)((ulong)key ^ ((ulong)key >> 32));

    /// <summary>The longest run of occupied slots: what a lookup of an absent key may have to scan.</summary>
    internal int LongestRun()
    {
        int longest = 0, run = 0;
        foreach (var slot in slots)
        {
            run = slot == 0 ? 0 : run + 1;
            longest = Math.Max(longest, run);
        }

        return longest;
    }

    // Band keys are already well mixed: scale the tag onto the table instead of a modulo.
    private static int Home(uint tag, int length) => (int)(((ulong)tag * (ulong)length) >> 32);
}
