namespace Pipeline.Analysis.Duplicates;

/// <summary>
/// MinHash signature of a text's word shingles: value <c>i</c> is the smallest image of any shingle under the
/// <c>i</c>-th hash of the detector's seeded family. Two signatures from the same <see cref="NearDuplicateOptions"/>
/// agree at each position with probability equal to the Jaccard similarity of the two shingle sets.
/// </summary>
public sealed record MinHashSignature(uint[] Values)
{
    /// <summary>True when the text had no word at all; an empty text is never anyone's near duplicate.</summary>
    public bool IsEmpty => Values.Length == 0 || Array.TrueForAll(Values, v => v == uint.MaxValue);

    /// <summary>Estimated Jaccard similarity of the two texts' shingle sets (share of equal positions).</summary>
    public double Similarity(MinHashSignature other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.Values.Length != Values.Length)
        {
            throw new ArgumentException($"Signatures of {Values.Length} and {other.Values.Length} values were made with different options.", nameof(other));
        }

        var same = 0;
        for (var i = 0; i < Values.Length; i++)
        {
            if (Values[i] == other.Values[i])
            {
                same++;
            }
        }

        return Values.Length == 0 ? 0 : (double)same / Values.Length;
    }

    /// <summary>The compact form kept in the index: the lowest <paramref name="bits"/> bits of each value (b-bit MinHash).</summary>
    public MinHashSketch ToSketch(int bits) => MinHashSketch.Of(Values, bits);

    // Records compare arrays by reference; two signatures of the same text must be equal.
    public bool Equals(MinHashSignature? other) => other is not null && Values.AsSpan().SequenceEqual(other.Values);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.AddBytes(System.Runtime.InteropServices.MemoryMarshal.AsBytes(Values.AsSpan()));
        return hash.ToHashCode();
    }
}
