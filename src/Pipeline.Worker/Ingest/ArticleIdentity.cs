using System.Security.Cryptography;
using System.Text;

namespace Pipeline.Worker.Ingest;

/// <summary>
/// The article id: the first 16 bytes of SHA-256 over the file name relative to the inbox and the file's bytes, so a
/// file dropped again (or re-published after a crash between publish and move) keeps its id and the store's
/// idempotent writes absorb it, while an edited file becomes a new article.
/// </summary>
public static class ArticleIdentity
{
    public static Guid Of(string relativeFileName, ReadOnlySpan<byte> bytes)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(Encoding.UTF8.GetBytes(CanonicalName(relativeFileName)));
        sha.AppendData([0]);
        sha.AppendData(bytes);
        Span<byte> hash = stackalloc byte[32];
        sha.GetHashAndReset(hash);

        // Mark it an RFC 9562 version 8 (custom) UUID so nobody mistakes it for a random one.
        hash[7] = (byte)((hash[7] & 0x0F) | 0x80);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash[..16]);
    }

    /// <summary>Forward slashes and NFC, so the same file has the same name on every platform.</summary>
    public static string CanonicalName(string relativeFileName)
    {
        var name = relativeFileName.Replace('\\', '/');
        while (name.StartsWith("./", StringComparison.Ordinal))
        {
            name = name[2..];
        }

        return name.Normalize(NormalizationForm.FormC);
    }
}
