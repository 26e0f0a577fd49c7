namespace Pipeline.Analysis.Duplicates;

/// <summary>MinHash signature of a text's word shingles. Placeholder shape until the duplicates issue lands.</summary>
public sealed record MinHashSignature(uint[] Values)
{
    /// <summary>Estimated Jaccard similarity of the two texts' shingle sets.</summary>
    public double Similarity(MinHashSignature other)
    {
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
}
