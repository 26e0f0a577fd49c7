using Pipeline.Analysis.Duplicates;
using Xunit;

namespace Pipeline.Analysis.Tests.Duplicates;

public class TextFingerprintTests
{
    [Theory]
    [InlineData("Les Russes préparent", "Les Russes pre\u0301parent")] // composed and decomposed é
    [InlineData("50\u00A0000 soldats", "50 000 soldats")] // no-break space
    [InlineData("50\u202F000 soldats", "50 000 soldats")] // narrow no-break space
    [InlineData("l’oblast de Koursk", "l'oblast de Koursk")] // typographic apostrophe
    [InlineData("“imminent” attack", "\"imminent\" attack")] // curly double quotes
    [InlineData("« l’intention d’utiliser »", "\"l'intention d'utiliser\"")] // guillemets with French spacing
    [InlineData("criant \" va comme les autres", "criant \"va comme les autres")] // tokenised OCR spacing
    [InlineData("Kyiv — the capital", "Kyiv - the capital")] // em dash
    [InlineData("Kyiv – the capital", "Kyiv - the capital")] // en dash
    [InlineData("−5 degrees", "-5 degrees")] // minus sign
    [InlineData("Leur objectif ? Reprendre", "Leur objectif? Reprendre")] // French space before ?
    [InlineData("first line\r\nsecond line", "first line\nsecond line")] // line endings
    [InlineData("  one\n\n  two   three \n", "one two three")] // whitespace runs and ends
    [InlineData("GUERRE EN UKRAINE", "Guerre en Ukraine")] // case
    [InlineData("con\u00ADtre\u200Boffensive", "contreoffensive")] // soft hyphen and zero-width space
    [InlineData("ﬁnal …", "final ...")] // NFKC ligature and ellipsis
    public void Texts_that_differ_only_in_presentation_share_a_fingerprint(string a, string b) =>
        Assert.Equal(TextFingerprint.Of(a), TextFingerprint.Of(b));

    [Theory]
    [InlineData("50 000 soldats", "60 000 soldats")]
    [InlineData("50 000 soldats", "50000 soldats")]
    [InlineData("Les Russes préparent", "Les Russes preparent")] // accents are content for exact copies
    [InlineData("l'armée", "larmée")]
    public void Texts_that_differ_in_content_have_different_fingerprints(string a, string b) =>
        Assert.NotEqual(TextFingerprint.Of(a), TextFingerprint.Of(b));

    [Fact]
    public void The_fingerprint_is_the_lower_case_hex_sha256_of_the_normalised_utf8_text()
    {
        // SHA-256("abc") from FIPS 180-2, appendix B.1.
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", TextFingerprint.Of("  ABC\n"));
    }

    [Fact]
    public void Normalising_drops_the_spaces_around_double_quotes_whatever_the_quoting_style()
    {
        Assert.Equal("dit\"oui\"hier", DuplicateText.Normalize("dit «\u00A0oui\u00A0» hier"));
        Assert.Equal("dit\"oui\"hier", DuplicateText.Normalize("dit \" oui \" hier"));
    }

    [Fact]
    public void Words_for_shingling_drop_accents_case_and_punctuation()
    {
        Assert.Equal(["etats", "unis", "l", "armee", "50", "000"], DuplicateText.Words("États-Unis : l’Armée, 50 000."));
    }
}
