using System.Buffers.Binary;

namespace Pipeline.Analysis.Duplicates;

/// <summary>
/// Band keys packed into one blob (4 bytes each, little-endian), for a store that keeps them beside the sketch in
/// the article's row and looks them up in an in-memory <see cref="NearDuplicateIndex"/> instead of a band table.
/// </summary>
public static class BandKeyPacking
{
    public static byte[] Pack(IReadOnlyList<long> bandKeys)
    {
        ArgumentNullException.ThrowIfNull(bandKeys);
        var bytes = new byte[bandKeys.Count * 4];
        for (var i = 0; i < bandKeys.Count; i++)
        {
            BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(i * 4), checked((int)bandKeys[i]));
        }

        return bytes;
    }

    public static IReadOnlyList<long> Unpack(byte[] packed)
    {
        ArgumentNullException.ThrowIfNull(packed);
        if (packed.Length % 4 != 0)
        {
            throw new ArgumentException($"Packed band keys take 4 bytes each; {packed.Length} bytes is not a whole number of keys.", nameof(packed));
        }

        var keys = new long[packed.Length / 4];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = BinaryPrimitives.ReadInt32LittleEndian(packed.AsSpan(i * 4));
        }

        return keys;
    }
}
