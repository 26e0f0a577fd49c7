using System.Security.Cryptography;
using System.Text;

namespace Pipeline.Analysis.Duplicates;

/// <summary>Fingerprint of a text after <see cref="DuplicateText.Normalize"/>: equal fingerprints mean exact duplicates.</summary>
public static class TextFingerprint
{
    /// <summary>Lower-case hex SHA-256 (64 characters) of the UTF-8 bytes of the normalised text.</summary>
    public static string Of(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(DuplicateText.Normalize(text))));
}
