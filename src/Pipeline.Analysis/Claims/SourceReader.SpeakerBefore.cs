using Pipeline.Analysis.Figures;
using Pipeline.Analysis.Text;

namespace Pipeline.Analysis.Claims;

/// <summary>A speaker before its verb, or in the agent of a passive verb, which names no speaker before it.</summary>
internal sealed partial class SourceReader
{
    /// <summary>"officials said", "Loukachenko a déclaré", "he added": the speaker before its verb.</summary>
    private bool SpeakerBefore(int first, int verb, int verbEnd, Figure? figure, out Attribution attribution)
    {
        // "17,388 were reported in Kashmir", "40 morts ont été annoncés", "deaths are either not reported": a passive names
        // no speaker before it, even with adverbs between its auxiliary and its participle.
        var auxiliary = verb - 1;
        for (var skipped = 0; auxiliary > first && skipped < PassiveAdverbs && IsAdverbLike(auxiliary); skipped++)
        {
            auxiliary--;
        }

        // "159,000 lower than previously reported": a comparison with what was reported names no one either.
        if (verb > first && ((article.Lexicon.PassiveAuxiliaries.Match(article.Tokens, auxiliary, out _, out _) && !article.IsNounByForm(auxiliary))
            || article.Lexicon.Comparatives.Match(article.Tokens, auxiliary, out _, out _)))
        {
            return PassiveAgent(verb, verbEnd, end: article.TokenRange(article.Sentences[article.SentenceOf(verb)]).End, figure, out attribution);
        }

        var kind = names.Before(first, verb, out var nameStart, out var nameEnd);
        // "un responsable cité par Reuters a déclaré", "an official, quoted by Reuters, said": the verb's subject is the
        // speaker the participle describes, not who quoted them.
        if (kind == SpeakerKind.Named && nameStart > first && article.Lexicon.SourceBefore.MatchBefore(article.Tokens, nameStart, out var cue, out var cueStart)
            && cue == SourceCue.QuotedBy && cueStart > first)
        {
            kind = names.Before(first, article.IsComma(cueStart - 1) ? cueStart - 1 : cueStart, out nameStart, out nameEnd);
        }

        attribution = new Attribution(nameStart, verbEnd, nameStart, nameEnd, kind);
        return kind != SpeakerKind.None && !article.Overlaps(nameStart, nameEnd, figure)
            && !(figure is not null && article.Tokens[nameStart].Start > figure.End && names.OpensRelativeAfterClause(first, nameStart));
    }

    /// <summary>How many adverbs may stand between a passive auxiliary and its participle ("are either not reported").</summary>
    private const int PassiveAdverbs = 3;

    private bool IsAdverbLike(int k) =>
        article.Tokens[k].Kind == TokenKind.Word
        && (article.Lexicon.Adverbs.Match(article.Tokens, k, out _, out _) || article.Lexicon.Negations.Match(article.Tokens, k, out _, out _)
            || verbs.IsAdverbBySuffix(k, afterAuxiliary: true));

    /// <summary>How many words may stand between a passive reporting verb and its agent ("estimés à 2 millions d'euros par").</summary>
    private const int AgentGap = 6;

    /// <summary>"Un bilan de 9 morts a été annoncé par la préfecture", "40 deaths were reported by the ministry": a passive
    /// reporting verb names its speaker in its agent, past an occasion ("annoncé mardi par").</summary>
    private bool PassiveAgent(int verb, int verbEnd, int end, Figure? figure, out Attribution attribution)
    {
        attribution = default;
        var tokens = article.Tokens;
        var lexicon = article.Lexicon;
        var j = verbEnd;
        var agentEnd = -1;
        // Past an occasion ("annoncé mardi par") or the level the verb gives ("estimés à 2 millions d'euros par les
        // assureurs"), within the clause; the figure itself is one step however long it is written ("estimées entre 20 et
        // 60 milliards d'euros par les assureurs").
        var figureStart = figure is null ? -1 : article.LowerBound(figure.Start);
        for (var gap = 0; j < end && gap <= AgentGap && !article.IsBreakAt(j); gap++)
        {
            if (lexicon.PassiveAgents.Match(tokens, j, out _, out agentEnd))
            {
                break;
            }

            j = j == figureStart ? Math.Max(j + 1, article.LowerBound(figure!.End))
                : lexicon.Occasions.Match(tokens, j, out _, out var occasionEnd) ? occasionEnd : j + 1;
            agentEnd = -1;
        }

        if (agentEnd < 0)
        {
            return false;
        }

        var kind = names.After(agentEnd, end, inverted: false, out var nameStart, out var nameEnd);
        attribution = new Attribution(verb, nameEnd, nameStart, nameEnd, kind, Introduced: true);
        return kind == SpeakerKind.Named && !article.Overlaps(nameStart, nameEnd, figure);
    }

    /// <summary>
    /// "the 40 deaths officials reported", "the 20-year sentence prosecutors sought", "the 3% predicted by economists": the
    /// named subject or agent of a reduced relative clause (<see cref="Claims.ReducedRelative"/>) on the figure says it.
    /// </summary>
    private Attribution? ReducedRelative(SentenceSpan sentence, Figure figure)
    {
        if (Claims.ReducedRelative.Find(article, sentence, figure) is not { } relative)
        {
            return null;
        }

        if (relative.Passive)
        {
            return PassiveAgent(relative.Verb, relative.VerbEnd, article.TokenRange(sentence).End, figure, out var agent) ? agent : null;
        }

        return names.Before(relative.SpeakerStart, relative.Verb, out var nameStart, out var nameEnd) == SpeakerKind.Named && nameStart == relative.SpeakerStart
            ? new Attribution(nameStart, relative.VerbEnd, nameStart, nameEnd, SpeakerKind.Named)
            : null;
    }
}
