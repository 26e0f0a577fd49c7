namespace Pipeline.Analysis.Duplicates;

/// <summary>
/// Computes the duplicate keys of a text: the exact fingerprint, a MinHash signature over word shingles with a
/// fixed seeded hash family, its compact sketch and its LSH band keys. Pure and thread-safe.
/// </summary>
public sealed class NearDuplicateDetector
{
    private readonly ulong[] multipliers;
    private readonly ulong[] increments;
    private readonly ulong[] bandSeeds;

    public NearDuplicateDetector(NearDuplicateOptions? options = null)
    {
        Options = (options ?? NearDuplicateOptions.Default).Validated();
        var state = Options.Seed;
        multipliers = new ulong[Options.Permutations];
        increments = new ulong[Options.Permutations];
        for (var i = 0; i < Options.Permutations; i++)
        {
            multipliers[i] = Next(ref state) | 1;
            increments[i] = Next(ref state);
        }

        bandSeeds = new ulong[Options.Bands];
        for (var b = 0; b < Options.Bands; b++)
        {
            bandSeeds[b] = Next(ref state);
        }
    }

    public NearDuplicateOptions Options { get; }

    /// <summary>Fingerprint, signature, sketch and band keys of <paramref name="text"/>.</summary>
    public DuplicateKeys Describe(string text)
    {
        var signature = Sign(text);
        return new DuplicateKeys(TextFingerprint.Of(text), signature, signature.ToSketch(Options.SketchBits), BandKeys(signature));
    }

    /// <summary>MinHash signature of the text's word shingles (<see cref="DuplicateText.Words"/>).</summary>
    public MinHashSignature Sign(string text) => Sign(DuplicateText.Words(text));

    /// <summary>MinHash signature of a list of words already split by <see cref="DuplicateText.Words"/>.</summary>
    public MinHashSignature Sign(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var values = new uint[Options.Permutations];
        Array.Fill(values, uint.MaxValue);
        foreach (var shingle in ShingleHashes(words))
        {
            for (var i = 0; i < values.Length; i++)
            {
                // Multiply-shift hashing of an already mixed 64-bit shingle hash: a 2-universal family whose
                // upper 32 bits behave as independent permutations for MinHash.
                var v = (uint)((multipliers[i] * shingle + increments[i]) >> 32);
                if (v < values[i])
                {
                    values[i] = v;
                }
            }
        }

        return new MinHashSignature(values);
    }

    /// <summary>
    /// One key per band: the band's number and the full 32-bit values of its <see cref="NearDuplicateOptions.Rows"/>
    /// positions, hashed; every key is a signed 32-bit value (carried in a <c>long</c> for SQL), so a 4-byte
    /// integer column holds it. Empty for the signature of a text without words.
    /// </summary>
    public IReadOnlyList<long> BandKeys(MinHashSignature signature)
    {
        ArgumentNullException.ThrowIfNull(signature);
        if (signature.Values.Length != Options.Permutations)
        {
            throw new ArgumentException($"The signature has {signature.Values.Length} values; these options make {Options.Permutations}.", nameof(signature));
        }

        if (signature.IsEmpty)
        {
            return [];
        }

        var keys = new long[Options.Bands];
        for (var b = 0; b < keys.Length; b++)
        {
            var h = bandSeeds[b];
            for (var r = 0; r < Options.Rows; r++)
            {
                h = StableHash.Mix(h ^ signature.Values[(b * Options.Rows) + r]);
            }

            // 32 bits are plenty (a chance collision per band is one in four billion articles) and let the
            // store keep each key in a 4-byte integer.
            keys[b] = (int)h;
        }

        return keys;
    }

    /// <summary>Whether a similarity from <see cref="MinHashSketch.Similarity"/> makes a near duplicate.</summary>
    public bool IsNearDuplicate(double similarity) => similarity >= Options.Threshold;

    /// <summary>A sketch read back from the store, checked against these options.</summary>
    public MinHashSketch StoredSketch(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        return bytes.Length == Options.SketchBytes
            ? new MinHashSketch(bytes, Options.SketchBits)
            : throw new ArgumentException($"A stored sketch of {bytes.Length} bytes does not fit these options ({Options.SketchBytes} bytes).", nameof(bytes));
    }

    /// <summary>
    /// The duplicate stage's decision among candidates the store found through shared band keys: the most similar
    /// at or above the threshold, ties going to the one that came first in <paramref name="candidatesInArrivalOrder"/>
    /// (so the original stays the original); null when none reaches the threshold.
    /// </summary>
    public NearDuplicateMatch? BestMatch(MinHashSketch sketch, IEnumerable<(Guid ArticleId, MinHashSketch Sketch)> candidatesInArrivalOrder)
    {
        ArgumentNullException.ThrowIfNull(sketch);
        ArgumentNullException.ThrowIfNull(candidatesInArrivalOrder);
        NearDuplicateMatch? best = null;
        foreach (var (id, candidate) in candidatesInArrivalOrder)
        {
            var similarity = sketch.Similarity(candidate);
            if (IsNearDuplicate(similarity) && (best is null || similarity > best.Value.Similarity))
            {
                best = new NearDuplicateMatch(id, similarity);
            }
        }

        return best;
    }

    private IEnumerable<ulong> ShingleHashes(IReadOnlyList<string> words)
    {
        var kept = new List<ulong>(words.Count);
        foreach (var word in words)
        {
            if (word.Length >= Options.MinimumWordLength || char.IsDigit(word[0]))
            {
                kept.Add(StableHash.Of(word));
            }
        }

        if (kept.Count == 0)
        {
            // Only short words ("Il y a 3 ans"): better a signature of them than none.
            kept.AddRange(words.Select(StableHash.Of));
        }

        if (kept.Count == 0)
        {
            yield break;
        }

        var wordHashes = kept.ToArray();

        // A text shorter than one shingle is a single shingle of all its words.
        var size = Math.Min(Options.ShingleSize, wordHashes.Length);
        for (var start = 0; start + size <= wordHashes.Length; start++)
        {
            var h = Options.Seed;
            for (var j = 0; j < size; j++)
            {
                h = StableHash.Mix(h ^ wordHashes[start + j]);
            }

            yield return h;
        }
    }

    private static ulong Next(ref ulong state)
    {
        state += 0x9E3779B97F4A7C15UL;
        var z = state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
