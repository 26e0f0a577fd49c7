using Pipeline.Analysis.Figures;
using Pipeline.Analysis.Text;

namespace Pipeline.Analysis.Claims;

/// <summary>How firmly a clause states what it says: a hedge word ("reportedly", "pourrait") or a conditional verb ("aurait").</summary>
internal sealed class ModalityReader(ClaimTokens article)
{
    private readonly ForecastFrame forecasts = new(article);
    private readonly RecordReach records = new(article);
    private readonly PastValue past = new(article);
    private readonly StartingLevel starting = new(article);
    private readonly ViewShare views = new(article);
    private SentenceSpan cachedClause = new(-1, -1);
    private bool cachedQuotes;
    private bool cachedHedged;
    private bool positional;
    private int clauseFirst;
    private int clauseEnd;

    /// <summary>
    /// Whether the clause hedges the figure. A hedge inside a quotation belongs to the quoted words: it hedges a figure
    /// quoted with it, not one outside ("Quatre personnes sont mortes, dont « sans doute trois terroristes »"). A hedge
    /// word inside the source's own words ("according to unconfirmed reports") qualifies who speaks, not what is said.
    /// </summary>
    public bool IsHedged(SentenceSpan clause, Figure figure, Mention? source = null)
    {
        if (CountsSpeakers(figure) || IsPartitiveWhole(figure) || records.Measures(figure) || NamesRequirement(figure) || past.Marks(clause, figure)
            || starting.Marks(clause, figure, HedgeEndAt))
        {
            return false;
        }

        if (views.Counts(clause, figure))
        {
            return false;
        }

        if (ForecastFollows(clause, figure) || ForecastedBySpeaker(clause, figure) || OpensOnEstimate(figure) || PollShare(clause, figure, source) || forecasts.Hedges(clause, figure)
            || ForecastersEstimate(clause, figure, source) || InEarlierForecast(clause, figure))
        {
            return true;
        }

        // After what says a figure is a forecast ("au seuil de 4,5 % qui est la prévision de la Fed").
        if (forecasts.NamesTarget(figure))
        {
            return false;
        }

        // An enumeration ("1 800 chars, 3 950 véhicules…") reads its clause once: without quotes, every figure of it agrees.
        if (clause == cachedClause && !cachedQuotes && source is null)
        {
            return cachedHedged;
        }

        cachedClause = clause;
        // Figures on either side of a semicolon are read apart, like those around a quotation, and so are figures on
        // either side of a barrier to a hedge.
        positional = false;
        cachedQuotes = source is not null || HasSemicolon(clause);
        cachedHedged = Hedged(clause, figure, source);
        cachedQuotes |= positional;
        return cachedHedged;
    }

    /// <summary>How many words may open a clause up to the poll noun that is its subject ("Les derniers sondages").</summary>
    private const int PollSubjectWords = 4;

    /// <summary>
    /// "Les sondeurs donnent le candidat gagnant avec 54 %", "crédité de 28 %, selon un sondage Ifop": a share a poll gives,
    /// as the source or the subject that opens the clause, is a projection (the tenth set's reading), hedged; so is a share
    /// in a clause that names what only polls measure ("donnée en tête des intentions de vote (environ 30 %)") or set in a
    /// poll named after it. The seats a poll gives a party are its projection too ("Les sondages prédisent tout au plus 40
    /// sièges", "la coalition est créditée de 90 à 120 sièges par Elabe"): with the poll as the source or the subject, or
    /// after a verb of crediting; the seats set beside them ("contre 150 dans l'Assemblée sortante") are the count as it
    /// stands, and a share after a verb of crediting ("crédité de 20,50 %") may be a result, which only a poll makes a
    /// projection.
    /// </summary>
    private bool PollShare(SentenceSpan clause, Figure figure, Mention? source)
    {
        var lexicon = article.Lexicon;
        var seats = figure.Counted is { } counted && lexicon.PollSeats.Contains(counted.Lemma);
        var figureToken = article.LowerBound(figure.Start);
        if ((figure.Category != FigureCategory.Percentage && !seats) || lexicon.PollNouns.Count == 0
            || (seats && lexicon.PastComparisons.MatchBefore(article.Tokens, figureToken, out _, out _)))
        {
            return false;
        }

        if (source is { } said && HoldsPollNoun(article.LowerBound(said.Start), article.LowerBound(said.End), asSource: true))
        {
            return true;
        }

        var (first, end) = article.TokenRange(clause);
        if (PollOpens(article.SkipLeadingStrip(first, end), figureToken))
        {
            return true;
        }

        return seats
            ? Holds(lexicon.PollCredits, first, figureToken)
            : Holds(lexicon.PollMeasures, first, end) || PollAfterShare(article.LowerBound(figure.End), end);
    }

    /// <summary>How many words may stand between a share and the preposition that sets it in a poll ("40 percent support in").</summary>
    private const int PollSettingReach = 2;

    /// <summary>How many words may stand between that preposition and the poll's noun ("in the latest Ipsos poll").</summary>
    private const int PollNameWords = 3;

    /// <summary>
    /// "drew 40 percent support in the poll", "at 12% in the latest Ipsos poll", "recueille 23 % dans le dernier sondage
    /// Ifop": a share the clause sets in a poll, named after it, is that poll's projection.
    /// </summary>
    private bool PollAfterShare(int next, int end)
    {
        var tokens = article.Tokens;
        var lexicon = article.Lexicon;
        for (var k = next; k < end && k - next <= PollSettingReach && !article.IsBreak(tokens[k]); k++)
        {
            if (tokens[k].Kind != TokenKind.Word || !lexicon.PollSettings.Match(tokens, k, out _, out var settingEnd))
            {
                continue;
            }

            for (var j = settingEnd; j < end && j - settingEnd <= PollNameWords && !article.IsBreak(tokens[j]); j++)
            {
                if (tokens[j].Kind == TokenKind.Word && lexicon.PollsAfterShare.Match(tokens, j, out _, out _))
                {
                    return true;
                }
            }

            return false;
        }

        return false;
    }

    /// <summary>Whether a poll is the subject the clause opens on ("Les derniers sondages donnent…"), not one the clause
    /// denies ("Contrairement aux sondages, le RN n'a remporté que 143 sièges" states the result).</summary>
    private bool PollOpens(int start, int figureToken) =>
        HoldsPollNoun(start, Math.Min(figureToken, start + PollSubjectWords), asSource: false)
        && !(start < figureToken && article.Lexicon.HedgeDenials.Match(article.Tokens, start, out _, out _));

    /// <summary>
    /// "They [the forecasters] had estimated a contraction of only 1.1%", "compared with their previous estimate of 218,800
    /// losses": what forecasters estimate of what forecasts are about, or as their earlier estimate, is a forecast, hedged
    /// (the ninth set's reading); what they value ("Analysts estimate the cost at 2 billion dollars") they report, as any
    /// named source that estimates ("le réseau Sentinelles estime que 1.741.000 personnes ont consulté").
    /// </summary>
    private bool ForecastersEstimate(SentenceSpan clause, Figure figure, Mention? source)
    {
        var lexicon = article.Lexicon;
        if (source is not { } said || lexicon.Forecasters.Count == 0)
        {
            return false;
        }

        var (sourceStart, sourceEnd) = (article.LowerBound(said.Start), article.LowerBound(said.End));
        var (first, end) = article.TokenRange(clause);
        var figureToken = article.LowerBound(figure.Start);
        if (!Holds(lexicon.Forecasters, sourceStart, sourceEnd) || !Holds(lexicon.EstimateWords, first, figureToken))
        {
            return false;
        }

        // What the estimate is about, read outside the forecasters' own name ("economists" speaks of forecasts itself).
        var about = ForecastFrame.SpeaksOfForecast(article, first, Math.Clamp(sourceStart, first, end))
            || ForecastFrame.SpeaksOfForecast(article, Math.Clamp(sourceEnd, first, end), end);
        return about || EarlierEstimate(first, figureToken);
    }

    /// <summary>How many words may stand between a figure and the earlier forecast that gave it ("from 25% in the previous survey").</summary>
    private const int EarlierForecastReach = 4;

    /// <summary>
    /// "a 30% chance of recession, up from 25% in the previous survey", "up from 1.8% in an earlier October poll", "contre
    /// 1,1 % dans la précédente enquête", "up from the previous 1.7% estimate": a figure an earlier survey or forecast gave
    /// is that forecast, whatever the clause says of the new one; a past mark ("from 2.0% in 2024", "the previous month")
    /// leaves it as history. A figure set in a forecast ("0,6 % dans sa prévision de juin", "2.9% in its June forecast")
    /// is that forecast's value, earlier or not.
    /// </summary>
    private bool InEarlierForecast(SentenceSpan clause, Figure figure)
    {
        var tokens = article.Tokens;
        var lexicon = article.Lexicon;
        if (lexicon.EarlierForecastNouns.Count == 0)
        {
            return false;
        }

        var (first, end) = article.TokenRange(clause);
        var next = article.LowerBound(figure.End);
        var figureToken = article.LowerBound(figure.Start);
        // The mark before the figure, the noun right after it: "the previous 1.7% estimate", "its earlier 2.1% forecast".
        if (next < end && figureToken > first && lexicon.EarlierForecastNouns.Match(tokens, next, out _, out _)
            && lexicon.EarlierMarks.MatchBefore(tokens, figureToken, out _, out var markStart) && markStart >= first)
        {
            return true;
        }

        for (var k = next; k < end && k - next <= EarlierForecastReach && !article.IsBreak(tokens[k]); k++)
        {
            if (tokens[k].Kind != TokenKind.Word || !lexicon.EarlierForecastNouns.Match(tokens, k, out _, out var nounEnd))
            {
                continue;
            }

            // The earlier mark before the noun, maybe past one word ("an earlier October poll"), or right after it ("le sondage précédent").
            var before = (k > next && lexicon.EarlierMarks.MatchBefore(tokens, k, out _, out _))
                || (k - 1 > next && lexicon.EarlierMarks.MatchBefore(tokens, k - 1, out _, out _));
            return before || (nounEnd < end && lexicon.EarlierMarks.Match(tokens, nounEnd, out _, out _)) || SetInForecast(next, k);
        }

        return false;
    }

    /// <summary>
    /// "in its June forecast", "dans sa prévision de juin", "in the latest projections": right after the figure, a word
    /// that sets it in what follows, then a forecast noun with at most a determiner and one word before it. A survey or an
    /// estimate may hold facts ("40% in the survey said"), so only a forecast's own nouns count.
    /// </summary>
    private bool SetInForecast(int next, int noun)
    {
        var tokens = article.Tokens;
        var lexicon = article.Lexicon;
        if (!lexicon.ForecastSettings.Match(tokens, next, out _, out var k) || !lexicon.ForecastNouns.Match(tokens, noun, out _, out _))
        {
            return false;
        }

        if (k < noun && lexicon.Determiners.Match(tokens, k, out _, out var determinerEnd))
        {
            k = determinerEnd;
        }

        return noun == k || (noun == k + 1 && tokens[k] is { Kind: TokenKind.Word } && !lexicon.Prepositions.Match(tokens, k, out _, out _));
    }

    /// <summary>"their previous estimate of", "an earlier estimate": an estimate marked as the one before.</summary>
    private bool EarlierEstimate(int first, int end)
    {
        var tokens = article.Tokens;
        for (var k = first; k < end; k++)
        {
            if (tokens[k].Kind == TokenKind.Word && article.Lexicon.EarlierMarks.Match(tokens, k, out _, out var markEnd)
                && markEnd < end && article.Lexicon.EstimateWords.Match(tokens, markEnd, out _, out _))
            {
                return true;
            }
        }

        return false;
    }

    private bool Holds(PhraseTable<bool> table, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (article.Tokens[k].Kind == TokenKind.Word && table.Match(article.Tokens, k, out _, out var matchEnd) && matchEnd <= end)
            {
                return true;
            }
        }

        return false;
    }

    private bool HoldsPollNoun(int start, int end, bool asSource)
    {
        for (var k = start; k < end; k++)
        {
            if (article.Tokens[k].Kind == TokenKind.Word && article.Lexicon.PollNouns.Match(article.Tokens, k, out var anywhere, out _)
                && (anywhere || asSource))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"was reported to be 56 949 009": a passive that reports with no agent, before the figure in its clause; "Two
    /// homes were reported lost": one that reports a state of what the figure counts, right after it.</summary>
    public bool IsReportedWithoutSource(SentenceSpan clause, Figure figure)
    {
        var lexicon = article.Lexicon;
        var (first, end) = article.TokenRange(clause);
        var figureToken = Math.Min(article.LowerBound(figure.Start), end);
        for (var i = first; i < figureToken; i++)
        {
            if (lexicon.UnattributedReports.Match(article.Tokens, i, out _, out var reportEnd) && reportEnd <= figureToken)
            {
                return true;
            }
        }

        return ReportedState(Math.Min(article.LowerBound(figure.End), end), end);
    }

    /// <summary>How many words may stand between the figure and the passive that reports its state ("12 people in the
    /// village were reported missing").</summary>
    private const int ReportedStateGap = 4;

    /// <summary>"were reported killed", "have been reported missing": a passive auxiliary (with its own auxiliaries) then a
    /// reported state, a few words after <paramref name="from"/> within the clause.</summary>
    private bool ReportedState(int from, int end)
    {
        var tokens = article.Tokens;
        var lexicon = article.Lexicon;
        if (lexicon.ReportedStates.Count == 0)
        {
            return false;
        }

        for (var k = from; k < end && k - from <= ReportedStateGap && !article.IsBreakAt(k); k++)
        {
            if (!lexicon.PassiveAuxiliaries.Match(tokens, k, out _, out _))
            {
                continue;
            }

            var j = k + 1;
            while (j < end && lexicon.PassiveAuxiliaries.Match(tokens, j, out _, out var next))
            {
                j = next;
            }

            return j < end && lexicon.ReportedStates.Match(tokens, j, out _, out _);
        }

        return false;
    }

    private bool Hedged(SentenceSpan clause, Figure figure, Mention? source)
    {
        var tokens = article.Tokens;
        var lexicon = article.Lexicon;
        var (first, end) = article.TokenRange(clause);
        var figureToken = article.LowerBound(figure.Start);
        var figureEnd = article.LowerBound(figure.End);
        (first, end) = Stretch(first, end, figureToken);
        clauseFirst = first;
        clauseEnd = end;
        var quotedApart = false;
        for (var i = first; i < end; i++)
        {
            var token = tokens[i];
            if (article.IsQuote(i))
            {
                cachedQuotes = true;
                quotedApart = article.OpensQuote(i) && !QuotesFigure(i, figureToken, end);
                continue;
            }

            if (quotedApart || ClaimTokens.Inside(token.Start, token.End, source))
            {
                continue;
            }

            // "in May 2022", "MONDAY, May 4 (HealthDay News)": a capitalised hedge word inside a sentence, even after a
            // comma, is a name, not a modal; only a clause's or a quotation's first word is capitalised for its own sake.
            // "le nombre de morts est estimé à 300" is the article's own estimate; a source's ("estimés à 2 millions par les
            // assureurs") is what the source reports.
            if (lexicon.IsHedgeWord(token.Id) && lexicon.Hedges.Match(tokens, i, out var always, out var hedgeEnd) && (always || source is null)
                && !(token.Upper && i > first && !article.IsQuote(i - 1)) && !SpeltApart(i, hedgeEnd) && !OpensDateline(i, hedgeEnd, end)
                && !Denied(i, first) && !NamesCause(i, hedgeEnd, figureEnd) && Reaches(i, figureToken, figureEnd))
            {
                return true;
            }

            if (IsConditionalVerb(token)
                && !NamesCause(i, i + 1, figureEnd) && Reaches(i, figureToken, figureEnd))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "The 12% fall may be due to the weather", "Les 300 suppressions pourraient s'expliquer par la crise": a hedge after
    /// the figure that goes on to name a cause speculates on why, not on the figure, which stands as its own verb says. A
    /// figure after the hedge is in the speculated cause ("may be due to a 3% rise in prices") and stays hedged.
    /// </summary>
    private bool NamesCause(int hedge, int hedgeEnd, int figureEnd) =>
        hedge >= figureEnd && hedgeEnd < article.Tokens.Count && article.Lexicon.HedgedCauses.Match(article.Tokens, hedgeEnd, out _, out _);

    /// <summary>Where a hedge word ("pourraient", "could") or a conditional ("devrait") at token <paramref name="i"/> ends, or -1.</summary>
    private int HedgeEndAt(int i)
    {
        var token = article.Tokens[i];
        var lexicon = article.Lexicon;
        if (token.Kind != TokenKind.Word)
        {
            return -1;
        }

        if (lexicon.IsHedgeWord(token.Id) && lexicon.Hedges.Match(article.Tokens, i, out _, out var hedgeEnd))
        {
            return hedgeEnd;
        }

        return IsConditionalVerb(token) ? i + 1 : -1;
    }

    /// <summary>Whether the token is a verb in the conditional ("devrait", "serait"), where the language has one.</summary>
    private bool IsConditionalVerb(Token token) =>
        article.Lexicon.ConditionalSuffixes.Length > 0 && token.Kind == TokenKind.Word && token.Length is > 5 and <= 64 && !token.Upper
        && IsConditional(token);

    /// <summary>"Contrary to forecasts, the economy grew 3%": a hedge the clause denies says what the figure is not, so the
    /// figure stands as firmly as its own verb says.</summary>
    private bool Denied(int hedge, int first) =>
        hedge > first && article.Lexicon.HedgeDenials.MatchBefore(article.Tokens, hedge, out _, out var start) && start >= first;

    /// <summary>
    /// "May 14 (UPI) -- The ministry announced …", "May 3 - Police said …": a capitalised hedge word right before a day's
    /// number that ends no phrase of its own (a bracket, a dash or a comma follows) is a month opening a dateline. "Perhaps
    /// 20 people died" counts what the hedge bears on.
    /// </summary>
    private bool OpensDateline(int hedge, int hedgeEnd, int end)
    {
        var tokens = article.Tokens;
        return tokens[hedge].Upper && hedgeEnd == hedge + 1 && hedgeEnd + 1 < end
            && tokens[hedgeEnd] is { Kind: TokenKind.Number, Length: <= 2 } && tokens[hedgeEnd + 1].Kind != TokenKind.Word;
    }

    /// <summary>
    /// "elle peut être prévenue par deux doses": a hedge that is one word with a hyphen ("peut-être", maybe) is, spelt as
    /// two words, the verb it is made of ("can be"), which says what is possible, not how sure the figure is.
    /// </summary>
    private bool SpeltApart(int hedge, int hedgeEnd)
    {
        var tokens = article.Tokens;
        if (!article.Lexicon.JoinedHedges.Match(tokens, hedge, out _, out var joinedEnd) || joinedEnd != hedgeEnd)
        {
            return false;
        }

        var hyphen = article.Lexicon.Vocabulary.HyphenId;
        for (var k = hedge + 1; k < hedgeEnd; k++)
        {
            if (tokens[k].Id == hyphen)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>How many words may stand between a count of respondents and its participle ("39 economists surveyed").</summary>
    private const int RespondentWords = 2;

    /// <summary>
    /// "according to 42 professional forecasters", "the quarterly survey of 37 analysts", "The 39 economists surveyed
    /// expect", "un sondage auprès de 852 personnes": a figure that counts the speakers, or those a survey asked, is the
    /// article's own, however firmly the speakers say what they say.
    /// </summary>
    private bool CountsSpeakers(Figure figure)
    {
        var tokens = article.Tokens;
        var lexicon = article.Lexicon;
        var first = article.LowerBound(figure.Start);
        if (first > 0 && ((lexicon.SourceBefore.MatchBefore(tokens, first, out var cue, out _) && cue is SourceCue.Introducer or SourceCue.QuotedBy)
            || lexicon.RespondentLeads.MatchBefore(tokens, first, out _, out _)))
        {
            return true;
        }

        // "a panel of 42 professional forecasters": the figure counts those whose forecast the clause gives.
        var next = article.LowerBound(figure.End);
        for (var k = first + 1; k < next; k++)
        {
            if (tokens[k].Kind == TokenKind.Word && lexicon.Forecasters.Match(tokens, k, out _, out var forecasterEnd) && forecasterEnd == next)
            {
                return true;
            }
        }

        for (var k = next; k < tokens.Count && k - next <= RespondentWords && tokens[k] is { Kind: TokenKind.Word, Upper: false }; k++)
        {
            if (lexicon.RespondentParticiples.Match(tokens, k, out _, out _))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "which would put it above the 10 percent needed to enter parliament", "les 5 % nécessaires pour entrer au Parlement":
    /// a figure a rule requires is a set value, stated as fact, whatever the clause says may reach it.
    /// </summary>
    private bool NamesRequirement(Figure figure)
    {
        var tokens = article.Tokens;
        var lexicon = article.Lexicon;
        var next = article.LowerBound(figure.End);
        return lexicon.Requirements.Count > 0 && next < tokens.Count && tokens[next].Kind == TokenKind.Word
            && lexicon.Requirements.Match(tokens, next, out _, out var end) && end < tokens.Count && lexicon.RequirementLinks.Match(tokens, end, out _, out _);
    }

    /// <summary>"An estimated 120 others": a figure that opens on an estimate of the article's own.</summary>
    private bool OpensOnEstimate(Figure figure)
    {
        var first = article.LowerBound(figure.Start);
        return first < article.Tokens.Count && article.Lexicon.FigureOpeningHedges.Match(article.Tokens, first, out _, out var end)
            && end < article.Tokens.Count && article.Tokens[end].Start < figure.End;
    }

    /// <summary>
    /// Whether the hedge at <paramref name="hedge"/> reaches the figure: not over a cause or a comparison between them
    /// ("may be delayed because of hundreds", "likely to be 70% instead of the 50%"), and not back from a verb phrase
    /// coordinated after the figure ("destroyed 30 homes and could spread").
    /// </summary>
    private bool Reaches(int hedge, int figureToken, int figureEnd)
    {
        var tokens = article.Tokens;
        var lexicon = article.Lexicon;
        var before = hedge < figureToken;
        if (!before && (ComplementBefore(figureToken, figureEnd, hedge) || ClosedAside(figureEnd, hedge)))
        {
            positional = true;
            return false;
        }

        if (!before && (RelativeBetween(figureEnd, hedge) || AbsoluteBetween(figureEnd, hedge) || CoordinatedClauseBetween(figureToken, figureEnd, hedge) || InOpeningSubordinate(figureToken, figureEnd, hedge)
            || InClosedRelative(figureToken, figureEnd, hedge)))
        {
            positional = true;
            return false;
        }

        if (before && SubordinateBetween(hedge, figureToken))
        {
            positional = true;
            return false;
        }

        if (lexicon.HedgeBarriers.Count == 0 && lexicon.HedgeCoordinators.Count == 0)
        {
            return true;
        }

        // Another figure of the clause may stand on the other side of a barrier: the clause's answer is not shared.
        positional = true;
        var (from, to) = before ? (hedge + 1, figureToken) : (figureEnd, hedge);
        var broken = false;
        for (var k = to - 1; k >= from; k--)
        {
            // A barrier word in the figure's own phrase ("because of hundreds of complaints", "than the 2.4% projected",
            // not "better than the 2.4% projected, with 2.9%"), or a comma and a coordinator opening a clause ("…,
            // officials said, and the toll is likely to rise"; not a list: "68 percent, or 720,000 ballots").
            // A comma and an absolute "with" opens a phrase of fact: "likely to rise further, with 1,200 people missing".
            // A coordinator and a comma open a clause after an aside ("expects hundreds of aftershocks and, in 2009, there
            // were thousands").
            if (tokens[k].Kind == TokenKind.Word && ((!(before && broken) && lexicon.HedgeBarriers.Match(tokens, k, out var anywhere, out var barrierEnd)
                    && (anywhere ? barrierEnd <= to : barrierEnd == to))
                || (k > from && article.IsComma(k - 1) && !(before && k + 1 == to) && lexicon.HedgeCoordinators.Match(tokens, k, out _, out var joinEnd)
                    && !(before && joinEnd < to && article.ContinuesVerbPhrase(joinEnd)))
                || (before && k + 1 < to && article.IsComma(k + 1) && lexicon.HedgeCoordinators.Match(tokens, k, out _, out var coordinatorEnd) && coordinatorEnd == k + 1)
                || (before && k > from && article.IsComma(k - 1) && lexicon.Absolutes.Match(tokens, k, out _, out _) && !ForecastFrame.SpeaksOfForecast(article, k, clauseEnd))))
            {
                return false;
            }

            broken |= article.IsBreak(tokens[k]);
        }

        if (before)
        {
            return true;
        }

        // "approximately 3,000 of about 18,000 Americans believed to be there": a hedge right after another figure and its
        // noun is that figure's own, unless a bare coordinator joins the two as subjects of one verb ("3,000 troops and 200
        // tanks could be deployed").
        if (hedge - 2 >= figureEnd && tokens[hedge - 2].Kind == TokenKind.Number && tokens[hedge - 1].Kind == TokenKind.Word
            && !(lexicon.HedgeCoordinators.Match(tokens, figureEnd, out _, out var joinedAt) && joinedAt == hedge - 2))
        {
            return false;
        }

        // "won 33 seats, giving birth to speculations that it might": a participle clause after a comma is the article's
        // comment on the figure, and what it says of the future does not hedge the figure.
        for (var k = figureEnd + 1; k < hedge; k++)
        {
            if (article.IsComma(k - 1) && tokens[k] is { Kind: TokenKind.Word, Upper: false } && IsClauseParticiple(tokens[k]))
            {
                return false;
            }
        }

        // "rose to 9 percent and is likely to rise further": past the auxiliary of the coordinated verb.
        var coordinator = hedge - 1;
        if (coordinator - 1 >= figureEnd && (lexicon.PassiveAuxiliaries.Match(tokens, coordinator, out _, out var auxiliaryEnd) || lexicon.Auxiliaries.Match(tokens, coordinator, out _, out auxiliaryEnd))
            && auxiliaryEnd == hedge)
        {
            coordinator--;
        }

        return !(coordinator >= figureEnd && lexicon.HedgeCoordinators.Match(tokens, coordinator, out _, out _));
    }

    /// <summary>
    /// Whether a relative clause set off by a comma opens between the figure and a hedge after it ("had 11 percent, which
    /// would put it above", "concerne des enfants, qui devraient bénéficier"): the hedge is the relative clause's, said of
    /// what the figure's clause states as fact. "that"/"que" after a comma open what is said, not a relative.
    /// </summary>
    private bool RelativeBetween(int figureEnd, int hedge)
    {
        var tokens = article.Tokens;
        for (var k = figureEnd + 1; k < hedge; k++)
        {
            if (article.OpensRelativeAfterComma(k)
                && !article.Lexicon.ReportedClauses.Match(tokens, k, out _, out _))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "22 were rescued and another 22 are believed trapped", "12 morts ont été recensés et le bilan pourrait s'alourdir":
    /// after the figure's own finite verb, a coordinator with a subject of its own after it opens a clause of its own, and
    /// a hedge in it does not reach back. With no verb between ("3,000 troops and 200 tanks could be deployed") the
    /// coordinator joins subjects the hedge bears on; with none after it ("were killed and are feared") the verb phrase
    /// shares the figure's subject; a hedge past a comma ("If 300 homes are flooded and the dam breaks, the damage
    /// could be severe") is not the coordinated clause's. "Rose 1 percent, a sign that inflation may ease": a clause appended after a comma.
    /// </summary>
    private bool CoordinatedClauseBetween(int figureToken, int figureEnd, int hedge)
    {
        var tokens = article.Tokens;
        var lexicon = article.Lexicon;
        var finite = ObjectOfVerbBefore(figureToken);
        for (var k = figureEnd; k < hedge; k++)
        {
            if (tokens[k].Kind != TokenKind.Word)
            {
                continue;
            }

            if (k > figureEnd && article.IsComma(k - 1) && !tokens[k].Upper && lexicon.AppendedClauses.Match(tokens, k, out _, out var appendedEnd) && appendedEnd <= hedge)
            {
                return true;
            }

            if (finite && k + 2 <= hedge && lexicon.HedgeCoordinators.Match(tokens, k, out _, out var subject) && subject < hedge
                && !IsVerbAt(subject) && !IsPastParticiple(tokens[subject]) && !article.HasComma(subject, hedge))
            {
                return true;
            }

            finite |= IsVerbAt(k);
        }

        return false;
    }

    /// <summary>
    /// "The floods killed 15 people and dozens more may be missing", "La frappe a fait 20 morts et le bilan pourrait
    /// s'alourdir": the figure is the object of a finite verb right before it, a simple past or an auxiliary and its
    /// participle, so a coordinator after it with a subject of its own opens another clause. A verb that foresees
    /// ("predicted 5 inches") makes the figure a forecast, not such an object.
    /// </summary>
    private bool ObjectOfVerbBefore(int figureToken)
    {
        var tokens = article.Tokens;
        var lexicon = article.Lexicon;
        var verb = figureToken - 1;
        if (verb < clauseFirst || tokens[verb] is not { Kind: TokenKind.Word, Upper: false } || article.Foresees(verb))
        {
            return false;
        }

        return (verb - 1 >= clauseFirst && lexicon.Auxiliaries.Match(tokens, verb - 1, out _, out var auxiliaryEnd) && auxiliaryEnd == verb)
            || article.EndsWithOneOf(tokens[verb], lexicon.SimplePastSuffixes, StringComparison.Ordinal);
    }

    private bool IsVerbAt(int k) =>
        article.Lexicon.PassiveAuxiliaries.Match(article.Tokens, k, out _, out _) || article.Lexicon.Auxiliaries.Match(article.Tokens, k, out _, out _);

    /// <summary>
    /// "The toll could approach 1,000 deaths, after authorities disclosed 207", "pourrait dépasser 300 morts, alors que les
    /// autorités en recensent 120", "pourraient être acheminés en Irak, où 130 000 soldats sont déployés": a clause of its
    /// own opened after a comma, between a hedge and a figure, states its figure as firmly as its own verb does.
    /// </summary>
    private bool SubordinateBetween(int hedge, int figureToken)
    {
        for (var k = hedge + 1; k < figureToken; k++)
        {
            if (article.OpensClauseOfItsOwn(k, figureToken))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Les suspects, qui parvenaient à détourner 100 000 euros par an, auraient créé…", "The director, who laid off 40
    /// workers last year, may leave": a figure inside a relative clause set off by commas is stated as firmly as the relative
    /// clause's own verb; the main clause's hedge after the closing comma does not reach into it. A relative whose next word
    /// is a number takes a part of what comes before ("dont 40 enfants") and is no clause.
    /// </summary>
    private bool InClosedRelative(int figureToken, int figureEnd, int hedge)
    {
        var tokens = article.Tokens;
        var opened = false;
        for (var k = figureToken - 1; k > clauseFirst; k--)
        {
            if (article.IsBreak(tokens[k]))
            {
                return false;
            }

            if (article.OpensRelativeAfterComma(k)
                && !article.Lexicon.ReportedClauses.Match(tokens, k, out _, out _) && tokens[k + 1] is { Kind: TokenKind.Word })
            {
                opened = true;
                break;
            }
        }

        return opened && article.HasComma(figureEnd, hedge);
    }

    /// <summary>
    /// "At least three million customers remained without power, with authorities warning it could be days": a hedge inside
    /// an absolute phrase after the figure (a comma, then "with") is said of what that phrase adds, not of the figure.
    /// </summary>
    private bool AbsoluteBetween(int figureEnd, int hedge)
    {
        for (var k = figureEnd + 1; k < hedge; k++)
        {
            if (article.IsComma(k - 1) && article.Tokens[k] is { Kind: TokenKind.Word, Upper: false } && article.Lexicon.Absolutes.Match(article.Tokens, k, out _, out _))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "When added to the 821 million people already hungry, that scenario would push…", "Alors que 247 victimes sont
    /// comptabilisées, le bilan pourrait…": a figure inside a subordinate clause that opens the sentence, closed by a comma
    /// before the hedge, is what the sentence sets as its background, stated as fact. A condition ("if", "si") is not such
    /// a clause: it is a hypothesis, which the hedge after it shares.
    /// </summary>
    private bool InOpeningSubordinate(int figureToken, int figureEnd, int hedge)
    {
        var tokens = article.Tokens;
        // "Alors que": a subordinator may open on a word the clause's leading strip passes ("alors").
        var start = clauseFirst;
        while (start < figureToken && tokens[start].Kind != TokenKind.Word)
        {
            start++;
        }

        var subordinators = article.Lexicon.OpeningSubordinators;
        if (!subordinators.Match(tokens, start, out _, out var subordinatorEnd))
        {
            start = article.SkipLeadingStrip(start, figureToken);
            if (start >= figureToken || !subordinators.Match(tokens, start, out _, out subordinatorEnd))
            {
                return false;
            }
        }

        if (subordinatorEnd > figureToken)
        {
            return false;
        }

        for (var k = subordinatorEnd; k < figureToken; k++)
        {
            if (article.IsBreakBetweenWords(k))
            {
                return false;
            }
        }

        for (var k = figureEnd; k < hedge; k++)
        {
            if (article.IsComma(k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How many words a hedge may stand after a figure's phrase and still modify it ("more than 700 people believed dead").</summary>
    private const int PostModifierWords = 2;

    /// <summary>
    /// "une augmentation de 10 % des tarifs … devraient compenser", "Across 3,480 polling stations, voters could": a figure
    /// after a preposition is a complement, not the subject of the verb a later hedge bears on, so the hedge does not reach
    /// back to it, unless it stands right after the figure's noun as its own post-modifier.
    /// </summary>
    private bool ComplementBefore(int figureToken, int figureEnd, int hedge)
    {
        var tokens = article.Tokens;
        if (figureToken == 0 || tokens[figureToken - 1].Kind != TokenKind.Word
            || !article.Lexicon.HedgeComplements.Match(tokens, figureToken - 1, out _, out var end) || end != figureToken)
        {
            return false;
        }

        if (hedge - figureEnd > PostModifierWords)
        {
            return true;
        }

        // The figure's own noun and its adjectives, with no complement of their own ("une baisse de 15 % des ventes pourrait").
        for (var k = figureEnd; k < hedge; k++)
        {
            if (tokens[k].Kind != TokenKind.Word || article.Lexicon.HedgeComplements.Match(tokens, k, out _, out _))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"(+0,2 point d'inflation) devraient compenser": an aside in brackets closed before the hedge comments on
    /// what it follows; the hedge after it bears on the clause's verb.</summary>
    private bool ClosedAside(int figureEnd, int hedge)
    {
        for (var k = figureEnd; k < hedge; k++)
        {
            if (article.Tokens[k].Kind == TokenKind.Symbol && article.Text[article.Tokens[k].Start] == ')')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "for one of the seven candidates", "18 of the 31 member states are expected to": the whole a part is taken from is
    /// counted as a fact, whatever the clause says of the part (the press set's guidelines).
    /// </summary>
    private bool IsPartitiveWhole(Figure figure)
    {
        var tokens = article.Tokens;
        var first = article.LowerBound(figure.Start);
        if (first == 0 || !article.Lexicon.Partitives.MatchBefore(tokens, first, out var afterNumber, out var start))
        {
            return false;
        }

        return !afterNumber || (start > 0 && tokens[start - 1].Kind == TokenKind.Number);
    }

    /// <summary>"…, et déplacé 20 000 autres": a past participle in lower case, which continues the verb phrase of an auxiliary before it.</summary>
    private bool IsPastParticiple(Token token) =>
        token.Kind == TokenKind.Word && !token.Upper && article.EndsWithOneOf(token, article.Lexicon.PastParticipleSuffixes, StringComparison.Ordinal);

    private bool IsClauseParticiple(Token token) => article.EndsWithOneOf(token, article.Lexicon.ClauseParticipleSuffixes, StringComparison.OrdinalIgnoreCase);

    private bool HasSemicolon(SentenceSpan clause) => article.Text.AsSpan(clause.Start, clause.End - clause.Start).Contains(';');

    /// <summary>
    /// The part of the clause up to the semicolon after the figure: a hedge does not reach back over it ("huit Français
    /// avaient été identifiés …; un autre Français serait porté disparu" hedges the missing one, not the eight).
    /// </summary>
    private (int First, int End) Stretch(int first, int end, int figureToken)
    {
        var stop = end;
        for (var k = figureToken; k < end; k++)
        {
            // Forward, a hedge reaches over a semicolon: a list of forecasts shares its verb ("expects 2 percent this year;
            // 3 percent next year").
            if (article.Tokens[k].Kind == TokenKind.Symbol && article.Text[article.Tokens[k].Start] == ';')
            {
                stop = k;
                break;
            }
        }

        return (first, stop);
    }

    /// <summary>
    /// "compared to a 1.2 percent forecast", "the 0.9 percent predicted": the figure is what was forecast, while the figure
    /// it is compared with ("prices rose 1.1 percent") stays as firm as its clause says.
    /// </summary>
    private bool ForecastFollows(SentenceSpan clause, Figure figure)
    {
        var (first, end) = article.TokenRange(clause);
        var next = article.LowerBound(figure.End);
        // "the 0.2 percent dip projected in the fall": past the one noun the figure measures.
        var lexicon = article.Lexicon;
        if (next + 1 < end && article.Tokens[next] is { Kind: TokenKind.Word, Upper: false } && !lexicon.FigureHedges.Match(article.Tokens, next, out _, out _)
            && !lexicon.PassiveAuxiliaries.Match(article.Tokens, next, out _, out _) && !lexicon.Auxiliaries.Match(article.Tokens, next, out _, out _)
            && HedgesPastNoun(next + 1) && !article.IsBreak(article.Tokens[next + 1]))
        {
            next++;
        }
        else if (next + 2 < end && IsFigureNounWord(next) && IsFigureNounWord(next + 1) && HedgesPastNoun(next + 2))
        {
            // "the 1.3% growth rate projected in June": past a compound noun of two words.
            next += 2;
        }

        if (next >= end)
        {
            return false;
        }

        // "au lieu de 0,1 % prévu en juin": a word as often planned as predicted ("les 300 chars prévus par le contrat")
        // hedges the figure before it only where the clause speaks of a forecast.
        return (lexicon.FigureHedges.Match(article.Tokens, next, out var pastNoun, out _) && (pastNoun || (figure.Counted is null && next == article.LowerBound(figure.End))))
            || (lexicon.ForecastFigureHedges.Match(article.Tokens, next, out _, out _) && ForecastFrame.SpeaksOfForecast(article, first, end));
    }

    /// <summary>A word that hedges the figure past the figure's own noun ("the 0.2 percent dip projected"), not one that
    /// does so only right after a figure that counts no noun ("the 3.5% estimate", where "12 provinces estimate" is a verb).</summary>
    private bool HedgesPastNoun(int k) => article.Lexicon.FigureHedges.Match(article.Tokens, k, out var pastNoun, out _) && pastNoun;

    /// <summary>A word of the figure's own noun ("growth", "rate"): in lower case, and no hedge, verb, preposition or relative.</summary>
    private bool IsFigureNounWord(int k)
    {
        var tokens = article.Tokens;
        var lexicon = article.Lexicon;
        return tokens[k] is { Kind: TokenKind.Word, Upper: false } && !lexicon.FigureHedges.Match(tokens, k, out _, out _) && !IsVerbAt(k)
            && !article.IsOf(k) && !lexicon.Prepositions.Match(tokens, k, out _, out _) && !article.IsRelative(k) && !lexicon.Hedges.Match(tokens, k, out _, out _);
    }

    /// <summary>
    /// "the 0.4 percent gain economists forecast", "the 200,000 jobs analysts had predicted", "les 1,5 % escomptés par la
    /// Banque de France": a figure that a speaker's (or a passive's) reduced relative clause (<see cref="ReducedRelative"/>) foresees is a forecast.
    /// </summary>
    private bool ForecastedBySpeaker(SentenceSpan clause, Figure figure)
    {
        if (ReducedRelative.Find(article, clause, figure) is not { Forecast: true } relative)
        {
            return false;
        }

        // "les 1,5 % escomptés par la Banque de France": the participle itself foresees it, whoever its agent.
        if (relative.Passive)
        {
            return true;
        }

        var tokens = article.Tokens;
        for (var k = relative.SpeakerStart; k < relative.Verb; k++)
        {
            if (tokens[k].Upper || article.Lexicon.SpeakerNouns.Match(tokens, k, out _, out _))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the quotation opened at <paramref name="open"/> holds the figure.</summary>
    private bool QuotesFigure(int open, int figureToken, int end)
    {
        if (figureToken < open)
        {
            return false;
        }

        for (var k = open + 1; k < figureToken && k < end; k++)
        {
            if (article.IsQuote(k) && !article.OpensQuote(k))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"aurait", "pourraient", "enverrait": a conditional ending, unless the word is an imperfect or a noun so spelt.</summary>
    private bool IsConditional(Token token)
    {
        var lexicon = article.Lexicon;
        var word = article.Text.AsSpan(token.Start, token.Length);
        // Every ending shares its last three letters with few words ("-ait", "-ent"): most words stop here.
        Span<char> tail = stackalloc char[3];
        TextFolding.Fold(word[^3..], tail);
        if (!lexicon.ConditionalTails.Contains(tail))
        {
            return false;
        }

        Span<char> buffer = stackalloc char[64];
        var folded = buffer[..TextFolding.Fold(word, buffer)];
        var conditional = false;
        foreach (var suffix in lexicon.ConditionalSuffixes)
        {
            conditional |= folded.EndsWith(suffix, StringComparison.Ordinal);
        }

        return conditional && !lexicon.ConditionalExceptions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(folded);
    }
}
