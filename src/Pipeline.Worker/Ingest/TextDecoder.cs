using System.Text;

namespace Pipeline.Worker.Ingest;

/// <summary>
/// Turns a file's bytes into text. A byte order mark decides (UTF-8, UTF-16 LE/BE); without one the bytes are
/// UTF-8 when they are valid UTF-8, otherwise Windows-1252. Windows-1252 covers Latin-1 too: its printable range
/// 0xA0-0xFF is identical, and 0x80-0x9F holds the typographic quotes, dashes and euro sign that editors on
/// Windows write where Latin-1 has only invisible control codes.
/// </summary>
public static class TextDecoder
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly Encoding Utf16Le = new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly Encoding Utf16Be = new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly Encoding Windows1252 = LoadWindows1252();

    /// <summary>Decodes and normalises (NFC, <c>\n</c>); throws <see cref="ArticleRejectedException"/> when the bytes are not text.</summary>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        var (text, encoding, bom) = DecodeRaw(bytes);
        RejectBinary(text, encoding);
        return new DecodedText(TextNormalizer.Normalize(StripStrayControls(text)), encoding, bom);
    }

    private static (string Text, string Encoding, bool Bom) DecodeRaw(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return (Strict(StrictUtf8, bytes[3..], "UTF-8"), "utf-8", true);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (Strict(Utf16Le, bytes[2..], "UTF-16 LE"), "utf-16le", true);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (Strict(Utf16Be, bytes[2..], "UTF-16 BE"), "utf-16be", true);
        }

        if (bytes.IndexOf((byte)0) >= 0)
        {
            throw new ArticleRejectedException(
                $"not text: NUL byte at offset {bytes.IndexOf((byte)0)} (binary data, or UTF-16 without a byte order mark)");
        }

        try
        {
            return (StrictUtf8.GetString(bytes), "utf-8", false);
        }
        catch (DecoderFallbackException)
        {
            return (Windows1252.GetString(bytes), "windows-1252", false);
        }
    }

    private static string Strict(Encoding encoding, ReadOnlySpan<byte> bytes, string name)
    {
        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            throw new ArticleRejectedException($"not text: invalid {name} byte sequence after its byte order mark ({e.Message})");
        }
    }

    // A stray control character is debris worth dropping; many of them mean the file is not text at all.
    private static void RejectBinary(string text, string encoding)
    {
        var nul = text.IndexOf('\0');
        if (nul >= 0)
        {
            throw new ArticleRejectedException($"not text: NUL character at position {nul} after decoding as {encoding}");
        }

        var controls = text.Count(IsStrayControl);
        if (controls > Math.Max(2, text.Length / 100))
        {
            throw new ArticleRejectedException(
                $"not text: {controls} control characters in {text.Length} after decoding as {encoding} (binary data?)");
        }
    }

    private static string StripStrayControls(string text) =>
        text.Any(IsStrayControl) ? string.Concat(text.Where(c => !IsStrayControl(c))) : text;

    private static bool IsStrayControl(char c) =>
        char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f');

    private static Encoding LoadWindows1252()
    {
        // CodePagesEncodingProvider ships in the shared framework; registering twice is harmless.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }
}
