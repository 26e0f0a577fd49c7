namespace Pipeline.Analysis.Duplicates;

/// <summary>
/// The stored form of a <see cref="MinHashSignature"/>: the lowest <see cref="Bits"/> bits of each value
/// ("b-bit MinHash", Li and König 2010), packed. With 4 bits, 128 permutations take 64 bytes, an eighth of the
/// full signature, and estimate similarities near the threshold about as well as 8 bits would; two unrelated
/// values then agree by chance one time in 16, which <see cref="Similarity"/> corrects for.
/// </summary>
/// <param name="Bytes">Values packed low nibble first (4 bits) or one per byte (8 bits).</param>
/// <param name="Bits">Bits kept per value: 4 or 8.</param>
public sealed record MinHashSketch(byte[] Bytes, int Bits)
{
    /// <summary>Number of values in the sketch.</summary>
    public int Count => Bytes.Length * 8 / Bits;

    /// <summary>Estimated Jaccard similarity, corrected for chance agreement of b-bit values; 0 to 1.</summary>
    public double Similarity(MinHashSketch other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.Bits != Bits)
        {
            throw new ArgumentException($"Sketches of {Bits} and {other.Bits} bits per value cannot be compared.", nameof(other));
        }

        return Similarity(Bytes, other.Bytes, Bits);
    }

    /// <summary>Packs the lowest <paramref name="bits"/> bits of each value.</summary>
    public static MinHashSketch Of(uint[] values, int bits)
    {
        ArgumentNullException.ThrowIfNull(values);
        switch (bits)
        {
            case 8:
                return new MinHashSketch(values.Select(v => (byte)v).ToArray(), 8);
            case 4 when values.Length % 2 == 0:
                var bytes = new byte[values.Length / 2];
                for (var i = 0; i < bytes.Length; i++)
                {
                    bytes[i] = (byte)((values[2 * i] & 0xF) | ((values[(2 * i) + 1] & 0xF) << 4));
                }

                return new MinHashSketch(bytes, 4);
            default:
                throw new ArgumentException($"Sketches keep 4 bits (of an even number of values) or 8 bits per value, not {bits} bits of {values.Length}.", nameof(bits));
        }
    }

    internal static double Similarity(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b, int bits)
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
        var count = a.Length;
        if (bits == 8)
        {
            for (var i = 0; i < a.Length; i++)
            {
                same += a[i] == b[i] ? 1 : 0;
            }
        }
        else
        {
            count *= 2;
            for (var i = 0; i < a.Length; i++)
            {
                var x = a[i] ^ b[i];
                same += ((x & 0x0F) == 0 ? 1 : 0) + ((x & 0xF0) == 0 ? 1 : 0);
            }
        }

        var chance = 1.0 / (1 << bits);
        var agreement = (double)same / count;
        return Math.Clamp((agreement - chance) / (1 - chance), 0, 1);
    }

    public bool Equals(MinHashSketch? other) => other is not null && Bits == other.Bits && Bytes.AsSpan().SequenceEqual(other.Bytes);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Bits);
        hash.AddBytes(Bytes);
        return hash.ToHashCode();
    }
}
