namespace Pipeline.Analysis.Duplicates;

/// <summary>Fingerprint of a text after normalisation: equal fingerprints mean exact duplicates. Placeholder until the duplicates issue lands.</summary>
public static class TextFingerprint
{
    public static string Of(string text)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));
    }
}
