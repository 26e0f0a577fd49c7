using Pipeline.Analysis.Figures;
using Pipeline.Analysis.Text;

namespace Pipeline.Analysis.Claims;

/// <summary>A conjunct that leaves out the reporting verb has a speaker of its own, the name right before its figure.</summary>
internal sealed partial class SourceReader
{
    /// <summary>How many words may stand between a reporting verb and the figure it takes ("reported at least 40").</summary>
    private const int GapObjectWords = 3;

    /// <summary>
    /// The speaker of a conjunct that leaves out the reporting verb before it: "Texas reported 198 cases and New Mexico 30",
    /// "…, followed by Tamil Nadu two and Gujarat, Uttar Pradesh and Maharashtra one each" (the first name of a list). The
    /// verb takes a figure of its own right after it, and the name stands right before this figure, after a comma or a
    /// [gap-opener]; else null.
    /// </summary>
    private Attribution? GappedSpeaker(Attribution reporting, Figure figure)
    {
        var tokens = article.Tokens;
        var lexicon = article.Lexicon;
        var at = article.LowerBound(figure.Start);
        var start = NameBefore(at, reporting.End);
        if (start == at || start <= reporting.End + 1)
        {
            return null;
        }

        // "Gujarat, Uttar Pradesh and Maharashtra one each": back to the list's first name.
        while (start - 2 > reporting.End && (article.IsComma(start - 1) || (lexicon.GapOpeners.MatchBefore(tokens, start, out _, out var and) && and == start - 1))
            && NameBefore(start - 1, reporting.End) is var previous && previous < start - 1)
        {
            start = previous;
        }

        var opener = start;
        if (lexicon.GapOpeners.MatchBefore(tokens, start, out _, out var openerStart))
        {
            opener = openerStart;
        }

        if (opener > 0 && article.IsComma(opener - 1))
        {
            opener--;
        }

        if (opener == start || opener <= reporting.End)
        {
            return null;
        }

        // The verb's own figure right after it: "reported | five deaths", "reported | at least 40", not "said | Russia lost
        // 40 tanks and Ukraine 12", where the verb left out is another's.
        var taken = false;
        for (var k = reporting.End; k < opener && k <= reporting.End + GapObjectWords; k++)
        {
            if (tokens[k].Kind == TokenKind.Number || lexicon.IsNumberWord(article.Text.AsSpan(tokens[k].Start, tokens[k].Length)))
            {
                taken = true;
                break;
            }

            if (tokens[k] is not { Kind: TokenKind.Word, Upper: false })
            {
                return null;
            }
        }

        for (var k = reporting.End; k < opener; k++)
        {
            if (article.IsBreakAt(k) && !article.IsComma(k))
            {
                return null;
            }
        }

        return taken ? new Attribution(start, at, start, at, SpeakerKind.Named) : null;
    }

    /// <summary>Where the name ending right before <paramref name="end"/> starts, after <paramref name="floor"/>: its
    /// capitalised words, joined by hyphens ("Nouveau-Mexique"), with the determiner that opens it ("le Nouveau-Mexique");
    /// <paramref name="end"/> when no capitalised word stands there.</summary>
    private int NameBefore(int end, int floor)
    {
        var tokens = article.Tokens;
        var start = end;
        while (start > floor + 1 && (tokens[start - 1] is { Kind: TokenKind.Word, Upper: true }
            || (tokens[start - 1].Id == article.Lexicon.Vocabulary.HyphenId && tokens[start - 1].Adjacent && start < end && tokens[start - 2] is { Kind: TokenKind.Word, Upper: true })))
        {
            start--;
        }

        return start < end && start > floor + 1 && article.Lexicon.NameArticles.MatchBefore(tokens, start, out _, out var determiner) && determiner == start - 1
            ? start - 1
            : start;
    }
}
