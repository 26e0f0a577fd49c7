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
    [InlineData("Il a dit « oui » hier.")] // French guillemets, spaced
    [InlineData("Il a dit «\u00A0oui\u00A0» hier.")] // with no-break spaces
    [InlineData("Il a dit «\u202Foui\u202F» hier.")] // with narrow no-break spaces
    [InlineData("Il a dit «oui» hier.")]
    [InlineData("Il a dit \"oui\" hier.")] // straight double
    [InlineData("Il a dit “oui” hier.")] // typographic double
    [InlineData("Il a dit 'oui' hier.")] // straight single
    [InlineData("Il a dit ‘oui’ hier.")] // typographic single
    [InlineData("Il a dit „oui“ hier.")] // German low-9
    [InlineData("Il a dit ‚oui‘ hier.")]
    [InlineData("Il a dit ‹ oui › hier.")] // single guillemets
    [InlineData("Il a dit 「oui」 hier.")] // corner brackets
    [InlineData("Il a dit ＂oui＂ hier.")] // full-width
    public void A_copy_that_only_changed_its_quote_style_is_an_exact_duplicate(string copy) =>
        Assert.Equal(TextFingerprint.Of("Il a dit \"oui\" hier."), TextFingerprint.Of(copy));

    [Theory]
    [InlineData("L’armée n’a pas dit ‘jamais’ aujourd’hui.", "L'armée n'a pas dit \"jamais\" aujourd'hui.")]
    [InlineData("The soldiers’ families called it ‘imminent’.", "The soldiers' families called it \"imminent\".")]
    [InlineData("He said: “It’s ‘over’.”", "He said: \"It's 'over'.\"")] // nested quotes
    public void Apostrophes_and_quotes_of_either_style_in_one_text_share_a_fingerprint(string a, string b) =>
        Assert.Equal(TextFingerprint.Of(a), TextFingerprint.Of(b));

    [Theory]
    [InlineData("50 000 soldats", "60 000 soldats")]
    [InlineData("50 000 soldats", "50000 soldats")]
    [InlineData("Les Russes préparent", "Les Russes preparent")] // accents are content for exact copies
    [InlineData("l'armée", "larmée")]
    [InlineData("l’armée", "l armée")] // an apostrophe is not a space
    [InlineData("it’s", "its")]
    [InlineData("Il a dit « oui » hier.", "Il a dit oui hier.")] // a quoted word is not an unquoted one
    [InlineData("Il a dit « oui » hier.", "Il a dit « non » hier.")]
    [InlineData("Il a dit 'oui' hier.", "Il a dit ‘non’ hier.")]
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
        Assert.Equal("dit\"oui\"hier", DuplicateText.Normalize("dit ‘ oui ’ hier"));
    }

    [Fact]
    public void Normalising_keeps_an_apostrophe_inside_a_word_as_an_apostrophe() =>
        Assert.Equal("l'armée d'aujourd'hui", DuplicateText.Normalize("L’armée d’aujourd'hui"));

    [Fact]
    public void Words_for_shingling_drop_accents_case_and_punctuation()
    {
        Assert.Equal(["etats", "unis", "l", "armee", "50", "000"], DuplicateText.Words("États-Unis : l’Armée, 50 000."));
    }

    [Fact]
    public void Normalising_composes_every_character_as_NFKC_does_even_where_it_skips_the_normalisation()
    {
        // Normalising skips NFKC for text it cannot change; each character here, between letters, must normalise as its
        // NFKC form does: a character skipped wrongly (a ligature, a superscript, a no-break space) keeps its own form.
        var differ = new List<string>();
        for (var c = '\u0020'; c < '\u3100'; c++)
        {
            if (char.IsSurrogate(c))
            {
                continue;
            }

            var text = $"ab{c}cd é{c}";
            if (DuplicateText.Normalize(text) != DuplicateText.Normalize(text.Normalize(System.Text.NormalizationForm.FormKC)))
            {
                differ.Add($"U+{(int)c:X4}");
            }
        }

        Assert.Empty(differ);
    }
}
