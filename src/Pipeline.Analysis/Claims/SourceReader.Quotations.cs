using Pipeline.Analysis.Figures;
using Pipeline.Analysis.Text;

namespace Pipeline.Analysis.Claims;

/// <summary>A figure inside a quotation is its speaker's, named after the quotation closes or before it opens, maybe paragraphs before.</summary>
internal sealed partial class SourceReader
{
    /// <summary>How many sentences a quotation may run over (within its paragraph), and how close after it its attribution stands.</summary>
    private const int QuoteReach = 8;
    private const int QuoteCueGap = 3;

    /// <summary>How many words the speaker's name may take before its verb after a quotation ("…,” Mayor Jane Doe said).</summary>
    private const int QuoteSpeakerWords = 6;

    /// <summary>
    /// A figure inside a quotation that runs over several sentences: its speaker is named right after the quotation
    /// closes ("« … », a-t-il ajouté", "\"…,\" he said") or, failing that, before it opens ("Le ministre a déclaré : « … »").
    /// </summary>
    private Attribution? Quoted(int sentence, Figure figure)
    {
        var sentences = article.Sentences;
        var figureToken = article.LowerBound(figure.Start);
        var lowest = article.TokenRange(sentences[Math.Max(0, sentence - QuoteReach)]).First;
        var open = -1;
        for (var k = figureToken - 1; k >= lowest; k--)
        {
            if (article.IsQuote(k))
            {
                open = article.OpensQuote(k) ? k : -1;
                break;
            }

            if (article.Tokens[k].LineStart)
            {
                break;
            }
        }

        if (open < 0)
        {
            return null;
        }

        var highest = article.TokenRange(sentences[Math.Min(sentences.Count - 1, sentence + QuoteReach)]).End;
        for (var k = figureToken; k < highest; k++)
        {
            if (k > figureToken && article.Tokens[k].LineStart)
            {
                break;
            }

            if (!article.IsQuote(k))
            {
                continue;
            }

            if (!article.OpensQuote(k))
            {
                var end = article.TokenRange(sentences[article.SentenceOf(k)]).End;
                for (var i = k + 1; i < end && i - k <= QuoteCueGap + QuoteSpeakerWords; i++)
                {
                    if (At(i, k, end, null, out var after) && after.Start - k <= QuoteCueGap)
                    {
                        return after;
                    }
                }
            }

            break;
        }

        var opener = article.TokenRange(sentences[article.SentenceOf(open)]).First;
        return Last(opener, open) ?? ColonFrame(opener, open)
            ?? (open == opener ? PreviousQuoteSpeaker(open) ?? ContinuedQuoteSpeaker(open, 0) ?? SpeakerBeforeQuotation(open) : null);
    }

    /// <summary>Whether no quotation mark stands between two tokens, so that they are in the same quotation when one is.</summary>
    private bool SameQuotation(int a, int b)
    {
        for (var k = Math.Min(a, b); k < Math.Max(a, b); k++)
        {
            if (article.IsQuote(k))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether a word is capitalised other than a determiner opening the sentence ("Tedros", "Mayor Jane Doe", not "The village").</summary>
    private bool CapitalisedBeyondDeterminer(int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (article.Tokens[k] is { Kind: TokenKind.Word, Upper: true } && !article.Lexicon.Determiners.Match(article.Tokens, k, out _, out _))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The colon frame of the first quotation opened between two tokens after a colon ("… catégorique : « … »"); else null.</summary>
    private Attribution? FramedQuotation(int first, int end)
    {
        for (var k = first + 1; k < end; k++)
        {
            if (article.IsQuote(k) && article.OpensQuote(k))
            {
                return ColonFrame(first, k);
            }
        }

        return null;
    }

    /// <summary>
    /// "La ministre a été claire : « … »", "The minister was categorical: "…"": a quotation a colon opens after a clause
    /// with no reporting verb, whose subject is a speaker (a speaker noun, an acronym or a capitalised name), quotes that
    /// subject, as "X a déclaré : « … »" does; else null.
    /// </summary>
    private Attribution? ColonFrame(int first, int open)
    {
        var tokens = article.Tokens;
        var colon = open - 1;
        if (colon <= first || tokens[colon].Kind != TokenKind.Symbol || article.Text[tokens[colon].Start] != ':')
        {
            return null;
        }

        var verb = -1;
        for (var k = first + 1; k < colon; k++)
        {
            if ((article.IsBreakAt(k) && !article.IsComma(k)) || article.IsQuote(k) || tokens[k].Kind == TokenKind.Number)
            {
                return null;
            }

            // "a été", "s'est montré", "was": the subject's verb, an auxiliary or a form of "be".
            if (verb < 0 && tokens[k] is { Kind: TokenKind.Word, Upper: false }
                && (article.Lexicon.IsAuxiliaryWord(tokens[k].Id) || article.Lexicon.PassiveAuxiliaries.Match(tokens, k, out _, out _)))
            {
                verb = k;
            }
        }

        if (verb < 0 || names.Before(first, verb, out var nameStart, out var nameEnd) != SpeakerKind.Named
            || !(NamesSpeaker(nameStart, nameEnd) || CapitalisedBeyondDeterminer(nameStart, nameEnd)))
        {
            return null;
        }

        return new Attribution(nameStart, colon, nameStart, nameEnd, SpeakerKind.Named);
    }

    /// <summary>At most this many tokens back from a paragraph's opening quotation mark to the one its quotation continues.</summary>
    private const int ContinuedQuoteReach = 600;

    /// <summary>At most this many paragraphs a quotation is followed back through.</summary>
    private const int ContinuedQuoteParagraphs = 4;

    /// <summary>
    /// "Le ministre a déclaré : « Nous avons perdu 12 soldats. ¶ « Nous avons aussi détruit 3 chars. »": a paragraph that
    /// opens on a quotation mark, after a paragraph whose quotation was left open, goes on with the same quotation, as
    /// typography marks a quotation running over paragraphs; its speaker is the one who opened it.
    /// </summary>
    private Attribution? ContinuedQuoteSpeaker(int open, int depth)
    {
        if (!article.Tokens[open].LineStart || depth >= ContinuedQuoteParagraphs)
        {
            return null;
        }

        for (var k = open - 1; k >= 0 && open - k <= ContinuedQuoteReach; k--)
        {
            if (!article.IsQuote(k))
            {
                continue;
            }

            if (!article.OpensQuote(k))
            {
                return null;
            }

            var opener = article.TokenRange(article.Sentences[article.SentenceOf(k)]).First;
            return Last(opener, k) ?? (k == opener ? PreviousQuoteSpeaker(k) ?? ContinuedQuoteSpeaker(k, depth + 1) : null);
        }

        return null;
    }

    /// <summary>
    /// "« Nous avons enregistré 2078 cas », a déclaré le professeur. « Le nombre de districts touchés est de 17. »": a
    /// quotation that makes a sentence of its own, with no speaker, goes on quoting the speaker of the sentence before
    /// when that sentence quotes someone.
    /// </summary>
    private Attribution? PreviousQuoteSpeaker(int open)
    {
        var sentence = article.SentenceOf(open);
        if (sentence == 0)
        {
            return null;
        }

        var (first, end) = article.TokenRange(article.Sentences[sentence - 1]);
        for (var k = first; k < end; k++)
        {
            if (article.IsQuote(k))
            {
                return Last(first, end);
            }
        }

        return null;
    }

    /// <summary>
    /// "Kalidou Sy évoque le chiffre de 24 morts. « Ils seraient une centaine … »", "The mayor described the damage. "More than
    /// 40 homes were destroyed."": a quotation that opens a sentence with no speaker of its own, right after a sentence whose
    /// speaker is named as its subject or after its verb (not through "selon"/"according to", which gives an account, not
    /// a voice), quotes that speaker.
    /// </summary>
    private Attribution? SpeakerBeforeQuotation(int open)
    {
        var sentence = article.SentenceOf(open);
        if (sentence == 0)
        {
            return null;
        }

        var (first, end) = article.TokenRange(article.Sentences[sentence - 1]);
        return MainSpeaker(first, end) is { Kind: SpeakerKind.Named, Introduced: false } speaker ? speaker : null;
    }
}
