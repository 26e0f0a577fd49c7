using Pipeline.Analysis.Figures;
using Pipeline.Analysis.Text;

namespace Pipeline.Analysis.Claims;

/// <summary>Who quoted a speaker ("cité par", "quoted by") relays the words; the speaker quoted is the source.</summary>
internal sealed partial class SourceReader
{
    /// <summary>
    /// "Om Singh was quoted by Press Trust of India as saying": the subject of the passive is the speaker, and who quoted
    /// them names no source of its own (the press set's reading of relayed speech).
    /// </summary>
    private bool QuotedAs(int i, int first, int end, Figure? figure, out Attribution attribution)
    {
        attribution = default;
        var tokens = article.Tokens;
        var lexicon = article.Lexicon;
        return lexicon.QuotedAs.Count > 0 && lexicon.SourceBefore.Match(tokens, i, out var cue, out var after) && cue == SourceCue.QuotedBy
            && lexicon.PassiveAuxiliaries.MatchBefore(tokens, i, out _, out var auxiliary) && auxiliary > first
            && names.After(after, end, inverted: false, out _, out var agentEnd) == SpeakerKind.Named
            && lexicon.QuotedAs.Match(tokens, agentEnd, out _, out var quotedEnd)
            && SpeakerBefore(first, auxiliary, quotedEnd, figure, out attribution);
    }

    /// <summary>
    /// Whether "cité par"/"quoted by" at <paramref name="cue"/> is a participle on the subject of a reporting verb that
    /// follows its agent (read from <paramref name="agentStart"/> to <paramref name="agentEnd"/>, which may have run on
    /// over the verb, past a comma): a word of the speaker stands right before the participle.
    /// </summary>
    private bool QuotesSubject(int cue, int first, int agentStart, int agentEnd, int end)
    {
        var tokens = article.Tokens;
        var lexicon = article.Lexicon;
        var before = cue > first && article.IsComma(cue - 1) ? cue - 1 : cue;
        if (before <= first || tokens[before - 1].Kind != TokenKind.Word)
        {
            return false;
        }

        var last = agentEnd < end && article.IsComma(agentEnd) ? agentEnd + 1 : agentEnd;
        for (var k = agentStart + 1; k <= last && k < end; k++)
        {
            if (tokens[k] is { Kind: TokenKind.Word, Upper: false }
                && ((lexicon.IsVerbWord(tokens[k].Id) && verbs.AfterSpeaker(k, end, out _))
                    || (lexicon.IsAuxiliaryWord(tokens[k].Id) && lexicon.Auxiliaries.Match(tokens, k, out _, out var auxiliaryEnd)
                        && verbs.Participle(auxiliaryEnd, end, out _))))
            {
                return true;
            }
        }

        return false;
    }
}
