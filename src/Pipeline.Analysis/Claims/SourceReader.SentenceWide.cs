using Pipeline.Analysis.Figures;
using Pipeline.Analysis.Text;

namespace Pipeline.Analysis.Claims;

/// <summary>A source that opens or closes a sentence speaks for every clause in it, not only the nearest.</summary>
internal sealed partial class SourceReader
{
    /// <summary>
    /// A source that opens the sentence ("Selon le ministère, …") or closes it ("…, the ministry said.", "…, a indiqué
    /// le ministère.") speaks for every clause in it. One standing between clauses (", the prime minister announced,
    /// while …") speaks only for its own, so it is not read here.
    /// </summary>
    private Attribution? SentenceWide(SentenceSpan sentence, Figure figure)
    {
        var (first, end) = article.TokenRange(sentence);
        return Opening(first, end, figure) ?? Closing(first, end, figure);
    }

    /// <summary>Whether the words hold a speaker noun ("le syndicat", "l'économiste Jean Tirole") or an acronym ("la CGT").</summary>
    private bool NamesSpeaker(int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (article.Lexicon.SpeakerNouns.Match(article.Tokens, k, out _, out _) || article.IsAcronym(k))
            {
                return true;
            }
        }

        return false;
    }

    private bool OpensOn(SentenceSpan sentence, SourceCue kind)
    {
        var (first, end) = article.TokenRange(sentence);
        var start = article.SkipLeadingStrip(first, end);
        return start < end && article.Lexicon.SourceBefore.Match(article.Tokens, start, out var cue, out _) && cue == kind;
    }

    private Attribution? Opening(int first, int end, Figure figure)
    {
        var tokens = article.Tokens;
        var start = article.SkipLeadingStrip(first, end);
        if (!article.Lexicon.SourceBefore.Match(tokens, start, out var cue, out var after) || cue == SourceCue.InvertedVerb || after >= end)
        {
            return SpeakerOpening(first, start, end, figure);
        }

        // "À l'en croire, l'inflation …": the phrase is its own speaker, a pronoun for the one named before.
        if (cue == SourceCue.Pronoun)
        {
            return new Attribution(start, after, start, after, SpeakerKind.Pronoun, Introduced: true);
        }

        var kind = names.After(after, end, inverted: false, out var nameStart, out var nameEnd);
        if (kind == SpeakerKind.Named)
        {
            (nameStart, nameEnd) = names.Apposed(nameStart, nameEnd, end, nameOnly: true);
        }

        // "According to the ministry on Tuesday, …": only the occasion may stand between the source and its comma.
        var comma = nameEnd;
        while (comma < end && !article.IsBreak(tokens[comma]) && tokens[comma].Kind != TokenKind.Number)
        {
            comma++;
        }

        return kind != SpeakerKind.None && comma < end && article.IsComma(comma) && !article.Overlaps(nameStart, nameEnd, figure)
            ? new Attribution(start, nameEnd, nameStart, nameEnd, kind, Introduced: true)
            : null;
    }

    /// <summary>
    /// "Güven said that …, while …", "Le ministre a déclaré que …, tandis que …": a speaker that opens the sentence and
    /// whose verb takes a "that" clause says all of it.
    /// </summary>
    private Attribution? SpeakerOpening(int first, int start, int end, Figure figure) =>
        SpeakerOpeningAt(first, start, end, figure) ?? (AfterOpeningAdverbial(start, end) is var after and > 0 ? SpeakerOpeningAt(first, after, end, figure) : null);

    /// <summary>How many words an adverbial may take before the speaker that opens the sentence ("Dans le même sillage, le FMI fait savoir que").</summary>
    private const int OpeningAdverbialWords = 6;

    /// <summary>Where the speaker starts after a short opening adverbial and its comma, with no figure in it; else -1.</summary>
    private int AfterOpeningAdverbial(int start, int end)
    {
        var tokens = article.Tokens;
        for (var k = start; k < end && k - start <= OpeningAdverbialWords; k++)
        {
            if (tokens[k].Kind == TokenKind.Number)
            {
                return -1;
            }

            if (article.IsBreakAt(k))
            {
                return article.IsComma(k) && k > start && k + 1 < end ? k + 1 : -1;
            }
        }

        return -1;
    }

    private Attribution? SpeakerOpeningAt(int first, int start, int end, Figure figure)
    {
        var tokens = article.Tokens;
        for (var i = start + 1; i < end && !article.IsBreakAt(i) && tokens[i].Kind != TokenKind.Number; i++)
        {
            if (At(i, first, end, figure, out var attribution))
            {
                // "X said that …", or a verb of saying whose clause follows with no "that" ("the army said two soldiers were
                // killed, while 12 rebels were wounded"); a verb that takes a thing ("announced a package") acts instead.
                return attribution.Kind == SpeakerKind.Named && !attribution.Introduced && attribution.NameStart == start
                    && attribution.End < end && (article.Lexicon.ReportedClauses.Match(tokens, attribution.End, out _, out _)
                        || article.Lexicon.SpeechVerbs.MatchBefore(tokens, attribution.End, out _, out _))
                    ? attribution
                    : null;
            }
        }

        return null;
    }

    private Attribution? Closing(int first, int end, Figure figure)
    {
        var tokens = article.Tokens;
        var last = end;
        while (last > first && article.IsBreak(tokens[last - 1]))
        {
            last--;
        }

        // "…, said Getahun Amogne, a spokesperson for the National Electoral Board.": the last stretch may be an apposition
        // to the speaker of the one before it.
        for (var stretch = 0; stretch < ClosingStretches && last > first; stretch++)
        {
            var start = last;
            while (start > first && !article.IsBreakAt(start - 1))
            {
                start--;
            }

            // A last stretch with a figure of its own ("…, the ministry said 40 were killed") reports more than who speaks.
            for (var k = start; k < last; k++)
            {
                if (tokens[k].Kind == TokenKind.Number)
                {
                    return null;
                }
            }

            var opening = article.SkipLeadingStrip(start, last);
            // "…, which officials said was a turning point": a relative clause comments on what came before, it attributes nothing.
            if (opening == first || opening >= last || article.IsRelative(opening))
            {
                return null;
            }

            for (var i = opening; i < last; i++)
            {
                if (At(i, first, last, figure, out var attribution))
                {
                    // "…, but officials said the evacuation had saved lives": a speaker a conjunction joins, with a clause
                    // of its own after its verb, speaks for that clause, not for the one the article states before it.
                    return CoordinatedSpeaker(attribution, start, last) ? null : attribution;
                }
            }

            if (start <= first + 1 || !article.IsComma(start - 1))
            {
                return null;
            }

            last = start - 1;
        }

        return null;
    }

    /// <summary>How many comma-separated stretches from the end a closing attribution is looked for in.</summary>
    private const int ClosingStretches = 2;

    /// <summary>A named speaker closing the sentence after a comma: ", Radio New Zealand reported.", ", a rapporté Radio Sud."</summary>
    private Attribution? Closing(SentenceSpan sentence)
    {
        var tokens = article.Tokens;
        var (first, end) = article.TokenRange(sentence);
        var last = end - 1;
        while (last > first && tokens[last].Kind == TokenKind.Symbol)
        {
            last--;
        }

        // "…, a WHO official said on Friday.", "…, the ministry said in a statement.": the verb may close on when, where
        // or to whom it was said; "…, state broadcaster CCTV reported.": the words of its kind stand between the comma and
        // the name.
        return Last(first, end) is { } closing && closing.End <= last + 1 && Circumstance(closing.End, last + 1) && closing.Kind == SpeakerKind.Named
            && names.KindStart(first, AsSaidStart(closing.Start)) is var opens && opens > first && article.IsComma(opens - 1)
            ? closing
            : null;
    }
}
