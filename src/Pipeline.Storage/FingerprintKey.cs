using System.Security.Cryptography;
using System.Text;

namespace Pipeline.Storage;

/// <summary>
/// The 16 bytes of an exact fingerprint the duplicate index stores: the first half of its SHA-256. The hex SHA-256
/// the stage computes takes 64 bytes as text; 128 bits keep the check exact in practice (two different texts meet by
/// chance with odds of about 10^-27 among a million articles) at a quarter of the room, in the row and in its index.
/// </summary>
internal static class FingerprintKey
{
    public static Guid Of(string fingerprint)
    {
        ArgumentNullException.ThrowIfNull(fingerprint);
        return new Guid(SHA256.HashData(Encoding.UTF8.GetBytes(fingerprint)).AsSpan(0, 16));
    }
}
