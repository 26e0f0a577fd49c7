using Pipeline.Analysis.Figures;
using Pipeline.Analysis.Text;

namespace Pipeline.Analysis.Claims;

/// <summary>Where a speaker's words start, and who only quotes or relays them: a go-between, never whom the figure is about.</summary>
internal sealed partial class SubjectReader
{
    /// <summary>Where what the source said starts, after "que"/"that" between the source and the figure; else the source's end.</summary>
    private int SpeechStart(SentenceSpan sentence, Figure figure, Mention? source)
    {
        if (source is not { } speaker || speaker.Start < sentence.Start || speaker.End > figure.Start)
        {
            return 0;
        }

        var figureToken = article.LowerBound(figure.Start);
        for (var k = article.LowerBound(speaker.End); k < figureToken; k++)
        {
            if (Lexicon.Subordinators.Match(Tokens, k, out _, out _))
            {
                return Tokens[k].Start;
            }
        }

        return 0;
    }

    /// <summary>At most this many words between "cité par"/"quoted by" and the name of who relayed the words ("the state news agency Tass").</summary>
    private const int RelayerReach = 5;

    /// <summary>
    /// "un responsable, cité par l'agence Reuters, a fait état de…", "an official quoted by the state news agency Tass
    /// said…": who quoted or relayed the words is a source or a go-between, never who the figure is about.
    /// </summary>
    private bool IsRelayer(Mention candidate)
    {
        var tokens = Tokens;
        var at = article.LowerBound(candidate.Start);
        for (var k = at; k > 0 && at - k <= RelayerReach; k--)
        {
            if (Lexicon.SourceBefore.MatchBefore(tokens, k, out var cue, out _) && cue == SourceCue.QuotedBy)
            {
                return true;
            }

            if (tokens[k - 1].Kind == TokenKind.Symbol && article.Text[tokens[k - 1].Start] is ',' or ';' or ':' or '.' or '(' or ')')
            {
                return false;
            }
        }

        return false;
    }
}
