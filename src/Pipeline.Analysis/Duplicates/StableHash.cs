namespace Pipeline.Analysis.Duplicates;

/// <summary>
/// Hashes that give the same value in every process and on every machine, unlike <c>string.GetHashCode</c>:
/// signatures and band keys are stored and compared across workers and restarts.
/// </summary>
internal static class StableHash
{
    /// <summary>SplitMix64's finaliser: a bijection of 64-bit values that spreads every input bit over the output.</summary>
    public static ulong Mix(ulong x)
    {
        x += 0x9E3779B97F4A7C15UL;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }

    /// <summary>FNV-1a over the UTF-16 code units of <paramref name="word"/>, then mixed.</summary>
    public static ulong Of(string word)
    {
        var h = 0xCBF29CE484222325UL;
        foreach (var c in word)
        {
            h = (h ^ c) * 0x100000001B3UL;
        }

        return Mix(h);
    }
}
