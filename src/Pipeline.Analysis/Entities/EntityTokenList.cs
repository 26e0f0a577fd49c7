namespace Pipeline.Analysis.Entities;

/// <summary>
/// The tokens of one text, read in place: the reading asks for a token's fields tens of thousands of times per
/// article, and a <see cref="List{T}"/> of structs would copy the whole token for each.
/// </summary>
internal sealed class EntityTokenList
{
    private EntityToken[] items = new EntityToken[256];

    public int Count { get; private set; }

    public int Capacity => items.Length;

    public ref readonly EntityToken this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)Count, nameof(index));
            return ref items[index];
        }
    }

    public void Add(in EntityToken token)
    {
        if (Count == items.Length)
        {
            Array.Resize(ref items, items.Length * 2);
        }

        items[Count++] = token;
    }

    public void Clear() => Count = 0;

    public ReadOnlySpan<EntityToken> AsSpan() => items.AsSpan(0, Count);
}
