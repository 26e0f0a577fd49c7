using Pipeline.Analysis.Text;

namespace Pipeline.Analysis.Figures;

/// <summary>
/// Words of multiplication that state their factor: "more than doubled", "a presque triplé", "eightfold", "près du
/// double". The guidelines read them as figures of the unit "times", value the factor.
/// </summary>
internal readonly ref partial struct FigureScan
{
    /// <summary>A noun as written, not reduced from a plural (which would read "mais" as "mai"), opens at <paramref name="at"/>.</summary>
    private bool NounFollows(int at) =>
        at < tokens.Count && tokens[at].Kind == TokenKind.Word && tokens[at].SpaceBefore && !tokens[at].LineStart
        && lexicon.Words.TryRead(text.AsSpan(tokens[at].Start, tokens[at].Length), out var form) && form.IsNoun && !form.Inflected;

    private bool TryMultiplier(int i, out int next)
    {
        next = i;
        var start = i;
        NamedQuantity? multiplier = null;
        var end = i;
        // "a doublé" and "le double" fold to one word: written without its accent, it is the noun, which needs its article.
        if (lexicon.Multipliers.Match(tokens, i, out var verb, out var verbEnd)
            && !(lexicon.MultiplierNouns.Contains(tokens[i].Id) && !text.AsSpan(tokens[i].Start, tokens[i].Length).ContainsAnyExceptInRange('\0', '\u007f')))
        {
            (multiplier, end) = (verb, verbEnd);
        }

        string? fused = null;
        if (multiplier is null && lexicon.MultiplierNouns.Match(tokens, i, out var noun, out var nounEnd))
        {
            // "le double", "du double": the noun counts only after its article; "un double attentat" is no factor.
            if (lexicon.FractionBounds.MatchBefore(tokens, i, out var fusedBound, out var fusedAt))
            {
                (start, fused) = (fusedAt, fusedBound);
            }
            else if (lexicon.MultiplierArticles.MatchBefore(tokens, i, out _, out var articleAt))
            {
                start = articleAt;
            }
            else
            {
                return false;
            }

            if (NounFollows(nounEnd))
            {
                // "le double scrutin", "le triple meurtre": before a noun, the word is an adjective (twofold), no factor.
                return false;
            }

            (multiplier, end) = (noun, nounEnd);
        }

        if (multiplier is null)
        {
            return false;
        }

        var factor = multiplier.Value;
        Bound bound;
        bool inclusive;
        var hedgeAt = -1;
        if (fused is not null)
        {
            (bound, inclusive) = FusedBound(fused);
            hedgeAt = start;
        }
        else if (HedgeBefore(start, out bound, out inclusive) is var at and >= 0)
        {
            (start, hedgeAt) = (at, at);
        }

        var approximate = bound == Bound.Approximate || NearlyAt(hedgeAt);
        switch (bound)
        {
            case Bound.AtLeast:
                Emit(start, i, end, end, null, factor, null, approximate, multiplier.Unit, lowInclusive: inclusive);
                break;
            case Bound.AtMost:
                Emit(start, i, end, end, null, null, factor, approximate, multiplier.Unit, highInclusive: inclusive);
                break;
            case Bound.Approximate:
                Emit(start, i, end, end, factor, null, null, true, multiplier.Unit);
                break;
            default:
                Emit(start, i, end, end, factor, factor, factor, false, multiplier.Unit);
                break;
        }

        next = end;
        return true;
    }
}
