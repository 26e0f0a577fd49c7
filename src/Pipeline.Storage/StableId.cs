using System.Security.Cryptography;
using System.Text;

namespace Pipeline.Storage;

/// <summary>Name-based ids: the same name always gives the same id, so a redelivered message writes the same rows.</summary>
public static class StableId
{
    public static Guid From(string name)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(name), hash);
        var bytes = hash[..16];
        // RFC 9562 version 8 (custom) with the RFC variant, so the value is a well-formed UUID.
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x80);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }

    public static Guid ForClaim(Guid articleId, int ordinal) => From($"claim:{articleId:N}:{ordinal}");

    public static Guid ForClaimGroup(string key) => From($"claim-group:{key}");
}
