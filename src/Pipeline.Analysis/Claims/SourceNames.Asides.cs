using Pipeline.Analysis.Text;

namespace Pipeline.Analysis.Claims;

/// <summary>What stands between commas beside a name without being it: an occasion, a place, a relative clause, an inverted verb's asides.</summary>
internal sealed partial class SourceNames
{
    /// <summary>How many tokens after an aside's verb its closing comma may stand ("said on Monday,").</summary>
    private const int AsideVerbReach = 6;

    /// <summary>Whether a comma closes the clause of the verb at <paramref name="verb"/> before its sentence ends: "the
    /// health ministry said, has lost" is an aside; "Devendra Pincha, a local police officer said." lacks only a comma.</summary>
    private bool AsideCloses(int verb)
    {
        for (var k = verb + 1; k < Tokens.Count && k - verb <= AsideVerbReach && !Tokens[k].LineStart; k++)
        {
            if (article.IsComma(k))
            {
                return true;
            }

            if (article.IsFullStop(k))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the verb at <paramref name="verb"/> follows a relative clause between commas on the noun phrase that opens
    /// the sentence ("Le ministre, qui dirige 35 services, a annoncé"): its subject's verb. After a clause with a verb of
    /// its own ("Le feu a détruit la forêt, qui couvrait 300 hectares, a précisé le préfet") the verb is set in before its
    /// speaker instead.
    /// </summary>
    public bool FollowsSubjectAside(int first, int verb) =>
        RelativeAside(first, verb) is var aside and >= 0 && StretchStart(first, aside) == first && ClauseVerb(first, aside) < 0;

    /// <summary>The comma opening a relative clause that ends with a comma right before <paramref name="verb"/>; else -1.</summary>
    private int RelativeAside(int first, int verb)
    {
        var close = verb - 1;
        if (close <= first || !article.IsComma(close))
        {
            return -1;
        }

        for (var j = close - 1; j > first; j--)
        {
            if (!article.IsBreakAt(j))
            {
                continue;
            }

            return article.IsComma(j) && j + 1 < close && article.IsRelative(j + 1) && !Lexicon.Subordinators.Match(Tokens, j + 1, out _, out _)
                ? j
                : -1;
        }

        return -1;
    }

    /// <summary>
    /// A stretch between commas that is no speaker: one opening on a preposition ("au Mali", "in February") or on a
    /// participle describing the name before ("The study, published Tuesday by …, said"), or a name
    /// that goes on with the place before it ("L'ambassade à Cotonou, Bénin, annonce").
    /// </summary>
    private bool IsAside(int start, int end)
    {
        var tokens = Tokens;
        // ", fin juillet,", ", last week,": a time between commas is an aside too.
        if (StopsPhrase(start) || Lexicon.Prepositions.Match(tokens, start, out _, out _)
            || (Lexicon.Occasions.Match(tokens, start, out _, out var occasionEnd) && OnlyOccasions(occasionEnd, end))
            || Lexicon.LocationIntros.Match(tokens, start, out _, out _) || Lexicon.AsideParticiples.Match(tokens, start, out _, out _))
        {
            return true;
        }

        // "à Cotonou, Bénin": a lone place after a place introduced by "à", "in".
        var comma = start - 1;
        if (comma < 2 || !article.IsComma(comma) || !article.IsKnownPlace(start, end))
        {
            return false;
        }

        var placeStart = comma - 1;
        while (placeStart > 0 && Tokens[placeStart - 1].Kind == TokenKind.Word && Tokens[placeStart - 1].Upper)
        {
            placeStart--;
        }

        return placeStart > 0 && Tokens[placeStart].Upper && Lexicon.LocationIntros.Match(tokens, placeStart - 1, out _, out _);
    }

    /// <summary>Whether nothing but more occasion words stands from <paramref name="start"/> to <paramref name="end"/>.</summary>
    private bool OnlyOccasions(int start, int end) => article.PastOccasions(start, end) >= end;

    /// <summary>Past the asides of an inverted verb: occasions ("mardi"), adverbs ("par ailleurs") and a preposition's phrase
    /// (", a déclaré à l'AFP le préfet"), a comma after one of them included (", a déclaré lundi, à 22h45, le préfet",
    /// "raconte mardi sur franceinfo, Pierre Martin").</summary>
    private int SkipAsides(int start, int limit)
    {
        var tokens = Tokens;
        var j = start;
        for (var guard = 0; guard < MaxInvertedAsides && j < limit; guard++)
        {
            if (j > start && CommaAfterAside(j, limit))
            {
                j++;
                continue;
            }

            if (article.OccasionAt(j, limit, out var occasionEnd) || Lexicon.Adverbs.Match(tokens, j, out _, out occasionEnd))
            {
                j = occasionEnd;
                continue;
            }

            if (!Lexicon.Asides.Match(tokens, j, out _, out var asideEnd))
            {
                return j;
            }

            // The aside's noun phrase ends where the next one starts: "à l'AFP | le préfet", or after a medium's acronym,
            // where a name follows it bare ("à l'AFP | Jean Dupont").
            var head = Lexicon.Determiners.Match(tokens, asideEnd, out _, out var afterDeterminer) ? afterDeterminer : asideEnd;
            if (head + 1 < limit && article.IsAcronym(head) && tokens[head + 1].Kind == TokenKind.Word && tokens[head + 1].Upper)
            {
                j = head + 1;
                continue;
            }

            var k = asideEnd + 1;
            var bareName = -1;
            while (k < limit && k - asideEnd < 6 && !article.IsBreakAt(k) && !Lexicon.Determiners.Match(tokens, k, out _, out _))
            {
                if (bareName < 0 && BareNameAfterAside(k))
                {
                    bareName = k;
                }

                k++;
            }

            if (k < limit && k > asideEnd && CommaAfterAside(k, limit))
            {
                j = k;
                continue;
            }

            if (k >= limit || article.IsBreakAt(k) || k - asideEnd >= 6)
            {
                // "prévient dans un communiqué | Laura Lo Castro": a name written without a determiner starts after the
                // aside's own noun, where no determiner marks it.
                return bareName;
            }

            j = k;
        }

        return j;
    }

    /// <summary>How many asides, and commas after them, an inverted verb may take before its speaker.</summary>
    private const int MaxInvertedAsides = 6;

    /// <summary>Whether the comma at <paramref name="k"/> closes an aside and the speaker, or another aside, follows it.</summary>
    private bool CommaAfterAside(int k, int limit) =>
        article.IsComma(k) && k + 1 < limit
        && (OpensLikeName(k + 1) || article.OccasionAt(k + 1, limit, out _) || Lexicon.Asides.Match(Tokens, k + 1, out _, out _));

    /// <summary>
    /// Whether a capitalised word at <paramref name="k"/> follows a common noun of the aside ("dans un communiqué Laura"),
    /// not a preposition, whose complement it would be ("devant la presse à N'Djamena").
    /// </summary>
    private bool BareNameAfterAside(int k) =>
        Tokens[k] is { Kind: TokenKind.Word, Upper: true } && Tokens[k - 1] is { Kind: TokenKind.Word, Upper: false }
        && !article.IsOf(k - 1) && !Lexicon.Asides.Match(Tokens, k - 1, out _, out _) && !Lexicon.Determiners.Match(Tokens, k - 1, out _, out _);
}
