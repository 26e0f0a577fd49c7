using Pipeline.Analysis.Duplicates;
using Xunit;

namespace Pipeline.Analysis.Tests.Duplicates;

public class RepeatedPassagesTests
{
    [Fact]
    public void The_headline_seed_004_prints_three_times_is_kept_once()
    {
        var text = Seeds.Read("004");
        var headline = text[..text.IndexOf('\n')];

        var repeats = RepeatedPassages.In(text).Repeats;

        // The headline holds two sentences ("… Nord-Coréens…" and "La Russie prépare …"), each repeated twice.
        Assert.Equal(4, repeats.Count);
        Assert.All(repeats, r => Assert.True(r.OriginalStart < headline.Length));
        Assert.All(repeats, r => Assert.True(r.Start > headline.Length));
        Assert.Equal(2, repeats.Count(r => text.Substring(r.Start, r.Length).StartsWith("50 000 soldats", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_figure_in_a_repeated_headline_is_counted_only_at_its_first_occurrence()
    {
        var text = Seeds.Read("004");
        var passages = RepeatedPassages.In(text);
        var figureOffsets = AllIndexesOf(text, "50 000 soldats");

        Assert.Equal([figureOffsets[0]], figureOffsets.Where(o => !passages.IsRepeat(o)).Take(1));
        Assert.True(figureOffsets.Count(o => !passages.IsRepeat(o)) < figureOffsets.Count);
        Assert.True(passages.IsRepeat(figureOffsets[1]));
        Assert.True(passages.IsRepeat(figureOffsets[2]));
    }

    [Fact]
    public void A_repeat_in_another_presentation_is_still_a_repeat()
    {
        var text = "Kyiv says 40 drones were shot down overnight.\nOther news.\nKYIV SAYS 40 DRONES WERE SHOT DOWN OVERNIGHT.";
        var repeat = Assert.Single(RepeatedPassages.In(text).Repeats);
        Assert.Equal(text.LastIndexOf("KYIV", StringComparison.Ordinal), repeat.Start);
        Assert.Equal(0, repeat.OriginalStart);
    }

    [Theory]
    [InlineData("L’armée a ﬁnalement reçu 1\u00A0800 chars « Leopard ».", "L\u02BCarmée a finalement reçu 1 800 chars \"Leopard\".")]
    [InlineData("Le bilan s'élève à 12 morts selon les secours.", "Le bilan s’élève à 12 morts selon les se\u00ADcours.")]
    [InlineData("Twenty-two were hurt, the ministry said.", "Twenty\u2011two were hurt, the ministry said.")]
    public void A_repeat_whose_letters_are_written_in_other_characters_is_still_a_repeat(string first, string copy)
    {
        // A ligature, a modifier apostrophe, a soft hyphen or a no-break hyphen: the letters a reader sees are the same.
        var text = $"{first}\nAutre chose ici.\n{copy}";
        var repeat = Assert.Single(RepeatedPassages.In(text).Repeats);
        Assert.Equal(text.LastIndexOf(copy, StringComparison.Ordinal), repeat.Start);
    }

    [Fact]
    public void Every_character_signed_from_the_table_signs_as_the_NFKC_form_of_its_sentence()
    {
        // Sentences are signed character by character from a table, and by NFKC only where a character needs its
        // neighbours; each character here, between letters and after an accented one, must sign as the whole sentence's
        // NFKC form does. A no-break space, an ellipsis, a superscript or a feminine ordinal changes under NFKC.
        var differ = new List<string>();
        for (var c = '\u0000'; c < '\u3100'; c++)
        {
            if (char.IsSurrogate(c))
            {
                continue;
            }

            foreach (var text in new[] { $"ab{c}cd", $"é{c}", $"{c}e", $"e{c}\u0301" })
            {
                if (TableSignature(text) is { } signed && signed != DuplicateText.LetterSignature(text, 0, text.Length))
                {
                    differ.Add($"U+{(int)c:X4}");
                }
            }
        }

        Assert.Empty(differ);
    }

    [Fact]
    public void Every_character_NFKC_composes_with_the_one_before_it_is_signed_with_its_sentence()
    {
        // NFKC joins a base and what follows it when the pair is some character's canonical decomposition ("e" + U+0301
        // is "é"): those second characters cannot be signed alone.
        var alone = new List<string>();
        for (var x = '\u00C0'; x < '\uFFFE'; x++)
        {
            if (char.IsSurrogate(x) || x is >= '\uFDD0' and <= '\uFDEF'
                || System.Globalization.CharUnicodeInfo.GetUnicodeCategory(x) == System.Globalization.UnicodeCategory.OtherNotAssigned)
            {
                continue;
            }

            var decomposed = x.ToString().Normalize(System.Text.NormalizationForm.FormD);
            foreach (var second in decomposed.Skip(1))
            {
                if (DuplicateText.SignatureLetterOf(second) != DuplicateText.NeedsComposing)
                {
                    alone.Add($"U+{(int)second:X4} in U+{(int)x:X4}");
                }
            }
        }

        Assert.Empty(alone);
        Assert.NotEqual(DuplicateText.NeedsComposing, DuplicateText.SignatureLetterOf('\u00A0'));
        Assert.Equal('a', DuplicateText.SignatureLetterOf('\u00AA'));
        Assert.Equal('\0', DuplicateText.SignatureLetterOf('…'));
    }

    [Fact]
    public void Short_phrases_that_recur_are_not_repeats()
    {
        Assert.Empty(RepeatedPassages.In("Attaque massive\nLe front bouge.\nAttaque massive\nLire aussi.\nLire aussi.").Repeats);
    }

    [Fact]
    public void A_text_without_repetition_has_no_repeats_and_is_kept_whole()
    {
        var text = Seeds.Read("003");
        var passages = RepeatedPassages.In(text);
        Assert.Empty(passages.Repeats);
        Assert.Equal([(0, text.Length)], passages.Kept(text.Length));
    }

    [Fact]
    public void The_kept_ranges_are_the_text_without_its_later_copies()
    {
        var text = "Une frappe a tué 12 civils à Kharkiv. Une frappe a tué 12 civils à Kharkiv. Fin.";
        var kept = RepeatedPassages.In(text).Kept(text.Length);
        Assert.Equal("Une frappe a tué 12 civils à Kharkiv.  Fin.", string.Concat(kept.Select(k => text.Substring(k.Start, k.Length))));
    }

    private static int? TableSignature(string text)
    {
        var hash = 0;
        foreach (var c in text)
        {
            var letter = DuplicateText.SignatureLetterOf(c);
            if (letter == DuplicateText.NeedsComposing)
            {
                return null;
            }

            if (letter != '\0')
            {
                hash = DuplicateText.Sign(hash, letter);
            }
        }

        return hash;
    }

    private static List<int> AllIndexesOf(string text, string value)
    {
        var offsets = new List<int>();
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + 1, StringComparison.Ordinal))
        {
            offsets.Add(i);
        }

        return offsets;
    }
}
