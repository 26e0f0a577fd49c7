using Pipeline.Analysis.Text;

namespace Pipeline.Analysis.Claims;

/// <summary>An attribution that opens what another speaker says is nested in it, and the article reports the outer speaker.</summary>
internal sealed partial class SourceReader
{
    /// <summary>
    /// "Güven said that according to official results …", "According to Reuters, the ministry said …": an attribution
    /// that opens what another speaker says is nested in it, and the article reports the outer speaker.
    /// </summary>
    private Attribution? Outer(int first, Attribution inner)
    {
        var tokens = article.Tokens;
        var lexicon = article.Lexicon;
        var link = inner.Start;
        while (link > first && (article.IsComma(link - 1) || lexicon.ReportedClauses.MatchBefore(tokens, link, out _, out _)))
        {
            link = article.IsComma(link - 1) ? link - 1 : LinkStart(link);
        }

        if (link <= first)
        {
            return null;
        }

        for (var i = first; i < link; i++)
        {
            // With nothing between them, the outer one must end on its verb ("the agency said | Congo has reported"): one
            // ending on a name read up to the inner speaker was cut there ("released by the health | office, which").
            // "The agencies said in a joint statement that …", "He told reporters on Sunday that …": the outer verb may take
            // its occasion, medium or hearer before the link.
            // A pronoun holds the inner speaker only before "that" and when it stands for a speaker named before ("He
            // said that the ministry had recorded 300 deaths").
            if (At(i, first, link, null, out var outer) && (outer.End == link || (link < inner.Start && Circumstance(outer.End, link)))
                && (link < inner.Start || (outer.Start == outer.NameStart && outer.NameEnd < outer.End))
                && (outer.Kind == SpeakerKind.Named
                    || (outer.Kind == SpeakerKind.Pronoun && lexicon.ReportedClauses.Match(tokens, link, out _, out _)
                        && Resolve(outer, article.SentenceOf(outer.Start)) is not null)))
            {
                return outer;
            }
        }

        return null;
    }

    /// <summary>How many words may tell where, when or to whom a speaker spoke, after its verb ("said late on Friday in a statement").</summary>
    private const int CircumstanceWords = 8;

    /// <summary>
    /// Whether the words from <paramref name="from"/> to <paramref name="to"/> only tell where, when or to whom a speaker
    /// spoke ("in a joint statement", "on Friday", "reporters on Sunday", "a news briefing in Geneva"): a few words with no
    /// number, no break and no reporting verb of another speaker.
    /// </summary>
    private bool Circumstance(int from, int to)
    {
        var tokens = article.Tokens;
        var lexicon = article.Lexicon;
        if (to - from > CircumstanceWords)
        {
            return false;
        }

        for (var k = from; k < to; k++)
        {
            if (tokens[k].Kind != TokenKind.Word || article.IsBreakAt(k)
                || (lexicon.IsVerbWord(tokens[k].Id) && lexicon.SourceVerbs.Match(tokens, k, out _, out _)))
            {
                return false;
            }
        }

        return true;
    }

    private int LinkStart(int link) => article.Lexicon.ReportedClauses.MatchBefore(article.Tokens, link, out _, out var start) ? start : link;
}
