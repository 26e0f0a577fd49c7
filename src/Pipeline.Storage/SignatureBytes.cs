using System.Buffers.Binary;

namespace Pipeline.Storage;

/// <summary>MinHash signatures as little-endian bytes, the same on every machine.</summary>
public static class SignatureBytes
{
    public static byte[] FromValues(uint[] values)
    {
        var bytes = new byte[values.Length * 4];
        for (var i = 0; i < values.Length; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i * 4), values[i]);
        }

        return bytes;
    }

    public static uint[] ToValues(byte[] bytes)
    {
        var values = new uint[bytes.Length / 4];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(i * 4));
        }

        return values;
    }
}
