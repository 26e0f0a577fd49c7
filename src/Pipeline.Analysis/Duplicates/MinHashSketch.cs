namespace Pipeline.Analysis.Duplicates;

/// <summary>
/// The stored form of a <see cref="MinHashSignature"/>: one byte per permutation (the value's lowest 8 bits,
/// "b-bit MinHash", Li and König 2010). A quarter of the size of the full signature; two unrelated values
/// then agree by chance one time in 256, which <see cref="Similarity"/> corrects for.
/// </summary>
public sealed record MinHashSketch(byte[] Bytes)
{
    private const double ChanceAgreement = 1.0 / 256;

    /// <summary>Estimated Jaccard similarity, corrected for chance agreement of 8-bit values; 0 to 1.</summary>
    public double Similarity(MinHashSketch other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Similarity(Bytes, other.Bytes);
    }

    internal static double Similarity(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b)
    {
        if (a.Length != b.Length)
        {
            throw new ArgumentException($"Sketches of {a.Length} and {b.Length} bytes were made with different options.");
        }

        if (a.Length == 0)
        {
            return 0;
        }

        var same = 0;
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] == b[i])
            {
                same++;
            }
        }

        var agreement = (double)same / a.Length;
        return Math.Clamp((agreement - ChanceAgreement) / (1 - ChanceAgreement), 0, 1);
    }

    public bool Equals(MinHashSketch? other) => other is not null && Bytes.AsSpan().SequenceEqual(other.Bytes);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.AddBytes(Bytes);
        return hash.ToHashCode();
    }
}
