namespace Pipeline.Analysis.Duplicates;

/// <summary>
/// Settings of near-duplicate detection. Signatures and band keys made with different <see cref="Permutations"/>,
/// <see cref="ShingleSize"/>, <see cref="Bands"/>, <see cref="Rows"/> or <see cref="Seed"/> cannot be compared:
/// changing one means re-indexing every stored article. <see cref="Threshold"/> alone can change at any time.
/// The defaults were chosen by measurement (docs/evaluation.md, "Duplicates").
/// </summary>
public sealed record NearDuplicateOptions
{
    /// <summary>Estimated Jaccard similarity of word shingles from which an article is a near duplicate.</summary>
    public double Threshold { get; init; } = 0.25;

    /// <summary>Number of hash functions, that is values in a signature and bytes in a sketch.</summary>
    public int Permutations { get; init; } = 128;

    /// <summary>Words per shingle.</summary>
    public int ShingleSize { get; init; } = 2;

    /// <summary>
    /// Words with fewer letters than this are left out before shingling, so that "de la", "il a" or "of the" do not make
    /// every article of a language a candidate of every other at a million articles. Numbers are always kept.
    /// 1 keeps every word.
    /// </summary>
    public int MinimumWordLength { get; init; } = 4;

    /// <summary>LSH bands: how many band keys each article gets in the index.</summary>
    public int Bands { get; init; } = 20;

    /// <summary>Signature values hashed together into one band key; <see cref="Bands"/> × <see cref="Rows"/> ≤ <see cref="Permutations"/>.</summary>
    public int Rows { get; init; } = 2;

    /// <summary>Bits of each signature value kept in the stored sketch: 4 or 8 (see <see cref="MinHashSketch"/>).</summary>
    public int SketchBits { get; init; } = 4;

    /// <summary>Bytes of one stored sketch.</summary>
    public int SketchBytes => Permutations * SketchBits / 8;

    /// <summary>Seed of the hash family. Fixed so that every worker and every restart computes the same signatures.</summary>
    public ulong Seed { get; init; } = 0x5049_5045_4C49_4E45UL; // "PIPELINE"

    /// <summary>The settings as shipped.</summary>
    public static NearDuplicateOptions Default { get; } = new();

    /// <summary>The problems with these settings, empty when they are usable.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (Threshold is <= 0 or > 1 || double.IsNaN(Threshold))
        {
            problems.Add($"Threshold must be in (0, 1], not {Threshold}.");
        }

        if (Permutations is < 1 or > 4096)
        {
            problems.Add($"Permutations must be between 1 and 4096, not {Permutations}.");
        }

        if (SketchBits is not (4 or 8) || (SketchBits == 4 && Permutations % 2 != 0))
        {
            problems.Add($"SketchBits must be 4 (with an even number of permutations) or 8, not {SketchBits}.");
        }

        if (MinimumWordLength is < 1 or > 16)
        {
            problems.Add($"MinimumWordLength must be between 1 and 16, not {MinimumWordLength}.");
        }

        if (ShingleSize is < 1 or > 16)
        {
            problems.Add($"ShingleSize must be between 1 and 16, not {ShingleSize}.");
        }

        if (Bands < 1 || Rows < 1 || (long)Bands * Rows > Permutations)
        {
            problems.Add($"Bands ({Bands}) × Rows ({Rows}) must be at least 1 and at most Permutations ({Permutations}).");
        }

        return problems;
    }

    /// <summary>Throws when <see cref="Problems"/> finds any.</summary>
    public NearDuplicateOptions Validated()
    {
        var problems = Problems();
        return problems.Count == 0 ? this : throw new ArgumentException("Invalid near-duplicate options: " + string.Join(" ", problems));
    }
}
