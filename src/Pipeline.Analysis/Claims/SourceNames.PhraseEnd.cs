using Pipeline.Analysis.Text;

namespace Pipeline.Analysis.Claims;

/// <summary>Where a name read forward stops: a break, a verb of its own, a dated participle, the next phrase.</summary>
internal sealed partial class SourceNames
{
    /// <summary>The name read forward: up to a break, a relative pronoun or a word it stops before.</summary>
    private int PhraseEnd(int start, int limit, bool counted = false)
    {
        var tokens = Tokens;
        var j = start;
        var words = 0;
        while (j < limit && words < MaxPhraseTokens && !OpensLine(start, j))
        {
            if (article.IsBreakAt(j))
            {
                // "according to the Meteorology, | Climatology and Geophysics Agency": a listed name holds its commas.
                if (ListedNameEnd(start, j, limit) is var listed and >= 0)
                {
                    return listed;
                }

                break;
            }

            // "le bilan – provisoire, selon le ministère | – s'élève à 40", "précise l'OFS | - a progressé": a dash set apart
            // closes the aside the name stands in, unless a name goes on after it ("Task Force - Operation Inherent Resolve").
            if (j > start && article.IsSpacedDash(j) && !(j + 1 < limit && Tokens[j + 1] is { Kind: TokenKind.Word, Upper: true }))
            {
                return j;
            }

            // "selon Oryx et | 40 avions selon le ministère": a number starts what is said next, unless it opens the name
            // after an introducer as a count of its speakers ("according to 42 professional forecasters").
            if (tokens[j].Kind == TokenKind.Number && !(j == start && counted) && !(j > start && NumberInName(j)))
            {
                while (j > start && Lexicon.LeadingStrip.Match(tokens, j - 1, out _, out _))
                {
                    j--;
                }

                // "according to official figures | just 300 homes": a word that plays the figure down is the figure's.
                while (j > start + 1 && Lexicon.LevelAdverbs.MatchBefore(tokens, j, out _, out var adverbStart) && adverbStart > start)
                {
                    j = adverbStart;
                }

                return BeforeDatedParticiple(start, j);
            }

            if (tokens[j].Kind == TokenKind.Word)
            {
                // "M. Dah | joint au téléphone": after a name, a participle saying how the speaker was reached ends it.
                if (j > start && tokens[j - 1].Upper && !tokens[j].Upper && Lexicon.AsideParticiples.Match(tokens, j, out _, out _))
                {
                    return j;
                }

                // "les hausses citées par l'OFS | sont les melons", "le bilan de la préfecture | établi peu après 21 heures": a
                // verb of the clause's own, or a participle that says how the count was made with no agent after it, ends the name.
                if (j > start && !IsFunction(j - 1) && (IsOwnVerb(j) || UnattributedParticiple(j, limit)))
                {
                    return j;
                }

                // "un responsable américain | cité par CNN": an introducer of its own names the medium, not this speaker.
                if (article.IsRelative(j) || (j > start && ((StopsPhrase(j) && !InsideKnownName(j) && !DatesDocument(j) && !InstitutionGoesOn(start, j, limit) && !RoleGoesOn(j, limit)
                    && !AcronymCloses(start, j, limit))
                    || (Lexicon.SourceBefore.Match(tokens, j, out var cue, out _) && cue is not (SourceCue.InvertedVerb or SourceCue.Opening or SourceCue.SentenceOpening)) || Dates(j)
                    || OpensNextPhrase(start, j))))
                {
                    return j;
                }

                words++;
            }

            j++;
        }

        // Cut by length: a name still open runs on through its words ("the Office of the | U.N. High Commissioner",
        // "le Haut-Commissariat de l'ONU aux droits | de l'Homme").
        while (j < limit && words < MaxNameTokens && !article.IsBreakAt(j) && !OpensLine(start, j) && tokens[j].Kind != TokenKind.Number
            && !article.IsRelative(j) && !StopsPhrase(j)
            && (IsFunction(j - 1) || tokens[j].Upper || tokens[j].Kind == TokenKind.Symbol || (IsFunction(j) && CapitalAhead(j))))
        {
            words += tokens[j].Kind == TokenKind.Word ? 1 : 0;
            j++;
        }

        return j;
    }

    /// <summary>"a Wednesday report from the bureau": a day between a determiner and a document says when it came out; it
    /// is no occasion of the verb that ends the speaker's name.</summary>
    private bool DatesDocument(int j) =>
        j > 0 && Lexicon.Determiners.Match(Tokens, j - 1, out _, out var determinerEnd) && determinerEnd == j
        && Lexicon.Occasions.Match(Tokens, j, out _, out var occasionEnd) && occasionEnd == j + 1 && occasionEnd < Tokens.Count
        && Lexicon.Documents.Match(Tokens, occasionEnd, out _, out _);

    /// <summary>Whether the token opens a line after the phrase's first: a headline with no full stop ("… selon la CGT") ends
    /// its names there, and the next paragraph's first words ("Le ministère de l'Intérieur indique") are no part of them.</summary>
    private bool OpensLine(int start, int j) => j > start && Tokens[j].LineStart;

    /// <summary>Whether a phrase stops before the word at <paramref name="j"/> ("le ministère | sur l'application"); one
    /// glued by a hyphen to the next word opens a compound noun instead ("le sous-préfet", "le sous-directeur").</summary>
    private bool StopsPhrase(int j) => Lexicon.PhraseStops.Match(Tokens, j, out _, out _) && !OpensCompound(j);

    /// <summary>Whether the word is glued by a hyphen to the next one, the first part of a compound ("sous-préfet").</summary>
    private bool OpensCompound(int j) =>
        j + 2 < Tokens.Count && Tokens[j + 1] is { Kind: TokenKind.Symbol, Adjacent: true } && article.Text[Tokens[j + 1].Start] == '-'
        && Tokens[j + 2].Adjacent;

    /// <summary>"a statement from the elections office | released today": a participle that dates what is said ends the
    /// name, unless its agent follows ("un bilan publié dimanche par le ministère" leads on to its author).</summary>
    private bool Dates(int j) =>
        Tokens[j].Kind == TokenKind.Word && !Tokens[j].Upper && Lexicon.AsideParticiples.Match(Tokens, j, out _, out var participleEnd)
        && Lexicon.Occasions.Match(Tokens, participleEnd, out _, out var occasionEnd)
        && !Lexicon.Agents.Match(Tokens, occasionEnd, out _, out _);

    /// <summary>A lower-case article right after a noun of the name starts the next phrase ("selon le ministère | le taux"),
    /// unless the noun classifies the name set after it ("le journal les Echos").</summary>
    private bool OpensNextPhrase(int start, int j) =>
        j > start + 1 && !Tokens[j].Upper && Tokens[j - 1].Kind == TokenKind.Word && !IsFunction(j - 1)
        && Lexicon.PhraseArticles.Match(Tokens, j, out _, out var after)
        && !(ClassifiesName(j - 1) && after < Tokens.Count && Tokens[after] is { Kind: TokenKind.Word, Upper: true });

    /// <summary>How many words may stand between a participle and its agent ("établi dimanche en fin de soirée | par").</summary>
    private const int ParticipleAgentReach = 6;

    /// <summary>Whether a participle of a reported count ("établi", "published") stands with no agent after it in its clause:
    /// it says when or how the count was made, not who made it.</summary>
    private bool UnattributedParticiple(int j, int limit)
    {
        if (Tokens[j].Upper || !Lexicon.AsideParticiples.Match(Tokens, j, out _, out var k))
        {
            return false;
        }

        for (var reach = 0; k < limit && reach <= ParticipleAgentReach && !article.IsBreakAt(k); k++, reach++)
        {
            if (Lexicon.Agents.Match(Tokens, k, out _, out _))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "selon le décompte du HCR arrêté au | 19 avril": a participle that dates the count ends the name before it.
    /// </summary>
    private int BeforeDatedParticiple(int start, int cut)
    {
        var k = cut;
        while (k > start + 1 && IsFunction(k - 1))
        {
            k--;
        }

        return k < cut && Lexicon.AsideParticiples.Match(Tokens, k - 1, out _, out var participleEnd) && participleEnd == k ? k - 1 : cut;
    }

    /// <summary>Whether the first word after the function words from <paramref name="j"/> starts with a capital ("de l'Homme").</summary>
    private bool CapitalAhead(int j)
    {
        while (j < Tokens.Count && IsFunction(j))
        {
            j++;
        }

        return j < Tokens.Count && Tokens[j].Kind == TokenKind.Word && Tokens[j].Upper;
    }
}
