using System.Runtime.Intrinsics.X86;

namespace Pipeline.Analysis.Languages;

/// <summary>
/// ELD's n-grams (packed into a ulong each) and where their (language, score) pairs start in one flat array. The
/// table (8 MB) is far larger than the CPU caches, so a text's n-grams are looked up together, each slot fetched
/// ahead of use: a sentence's fifty lookups then wait for memory about once instead of three times each, which is
/// what a <see cref="Dictionary{TKey,TValue}"/> (bucket, entry, pairs) costs.
/// </summary>
internal sealed unsafe class EldNgramTable
{
    // Open addressing with linear probing; a packed n-gram is never 0, so 0 marks a free slot.
    private readonly Slot[] slots;
    private readonly int shift;
    private readonly (byte Language, byte Score)[] pairs;

    public EldNgramTable(IReadOnlyList<(ulong Key, int Offset, int Count)> ngrams, (byte Language, byte Score)[] pairs)
    {
        var capacity = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)(ngrams.Count * 2));
        shift = 64 - System.Numerics.BitOperations.Log2((uint)capacity);
        slots = GC.AllocateArray<Slot>(capacity, pinned: true);
        this.pairs = GC.AllocateArray<(byte, byte)>(pairs.Length, pinned: true);
        pairs.CopyTo(this.pairs, 0);
        foreach (var (key, offset, count) in ngrams)
        {
            var i = SlotOf(key);
            while (slots[i].Key != 0 && slots[i].Key != key)
            {
                i = (i + 1) & (slots.Length - 1);
            }

            slots[i] = new Slot(key, offset, count);
        }
    }

    /// <summary>Adds each n-gram's score (plus <paramref name="baseScore"/>) to every language it belongs to.</summary>
    public void AddScores(ReadOnlySpan<ulong> keys, Span<int> scores, int baseScore)
    {
        Span<int> found = stackalloc int[keys.Length];
        fixed (Slot* table = slots)
        fixed ((byte Language, byte Score)* flat = pairs)
        {
            if (Sse.IsSupported)
            {
                foreach (var key in keys)
                {
                    Sse.Prefetch0(table + SlotOf(key));
                }
            }

            var hits = 0;
            foreach (var key in keys)
            {
                var i = SlotOf(key);
                while (table[i].Key != key && table[i].Key != 0)
                {
                    i = (i + 1) & (slots.Length - 1);
                }

                if (table[i].Key == 0)
                {
                    continue;
                }

                found[hits++] = i;
                if (Sse.IsSupported)
                {
                    Sse.Prefetch0(flat + table[i].Offset);
                }
            }

            foreach (var i in found[..hits])
            {
                var slot = table[i];
                for (var p = flat + slot.Offset; p < flat + slot.Offset + slot.Count; p++)
                {
                    scores[p->Language] += p->Score + baseScore;
                }
            }
        }
    }

    private int SlotOf(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> shift);

    private readonly record struct Slot(ulong Key, int Offset, int Count);
}
