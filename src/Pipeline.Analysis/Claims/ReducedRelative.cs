using Pipeline.Analysis.Figures;
using Pipeline.Analysis.Text;

namespace Pipeline.Analysis.Claims;

/// <summary>
/// "the 40 deaths officials reported", "the 0.4 percent gain economists forecast", "the 3% predicted by economists": a
/// definite figure (past one noun of its own) taken up by a relative clause with no relative word, whose verb reports or
/// foresees it. Source and modality read the same clause, one for who said the figure, the other for whether it was
/// foreseen. <see cref="SpeakerStart"/>..<see cref="Verb"/> holds the speaker of an active verb; a passive one
/// ("predicted by") names its agent after <see cref="VerbEnd"/>.
/// </summary>
internal readonly record struct ReducedRelative(int SpeakerStart, int Verb, int VerbEnd, bool Passive, bool Forecast)
{
    /// <summary>How many words the speaker may take before its verb ("federal prosecutors", "the health ministry").</summary>
    private const int SpeakerWords = 4;

    public static ReducedRelative? Find(ClaimTokens article, SentenceSpan span, Figure figure)
    {
        var tokens = article.Tokens;
        var lexicon = article.Lexicon;
        var (_, end) = article.TokenRange(span);
        var figureToken = article.LowerBound(figure.Start);
        var next = article.LowerBound(figure.End);
        // "au-dessus des 2,86 %": a comparison the figure's text opens on leaves the article to its number.
        var number = figureToken;
        while (number < next && tokens[number].Kind != TokenKind.Number)
        {
            number++;
        }

        if (number > figureToken && number < next && lexicon.RelativeReportDeterminers.MatchBefore(tokens, number, out _, out _))
        {
            figureToken = number;
        }

        if (lexicon.RelativeReports.Count == 0 || figureToken == 0 || !lexicon.RelativeReportDeterminers.MatchBefore(tokens, figureToken, out _, out _))
        {
            return null;
        }

        // "the 0.4 percent gain economists forecast": the figure's own noun first.
        if (next + 1 < end && tokens[next] is { Kind: TokenKind.Word, Upper: false } && !lexicon.SpeakerNouns.Match(tokens, next, out _, out _)
            && !lexicon.IsCueWord(tokens[next].Id) && !lexicon.Determiners.Match(tokens, next, out _, out _)
            && !lexicon.RelativeReports.Match(tokens, next, out _, out _))
        {
            next++;
        }

        if (next < end && lexicon.RelativeReports.Match(tokens, next, out var foreseen, out var participleEnd))
        {
            return new ReducedRelative(next, next, participleEnd, Passive: true, foreseen);
        }

        for (var verb = next + 1; verb < end && verb - next <= SpeakerWords; verb++)
        {
            if (tokens[verb].Kind != TokenKind.Word || article.IsBreakAt(verb))
            {
                return null;
            }

            var said = lexicon.Auxiliaries.Match(tokens, verb, out _, out var auxiliaryEnd) ? auxiliaryEnd : verb;
            if (said < end && lexicon.RelativeReports.Match(tokens, said, out var forecast, out var verbEnd))
            {
                return new ReducedRelative(next, verb, verbEnd, Passive: false, forecast);
            }
        }

        return null;
    }
}
