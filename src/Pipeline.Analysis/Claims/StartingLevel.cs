using Pipeline.Analysis.Figures;
using Pipeline.Analysis.Text;

namespace Pipeline.Analysis.Claims;

/// <summary>
/// "Les 3000 cas pourraient devenir 6000", "le bilan provisoire de 78 morts devrait s'alourdir", "The toll of 78 dead could
/// rise", "le camp présidentiel passerait de 246 députés à 135": the level a hedged change starts from is the count as it
/// stands, which the hedge does not reach; only the level it may come to is speculation (the press set's "a figure that
/// states a fact rather than the speculation keeps its own modality").
/// </summary>
internal sealed class StartingLevel(ClaimTokens article)
{
    /// <summary>How many words of its phrase may stand between the figure and the hedge of its change ("3000 cas recensés en
    /// France pourraient").</summary>
    private const int SubjectWords = 5;

    /// <summary>
    /// Whether the figure is the level a hedged change starts from: the subject of a hedge (<paramref name="hedgeEndAt"/>
    /// gives a hedge's end at a token, or -1) whose verb is a change of level ([level-change]), or the level after a verb of
    /// passage and its "from" ([passage-from], "passerait de").
    /// </summary>
    public bool Marks(SentenceSpan clause, Figure figure, Func<int, int> hedgeEndAt)
    {
        var lexicon = article.Lexicon;
        if (lexicon.LevelChanges.Count == 0 && lexicon.PassagesFrom.Count == 0)
        {
            return false;
        }

        var (first, end) = article.TokenRange(clause);
        var figureToken = article.LowerBound(figure.Start);
        return PassedFrom(first, figureToken) || SubjectOfChange(article.LowerBound(figure.End), end, hedgeEndAt);
    }

    /// <summary>"passerait de 246 députés à 135": the level right after a verb of passage and its "from"; the reflexive verb
    /// ("se passer de 300 euros", to do without) is listed as no passage.</summary>
    private bool PassedFrom(int first, int figureToken) =>
        figureToken > first && article.Lexicon.PassagesFrom.MatchBefore(article.Tokens, figureToken, out var passage, out var start) && passage && start >= first;

    /// <summary>"Les 3000 cas pourraient devenir 6000", "le bilan de 78 morts devrait encore s'alourdir": a hedge a few words
    /// of the figure's phrase after it, then a change of level with no object of its own ("300 entreprises pourraient
    /// augmenter leurs prix" hedges what the companies do); a change that needs a new level ("devenir") has it.</summary>
    private bool SubjectOfChange(int figureEnd, int end, Func<int, int> hedgeEndAt)
    {
        var tokens = article.Tokens;
        var lexicon = article.Lexicon;
        for (var k = figureEnd; k < end && k - figureEnd <= SubjectWords; k++)
        {
            // "could fall 3 percent and prices would rise": a coordinator opens another subject.
            if (tokens[k].Kind != TokenKind.Word || article.IsBreakAt(k) || article.OpensRelativeAfterComma(k) || lexicon.HedgeCoordinators.Match(tokens, k, out _, out _))
            {
                return false;
            }

            var hedgeEnd = hedgeEndAt(k);
            if (hedgeEnd < 0)
            {
                continue;
            }

            var j = hedgeEnd;
            while (j < end && lexicon.Adverbs.Match(tokens, j, out _, out var adverbEnd))
            {
                j = adverbEnd;
            }

            return j < end && lexicon.LevelChanges.Match(tokens, j, out var needsLevel, out var changeEnd)
                && (needsLevel ? changeEnd < end && tokens[changeEnd].Kind == TokenKind.Number
                    : changeEnd >= end || !lexicon.Determiners.Match(tokens, changeEnd, out _, out _));
        }

        return false;
    }
}
