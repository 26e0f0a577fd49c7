using System.Text;
using Pipeline.Worker.Ingest;
using Xunit;

namespace Pipeline.Worker.Tests.Ingest;

public class TextDecoderTests
{
    private const string French = "L’été à Kyiv coûte 5 € — « déjà » ŒUVRE";

    [Fact]
    public void Utf8_without_bom_is_read_as_utf8()
    {
        var decoded = TextDecoder.Decode(Encoding.UTF8.GetBytes(French));

        Assert.Equal(French, decoded.Text);
        Assert.Equal("utf-8", decoded.Encoding);
        Assert.False(decoded.HadByteOrderMark);
    }

    [Fact]
    public void Utf8_with_bom_loses_the_bom_and_keeps_the_text()
    {
        var decoded = TextDecoder.Decode([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(French)]);

        Assert.Equal(French, decoded.Text);
        Assert.Equal("utf-8", decoded.Encoding);
        Assert.True(decoded.HadByteOrderMark);
    }

    [Fact]
    public void Utf16_little_endian_with_bom_is_decoded()
    {
        var decoded = TextDecoder.Decode([0xFF, 0xFE, .. Encoding.Unicode.GetBytes(French)]);

        Assert.Equal(French, decoded.Text);
        Assert.Equal("utf-16le", decoded.Encoding);
    }

    [Fact]
    public void Utf16_big_endian_with_bom_is_decoded()
    {
        var decoded = TextDecoder.Decode([0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(French)]);

        Assert.Equal(French, decoded.Text);
        Assert.Equal("utf-16be", decoded.Encoding);
    }

    [Fact]
    public void Windows_1252_bytes_decode_accents_euro_and_typographic_quotes()
    {
        // "L'été coûte 5 €" with a typographic apostrophe, as Windows Notepad writes it.
        byte[] bytes = [(byte)'L', 0x92, 0xE9, (byte)'t', 0xE9, (byte)' ', (byte)'c', (byte)'o', 0xFB, (byte)'t', (byte)'e', (byte)' ', (byte)'5', (byte)' ', 0x80];

        var decoded = TextDecoder.Decode(bytes);

        Assert.Equal("L’été coûte 5 €", decoded.Text);
        Assert.Equal("windows-1252", decoded.Encoding);
    }

    [Fact]
    public void Latin1_text_that_is_not_valid_utf8_falls_back_to_windows_1252()
    {
        var latin1 = Encoding.Latin1.GetBytes("Très français, garçon, naïf, Ærø");

        var decoded = TextDecoder.Decode(latin1);

        Assert.Equal("Très français, garçon, naïf, Ærø", decoded.Text);
        Assert.Equal("windows-1252", decoded.Encoding);
    }

    [Fact]
    public void Invalid_utf8_sequence_in_otherwise_ascii_text_falls_back()
    {
        byte[] bytes = [.. "abc "u8, 0xC3, 0x28, .. " def"u8];

        var decoded = TextDecoder.Decode(bytes);

        Assert.Equal("windows-1252", decoded.Encoding);
        Assert.Equal("abc Ã( def", decoded.Text);
    }

    [Fact]
    public void Bytes_with_nul_are_rejected_as_not_text()
    {
        byte[] bytes = [.. "PK"u8, 0x03, 0x04, 0x00, 0x00, .. "binary"u8];

        var rejection = Assert.Throws<ArticleRejectedException>(() => TextDecoder.Decode(bytes));

        Assert.Contains("not text", rejection.Message);
        Assert.Contains("NUL", rejection.Message);
    }

    [Fact]
    public void Utf16_without_bom_is_rejected_with_a_reason_naming_it()
    {
        var rejection = Assert.Throws<ArticleRejectedException>(() => TextDecoder.Decode(Encoding.Unicode.GetBytes("hello")));

        Assert.Contains("UTF-16 without a byte order mark", rejection.Message);
    }

    [Fact]
    public void Text_full_of_control_characters_is_rejected()
    {
        var bytes = Enumerable.Range(0, 200).Select(i => (byte)(i % 2 == 0 ? 0x01 : 'a')).ToArray();

        Assert.Throws<ArticleRejectedException>(() => TextDecoder.Decode(bytes));
    }

    [Fact]
    public void A_stray_control_character_is_dropped_not_fatal()
    {
        var text = new string('a', 300) + "\u0007" + new string('b', 300);

        var decoded = TextDecoder.Decode(Encoding.UTF8.GetBytes(text));

        Assert.Equal(new string('a', 300) + new string('b', 300), decoded.Text);
    }

    [Fact]
    public void Decomposed_accents_are_composed_to_nfc()
    {
        var decoded = TextDecoder.Decode(Encoding.UTF8.GetBytes("cafe\u0301 re\u0301sume\u0301"));

        Assert.Equal("caf\u00E9 r\u00E9sum\u00E9", decoded.Text);
    }

    [Theory]
    [InlineData("one\r\ntwo\r\n", "one\ntwo\n")]
    [InlineData("one\rtwo", "one\ntwo")]
    [InlineData("one\r\n\r\ntwo", "one\n\ntwo")]
    public void Line_endings_become_newlines(string input, string expected)
    {
        Assert.Equal(expected, TextDecoder.Decode(Encoding.UTF8.GetBytes(input)).Text);
    }
}
