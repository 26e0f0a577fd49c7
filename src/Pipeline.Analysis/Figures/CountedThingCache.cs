using System.Collections.Concurrent;

namespace Pipeline.Analysis.Figures;

/// <summary>Counted things already read, by the text of their phrase; read by span, so a repeated noun costs one lookup and no allocation.</summary>
internal sealed class CountedThingCache(int capacity)
{
    private readonly ConcurrentDictionary<string, CountedThing> things = new(StringComparer.Ordinal);

    public bool TryGet(ReadOnlySpan<char> text, out CountedThing thing) =>
        things.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text, out thing!);

    public void Add(CountedThing thing)
    {
        if (things.Count < capacity)
        {
            things.TryAdd(thing.Text, thing);
        }
    }
}
