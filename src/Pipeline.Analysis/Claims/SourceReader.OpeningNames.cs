using Pipeline.Analysis.Text;

namespace Pipeline.Analysis.Claims;

/// <summary>Who a sentence is about, the name it opens on, for a pronoun or a description in the sentences after it.</summary>
internal sealed partial class SourceReader
{
    /// <summary>How many words a title's complement may take after its determiner ("de l'Intérieur", "des Affaires étrangères").</summary>
    private const int OpeningComplementWords = 3;

    /// <summary>
    /// The whole speaker a sentence opens on: a title goes on with its complement ("Le ministre | de l'Intérieur"), and a
    /// title with a person's name set in after it between commas ("La présidente de l'association, Sophie Morel, a
    /// visité") is that person.
    /// </summary>
    private (int Start, int End) OpeningSpeaker(int start, int end, int limit)
    {
        var tokens = article.Tokens;
        var lexicon = article.Lexicon;
        if (end < limit && !tokens[end - 1].Upper && lexicon.Of.Match(tokens, end, out _, out var k))
        {
            if (lexicon.Determiners.Match(tokens, k, out _, out var afterDeterminer))
            {
                k = afterDeterminer;
            }

            // The complement's first word, then capitalised words only: "de la Santé", "des Affaires étrangères".
            var words = 0;
            while (k < limit && words < OpeningComplementWords && tokens[k].Kind == TokenKind.Word && !article.IsBreakAt(k)
                && (words == 0 || tokens[k].Upper || (tokens[k - 1].Upper && !Elided(k))) && !lexicon.Auxiliaries.Match(tokens, k, out _, out _)
                && !lexicon.PassiveAuxiliaries.Match(tokens, k, out _, out _))
            {
                words++;
                k++;
            }

            if (words > 0)
            {
                end = k;
            }
        }

        // The determiner that opens the sentence is capitalised: the title's head tells whether a name is set in after it.
        var head = lexicon.Determiners.Match(tokens, start, out _, out var afterOpening) && afterOpening < end ? afterOpening : start;
        var apposed = names.Apposed(head, end, limit, nameOnly: true);
        return apposed.End != end ? apposed : (start, end);
    }

    /// <summary>Whether the word is elided before the next one ("s'", "l'"): a function word, no part of a name.</summary>
    private bool Elided(int k)
    {
        var token = article.Tokens[k];
        return token.Length > 0 && article.Text[token.Start + token.Length - 1] is '\'' or '’';
    }

    /// <summary>How many lower-case words may stand between a determiner and the name it opens ("le préfet Marc Dubois").</summary>
    private const int OpeningCommonWords = 1;

    /// <summary>
    /// The name that opens a sentence, as its subject: a run of capitalised words ("Mayor John Smith", "L'OMS"), or a
    /// determiner with one common noun and the capitalised words after it ("Le préfet Marc Dubois", "Le parquet", "The
    /// Red Cross"). Null when the sentence opens on anything else.
    /// </summary>
    private Mention? OpeningName(int first, int end, bool speakers = false)
    {
        var tokens = article.Tokens;
        var lexicon = article.Lexicon;
        var start = article.SkipLeadingStrip(first, end);
        // "Au Tchad, « … », a-t-elle détaillé": a sentence that opens on a place it is set in is not about a speaker there.
        if (start >= end || tokens[start].Kind != TokenKind.Word || lexicon.Pronouns.Match(tokens, start, out _, out _)
            || lexicon.SpeakerPronouns.Match(tokens, start, out _, out _) || lexicon.LocationIntros.Match(tokens, start, out _, out _))
        {
            return null;
        }

        var k = start;
        var determiner = lexicon.Determiners.Match(tokens, start, out _, out var afterDeterminer);
        if (determiner)
        {
            k = afterDeterminer;
        }

        var common = 0;
        var named = false;
        while (k < end && tokens[k].Kind == TokenKind.Word && !article.IsBreakAt(k))
        {
            if (tokens[k].Upper)
            {
                named = true;
            }
            else if (determiner && !named && common < OpeningCommonWords)
            {
                common++;
            }
            else
            {
                break;
            }

            k++;
            // "Le porte-parole": a word joined by a hyphen is one word.
            while (k + 1 < end && tokens[k].Id == lexicon.Vocabulary.HyphenId && tokens[k].Adjacent && tokens[k + 1] is { Kind: TokenKind.Word, Adjacent: true })
            {
                k += 2;
            }
        }

        // "L'institution internationale a révisé": where the head comes first, the adjectives after the common noun are the
        // same speaker's ("Elle" stands for "L'institution internationale", not "L'institution").
        if (determiner && !named && common > 0)
        {
            k = AdjectivesAfter(k, end);
        }

        var words = k - (determiner ? afterDeterminer : start);
        // A lone capitalised word may be capitalised only for opening the sentence ("Rescuers arrived"): it is a name when
        // the text writes it so elsewhere too, or when it is an acronym; else, for a plural pronoun after it, the sentence
        // may open on a bare plural of speakers ("Local officials visited the site. They said …").
        if (!determiner && words == 1 && !article.IsAcronym(start) && !CapitalisedElsewhere(start))
        {
            return speakers && SpeakersOpening(start, end) is var speakersEnd and > 0 ? article.MakeMention(start, speakersEnd, null) : null;
        }

        // "Le maire, Jean Dupont, a dit": a title may end at the comma of the name set in after it.
        return words > 0 && (named || common > 0) && k < end && (tokens[k].Kind == TokenKind.Word || article.IsComma(k))
            ? article.MakeMention(start, k, null)
            : null;
    }

    /// <summary>Past the lower-case adjectives that follow a head noun, in a language whose head comes first; the dictionary
    /// must know the word as an adjective and not as a verb's past form ("révisé").</summary>
    private int AdjectivesAfter(int k, int end)
    {
        var tokens = article.Tokens;
        var lexicon = article.Lexicon;
        if (!lexicon.HeadFirst || lexicon.Words is not { } words)
        {
            return k;
        }

        while (k < end && tokens[k] is { Kind: TokenKind.Word, Upper: false } && !article.IsBreakAt(k)
            && !lexicon.IsVerbWord(tokens[k].Id) && !lexicon.IsAuxiliaryWord(tokens[k].Id)
            && words.TryRead(article.Text.AsSpan(tokens[k].Start, tokens[k].Length), out var form) && form.IsAdjective && !form.IsPastForm)
        {
            k++;
        }

        return k;
    }

    /// <summary>Where a sentence's opening speaker noun phrase with no determiner ends ("Doctors", "Local officials"), when
    /// a word follows it; else -1.</summary>
    private int SpeakersOpening(int start, int end)
    {
        var tokens = article.Tokens;
        for (var k = start; k < end && k <= start + 1 && tokens[k].Kind == TokenKind.Word && !article.IsBreakAt(k); k++)
        {
            if (article.Lexicon.SpeakerNouns.Match(tokens, k, out _, out var nounEnd) && nounEnd < end && tokens[nounEnd].Kind == TokenKind.Word)
            {
                return nounEnd;
            }
        }

        return -1;
    }

    /// <summary>Whether the word stands capitalised somewhere in the text where nothing but a name would capitalise it.</summary>
    private bool CapitalisedElsewhere(int token)
    {
        var tokens = article.Tokens;
        var word = article.Text.AsSpan(tokens[token].Start, tokens[token].Length);
        for (var k = 1; k < tokens.Count; k++)
        {
            if (k != token && tokens[k].Upper && tokens[k].Length == word.Length && !tokens[k].LineStart && !article.IsBreak(tokens[k - 1])
                && tokens[k - 1].Kind == TokenKind.Word && article.Text.AsSpan(tokens[k].Start, tokens[k].Length).SequenceEqual(word))
            {
                return true;
            }
        }

        return false;
    }
}
