using Pipeline.Analysis.Text;

namespace Pipeline.Analysis.Claims;

/// <summary>A verb inside the words before a reporting verb opens a clause of its own, so the name is in that clause or not there at all.</summary>
internal sealed partial class SourceNames
{
    /// <summary>
    /// Whether a determiner or a capitalised word follows: no participle does, so the word before is no auxiliary but a
    /// preposition it folds to (", a confié un habitant à l'AFP", "a indiqué Jean Martin à Paris").
    /// </summary>
    private bool OpensNounPhrase(int k) =>
        k < Tokens.Count && Tokens[k].Kind == TokenKind.Word && (Tokens[k].Upper || Lexicon.Determiners.Match(Tokens, k, out _, out _));

    private bool HasVerb(int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (IsOwnVerb(k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the word is an auxiliary that goes on with a verb ("sont", "a été", "were"), no preposition it folds
    /// to before a noun phrase ("a Paris").</summary>
    private bool IsOwnVerb(int k) =>
        Tokens[k] is { Kind: TokenKind.Word, Upper: false } && !article.IsNounByForm(k)
        && (Lexicon.PassiveAuxiliaries.Match(Tokens, k, out _, out _)
            || (Lexicon.Auxiliaries.Match(Tokens, k, out _, out var auxiliaryEnd) && !OpensNounPhrase(auxiliaryEnd)));

    /// <summary>
    /// "», insiste le ministère de la Santé, qui estime que …": a stretch that opens on an inverted reporting verb names its
    /// speaker after the verb.
    /// </summary>
    private int SkipInvertedVerb(int start, int end)
    {
        var tokens = Tokens;
        if (start >= end || tokens[start].Upper || tokens[start].Kind != TokenKind.Word)
        {
            return start;
        }

        if ((Lexicon.SourceVerbs.Match(tokens, start, out _, out var verbEnd)
                || (Lexicon.SourceBefore.Match(tokens, start, out var cue, out verbEnd) && cue == SourceCue.InvertedVerb)) && verbEnd < end)
        {
            return verbEnd;
        }

        return Lexicon.Auxiliaries.Match(tokens, start, out _, out var auxiliaryEnd) && auxiliaryEnd < end
            && Lexicon.Participles.Match(tokens, verbs.SkipAdverbs(auxiliaryEnd, end), out _, out var participleEnd) && participleEnd < end
            ? participleEnd
            : start;
    }

    /// <summary>
    /// "The central bank said it | expects": a speaker that speaks of itself after its own reporting verb; the name
    /// before the second verb is the pronoun, which stands for that speaker.
    /// </summary>
    private int SelfReferenceAfterVerb(int start, int end)
    {
        var tokens = Tokens;
        // "The agency said | Congo has reported": a reporting verb inside the stretch ends the outer speaker's words.
        for (var k = end - 2; k > start; k--)
        {
            if (tokens[k] is { Kind: TokenKind.Word, Upper: false } && Lexicon.SourceVerbs.Match(tokens, k, out _, out var innerStart)
                && innerStart < end && tokens[innerStart].Kind == TokenKind.Word)
            {
                return Lexicon.ReportedClauses.Match(tokens, innerStart, out _, out var clauseEnd) && clauseEnd < end ? clauseEnd : innerStart;
            }
        }

        var pronoun = end - 1;
        if (pronoun <= start || !Lexicon.SpeakerPronouns.Match(tokens, pronoun, out _, out var pronounEnd) || pronounEnd != end)
        {
            return start;
        }

        var verb = pronoun - 1;
        if (Lexicon.ReportedClauses.MatchBefore(tokens, pronoun, out _, out var clauseStart) && clauseStart > start)
        {
            verb = clauseStart - 1;
        }

        return tokens[verb].Kind == TokenKind.Word && !tokens[verb].Upper && Lexicon.SourceVerbs.MatchBefore(tokens, verb + 1, out _, out var verbStart)
            && verbStart > start
            ? pronoun
            : start;
    }

    /// <summary>
    /// "More than half a million homes were destroyed in an event scientists said was 500 times stronger": a verb inside
    /// the stretch before a reporting verb makes the stretch a clause of its own, and the speaker is the noun phrase of the
    /// relative clause that qualifies its last noun ("an event | scientists"), or that last noun phrase itself ("in a
    /// statement | the ministry said" reads "the ministry").
    /// </summary>
    private int AfterClauseVerb(int start, int end)
    {
        var tokens = Tokens;
        var clauseVerb = ClauseVerb(start, end);

        for (var d = end - 2; d > clauseVerb && clauseVerb >= 0; d--)
        {
            if (Lexicon.Determiners.Match(tokens, d, out _, out var noun) && noun < end && !tokens[d].Upper)
            {
                return noun + 1 < end ? noun + 1 : d;
            }
        }

        return start;
    }

    /// <summary>
    /// "The ministry said on Monday it recorded 40 cases", "the agency said in a statement it had counted": a verb of saying
    /// inside the stretch before a verb opens the clause it reports, whose subject is the pronoun right before that verb
    /// (and its auxiliary), standing for the speaker; not "The ministry said", the speaker with its verb. A named subject
    /// there ("said a tally by local officials showed") is left to the speaker before "said", who reports it.
    /// </summary>
    private int AfterSpeechVerb(int start, int end)
    {
        var tokens = Tokens;
        var subject = end - 1;
        while (subject > start && Lexicon.Auxiliaries.Match(tokens, subject, out _, out var auxiliaryEnd) && auxiliaryEnd == subject + 1)
        {
            subject--;
        }

        if (subject <= start || !Lexicon.SpeakerPronouns.Match(tokens, subject, out _, out var pronounEnd) || pronounEnd != subject + 1)
        {
            return start;
        }

        for (var k = subject - 1; k > start; k--)
        {
            if (tokens[k] is { Kind: TokenKind.Word, Upper: false } && tokens[k - 1].Kind == TokenKind.Word
                && Lexicon.SpeechVerbs.Match(tokens, k, out _, out var after) && after <= subject)
            {
                return after;
            }
        }

        return start;
    }

    /// <summary>
    /// Whether the speaker at <paramref name="nameStart"/> opens a relative clause after a clause of its own, with no break
    /// between ("homes were destroyed in an event | scientists said"): it speaks for what follows it, not for that clause.
    /// </summary>
    public bool OpensRelativeAfterClause(int first, int nameStart) => ClauseVerb(StretchStart(first, nameStart), nameStart) >= 0;

    /// <summary>The last auxiliary before a lower-case word between <paramref name="start"/> and <paramref name="end"/> ("were destroyed"), or -1.</summary>
    private int ClauseVerb(int start, int end)
    {
        var tokens = Tokens;
        var clauseVerb = -1;
        for (var k = start; k + 1 < end; k++)
        {
            if (tokens[k].Kind == TokenKind.Word && !tokens[k].Upper && !article.IsNounByForm(k)
                && (Lexicon.PassiveAuxiliaries.Match(tokens, k, out _, out var after) || Lexicon.Auxiliaries.Match(tokens, k, out _, out after))
                && after < end && tokens[after].Kind == TokenKind.Word && !tokens[after].Upper)
            {
                clauseVerb = k;
            }
        }

        return clauseVerb;
    }

    /// <summary>Whether a word of the stretch is a reporting or forecasting verb: "the forecasters | predicted real GDP"
    /// names no longer speaker than "the forecasters".</summary>
    private bool HoldsVerb(int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (Tokens[k].Kind == TokenKind.Word && !Tokens[k].Upper && (Lexicon.IsVerbWord(Tokens[k].Id) || Lexicon.IsAuxiliaryWord(Tokens[k].Id)))
            {
                return true;
            }
        }

        return false;
    }
}
