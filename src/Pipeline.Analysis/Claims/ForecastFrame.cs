using Pipeline.Analysis.Figures;
using Pipeline.Analysis.Text;

namespace Pipeline.Analysis.Claims;

/// <summary>
/// Whether a figure is what a forecast says: it follows, in its clause, a word that hedges what comes after it ("is
/// expected to hit 9 percent", "with projections of 9.8%"), or a future ("will shrink", "s'établira", "the forecasters
/// see 3.0%") in a clause that speaks of a forecast. A future elsewhere is a plan or a schedule ("the army will send 14
/// tanks", "30 canons Caesar seront envoyés"), which the article states as fact.
/// </summary>
internal sealed class ForecastFrame(ClaimTokens article)
{
    private readonly ReportingVerbs verbs = new(article);
    private SentenceSpan cachedClause = new(-1, -1);
    private bool cachedContext;

    public bool Hedges(SentenceSpan clause, Figure figure)
    {
        var tokens = article.Tokens;
        var lexicon = article.Lexicon;
        var (first, end) = article.TokenRange(clause);
        var figureToken = Math.Min(article.LowerBound(figure.Start), end);
        if (LooksAhead(figure, figureToken) || GivesForecast(first, end, figureToken, figure) || RevisesForecast(first, end, figureToken)
            || (figure.Category == FigureCategory.Percentage && ListedAfterRevision(first, end, figureToken))
            || (PronounPutAtLevel(first, figureToken) && (figure.Category == FigureCategory.Percentage || InForecast(clause, first, end)))
            || ValueOfForecast(first, figureToken) || (ForecastIsSubject(first, figureToken) && !NamesTarget(figure)) || ForecastersCall(first, figureToken))
        {
            return true;
        }

        if (NamesTarget(figure))
        {
            return false;
        }

        var futures = lexicon.FutureSuffixes.Length > 0;
        for (var i = first; i < figureToken; i++)
        {
            var token = tokens[i];
            if (token.Kind != TokenKind.Word)
            {
                continue;
            }

            if (lexicon.IsForecastWord(token.Id))
            {
                if (lexicon.ForwardHedges.Match(tokens, i, out _, out var hedgeEnd) && hedgeEnd <= figureToken && !Barred(hedgeEnd, figureToken))
                {
                    return true;
                }

                if (SplitForwardHedge(i, figureToken, out var splitEnd) && !Barred(splitEnd, figureToken))
                {
                    return true;
                }

                if (lexicon.ForecastVerbs.Match(tokens, i, out var anyClause, out var verbEnd) && verbEnd <= figureToken
                    && (InForecast(clause, first, end) || (anyClause && (ReachesLevel(verbEnd, figureToken) || PutsAtLevel(i, first, verbEnd, figureToken))))
                    && !Barred(verbEnd, figureToken) && !InClosedRelative(first, i, verbEnd, figureToken))
                {
                    return true;
                }

                // "The IMF predicted growth of 2 percent": a forecaster's verb with its object.
                if (verbs.Forecasts(i, end, out var forecastEnd) && forecastEnd <= figureToken && !Barred(forecastEnd, figureToken)
                    && !InClosedRelative(first, i, forecastEnd, figureToken))
                {
                    return true;
                }

                if (verbs.Foresees(i, end, out var foreseenEnd) && foreseenEnd <= figureToken && WordsBetween(foreseenEnd, figureToken) <= ObjectWords
                    && !Barred(foreseenEnd, figureToken) && !InClosedRelative(first, i, foreseenEnd, figureToken))
                {
                    return true;
                }
            }

            if (futures && !token.Upper && token.Length is > 3 and <= 64 && IsFuture(token) && InForecast(clause, first, end))
            {
                return true;
            }
        }

        return OpensSubjectOfForecast(clause, first, end, figureToken, figure);
    }

    /// <summary>
    /// How many words the object of a verb that foresees whatever it takes may hold before the figure ("tablent sur une
    /// croissance du produit intérieur brut de 1,5 %", "tablait sur une hausse de 1,4 % en 2016, puis de 1,5 % en 2017 et
    /// 1,6 %"); a figure further on, in a clause that does not speak of a forecast, is what the sentence goes on to say
    /// ("Bayrou qui tablait sur son programme réaliste et le divorce entre … ne ramasse que 9 %").
    /// </summary>
    private const int ObjectWords = 8;

    private int WordsBetween(int from, int to)
    {
        var words = 0;
        for (var k = from; k < to; k++)
        {
            words += article.Tokens[k].Kind == TokenKind.Word ? 1 : 0;
        }

        return words;
    }

    /// <summary>
    /// "Le ministre, qui tablait sur 300 embauches, n'a recruté que 120 personnes", "The minister, who predicted 300 new
    /// jobs, has hired 120 people": a verb that foresees inside a relative clause set off by commas foresees what that
    /// clause holds; the main clause after the closing comma states its figure as firmly as its own verb does.
    /// </summary>
    private bool InClosedRelative(int first, int verb, int verbEnd, int figureToken)
    {
        var tokens = article.Tokens;
        for (var k = verb - 1; k > first; k--)
        {
            if (article.IsBreak(tokens[k]))
            {
                return false;
            }

            if (article.OpensRelativeAfterComma(k))
            {
                return article.HasComma(verbEnd, figureToken);
            }
        }

        return false;
    }

    /// <summary>How many words an aside between commas may take inside a forward hedge ("est, à ce stade, attendu").</summary>
    private const int AsideWords = 5;

    /// <summary>
    /// "is also seen expanding", "Inflation is now expected to reach 3%", "est, à ce stade, attendu à", "sont désormais
    /// attendues en hausse de": a forward hedge whose auxiliary is parted from the rest by adverbs or an aside between
    /// commas hedges as the whole phrase does.
    /// </summary>
    private bool SplitForwardHedge(int auxiliary, int figureToken, out int end)
    {
        var tokens = article.Tokens;
        var lexicon = article.Lexicon;
        end = auxiliary;
        var j = auxiliary + 1;
        while (j < figureToken)
        {
            if (lexicon.Adverbs.Match(tokens, j, out _, out var adverbEnd))
            {
                j = adverbEnd;
            }
            else if (tokens[j] is { Kind: TokenKind.Word, Upper: false } && verbs.IsAdverbBySuffix(j, afterAuxiliary: true))
            {
                j++;
            }
            else if (article.IsComma(j) && AsideEnd(j, figureToken) is > 0 and var close)
            {
                j = close + 1;
            }
            else
            {
                break;
            }
        }

        return j > auxiliary + 1 && j < figureToken && lexicon.ForwardHedges.MatchAcross(tokens, auxiliary, j, out _, out end) && end > j && end <= figureToken;
    }

    /// <summary>The comma that closes an aside of a few words opened by the comma at <paramref name="open"/>; 0 when none does.</summary>
    private int AsideEnd(int open, int figureToken)
    {
        for (var k = open + 1; k < figureToken && k - open <= AsideWords + 1; k++)
        {
            if (article.IsComma(k))
            {
                return k > open + 1 ? k : 0;
            }

            if (article.Tokens[k].Kind != TokenKind.Word)
            {
                return 0;
            }
        }

        return 0;
    }

    /// <summary>How many words an opening phrase may take before the figure that is the subject after it ("Of the 31 member states,").</summary>
    private const int OpeningPhraseWords = 5;

    /// <summary>
    /// "By 2050, 35.3 million Americans are expected to", "Of the 31 member states, 18 are expected to": a phrase of a few
    /// words, closed by a comma right before the figure, sets the time or the whole of what follows; the figure after it
    /// still opens the clause.
    /// </summary>
    private bool AfterOpeningPhrase(int start, int figureToken)
    {
        var comma = figureToken - 1;
        if (comma <= start || comma - start > OpeningPhraseWords || !article.IsComma(comma))
        {
            return false;
        }

        return !article.HasBreak(start, comma);
    }

    /// <summary>
    /// "Eighteen of the 31 member states are expected to", "A total of 5,512 people are expected to attend": a figure
    /// that opens its clause, maybe after a word that totals it, is the subject of the forward hedge after it, with no
    /// break between (the figure inside the subject, "of the 31", is not).
    /// </summary>
    private bool OpensSubjectOfForecast(SentenceSpan clause, int first, int end, int figureToken, Figure figure)
    {
        var tokens = article.Tokens;
        var lexicon = article.Lexicon;
        // Bounded at the figure, which the strip would pass over as it passes symbols ("5,512 people are expected").
        var start = article.SkipLeadingStrip(first, figureToken);
        if (start < figureToken && lexicon.TotalOpeners.Match(tokens, start, out _, out var totalEnd) && totalEnd <= figureToken)
        {
            start = article.SkipLeadingStrip(totalEnd, figureToken);
        }

        // The figure opens its clause, maybe after a short opening phrase ("By 2050, 35.3 million Americans are expected"),
        // or what a speaker says ("Analysts estimate that 500 jobs will be cut").
        if (figureToken != start && !AfterOpeningPhrase(start, figureToken)
            && !(figureToken > first && lexicon.ReportedClauses.MatchBefore(tokens, figureToken, out _, out _)))
        {
            return false;
        }

        // From the figure's end: the thousands mark inside "5,512" is no break.
        for (var k = Math.Max(figureToken + 1, article.LowerBound(figure.End)); k < end && !article.IsBreak(tokens[k]); k++)
        {
            if (!lexicon.IsForecastWord(tokens[k].Id))
            {
                continue;
            }

            if (lexicon.ForwardHedges.Match(tokens, k, out _, out _))
            {
                return true;
            }

            if (lexicon.ForecastVerbs.Match(tokens, k, out var anyClause, out var verbEnd) && (InForecast(clause, first, end) || (anyClause && ReachesLevel(verbEnd, end))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Economists had called for 200,000 jobs", "Economists polled by Reuters are looking for payrolls to have grown by
    /// 160,000", "Les analystes attendaient 150 000 créations d'emplois": what forecasters call for or await is their
    /// forecast. Only after a forecaster named before the verb in the clause: "The UN called for 500 million dollars",
    /// "Police are looking for 12 suspects", "Les secours attendaient 300 blessés" foresee nothing.
    /// </summary>
    private bool ForecastersCall(int first, int figureToken)
    {
        var tokens = article.Tokens;
        var lexicon = article.Lexicon;
        var forecaster = false;
        for (var k = first; k < figureToken; k++)
        {
            if (tokens[k].Kind != TokenKind.Word)
            {
                continue;
            }

            if (forecaster && lexicon.ForecasterCalls.Match(tokens, k, out _, out var callEnd) && callEnd <= figureToken)
            {
                return !Barred(callEnd, figureToken);
            }

            forecaster |= lexicon.Forecasters.Match(tokens, k, out _, out _);
        }

        return false;
    }

    /// <summary>How many words may open a clause before the forecast noun that is its subject ("The latest", "The revised
    /// GDP", "Les dernières").</summary>
    private const int ForecastSubjectWords = 3;

    /// <summary>
    /// "Projections by the central bank indicate growth of 2%", "The projections show a contraction of 1.5%", "les
    /// projections pour 2025 tournent autour de 3,0 %": a forecast noun that is its clause's subject makes what the clause
    /// gives a forecast. Before the noun stand only a determiner and a word, after it maybe a noun it qualifies ("The
    /// consensus estimate for September was 50,000"); right after these, whose forecast it is ("for",
    /// "by", "de la", "pour") or a verb of what it holds ("show", "indicate", "montrent"), so "the projections team of 12
    /// economists" and "Contrary to forecasts, the economy grew 3%" give none; a subordinator between ("Expectations for a
    /// cut rose as payrolls fell by 30,000") opens a clause of fact. A verb of holding may follow adverbs ("The forecast now
    /// shows 2.9%", "The GDP projection now stands at 2.2%").
    /// </summary>
    private bool ForecastIsSubject(int first, int figureToken)
    {
        var tokens = article.Tokens;
        var lexicon = article.Lexicon;
        var k = article.SkipLeadingStrip(first, figureToken);
        if (k < figureToken && lexicon.Determiners.Match(tokens, k, out _, out var determinerEnd))
        {
            k = determinerEnd;
        }

        var nounEnd = -1;
        for (var j = k; j < figureToken && j - k < ForecastSubjectWords && tokens[j].Kind == TokenKind.Word && !lexicon.Prepositions.Match(tokens, j, out _, out _); j++)
        {
            if (lexicon.ForecastNouns.Match(tokens, j, out _, out var end))
            {
                nounEnd = end;
                break;
            }
        }

        // "The consensus estimate for September was": a noun the forecast noun qualifies, before whose forecast it is.
        if (nounEnd >= 0 && nounEnd + 1 < figureToken && tokens[nounEnd] is { Kind: TokenKind.Word, Upper: false }
            && !lexicon.Prepositions.Match(tokens, nounEnd, out _, out _) && lexicon.ForecastHolders.Match(tokens, nounEnd + 1, out _, out _))
        {
            nounEnd++;
        }

        if (nounEnd < 0 || nounEnd >= figureToken
            || !(lexicon.ForecastHolders.Match(tokens, nounEnd, out _, out _) || lexicon.PassiveAgents.Match(tokens, nounEnd, out _, out _)
                || lexicon.ForecastVenues.Match(tokens, nounEnd, out _, out _) || HoldsLevel(nounEnd, figureToken)))
        {
            return false;
        }

        return !article.HasPhrase(lexicon.Subordinators, nounEnd, figureToken) && !Barred(nounEnd, figureToken);
    }

    /// <summary>"shows", "now shows", "will", "now stands at", "sont désormais de": after a forecast noun, maybe past adverbs,
    /// a verb by which the forecast gives what it holds.</summary>
    private bool HoldsLevel(int k, int figureToken)
    {
        var tokens = article.Tokens;
        var lexicon = article.Lexicon;
        k = PastAdverbsBefore(k, figureToken);
        if (lexicon.DocumentVerbs.Match(tokens, k, out _, out _) || lexicon.ForecastVerbs.Match(tokens, k, out _, out _))
        {
            return true;
        }

        // "are now for", "sont désormais de": adverbs may stand between a one-word verb and its link too.
        var resume = PastAdverbsBefore(k + 1, figureToken);
        return lexicon.ForecastSubjectVerbs.MatchAcross(tokens, k, resume, out _, out var verbEnd) && verbEnd <= figureToken;
    }

    /// <summary>Past the adverbs from <paramref name="k"/> ("now", "désormais"), each ending before the figure.</summary>
    private int PastAdverbsBefore(int k, int figureToken)
    {
        while (k < figureToken && article.Lexicon.Adverbs.Match(article.Tokens, k, out _, out var adverbEnd) && adverbEnd < figureToken)
        {
            k = adverbEnd;
        }

        return k;
    }

    /// <summary>
    /// "within the next 24 hours", "dans les 48 prochaines heures": a span of time ahead of the text is what a schedule or a
    /// forecast foresees, not something that has happened.
    /// </summary>
    private bool LooksAhead(Figure figure, int figureToken)
    {
        if (figure.Category != FigureCategory.Duration)
        {
            return false;
        }

        var tokens = article.Tokens;
        var lexicon = article.Lexicon;
        if (figureToken > 0 && lexicon.ForwardSpans.MatchBefore(tokens, figureToken, out _, out _))
        {
            return true;
        }

        for (var k = figureToken; k < tokens.Count && tokens[k].Start < figure.End; k++)
        {
            if (tokens[k].Kind == TokenKind.Word && lexicon.ForwardSpans.Match(tokens, k, out _, out _))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "les attentes qui étaient de 180 000", "expectations were for 200,000", "4,5 % qui est la prévision de la Fed": a
    /// figure a copula makes the value of a forecast or an expectation is what was foreseen.
    /// </summary>
    private bool GivesForecast(int first, int end, int figureToken, Figure figure)
    {
        var tokens = article.Tokens;
        var lexicon = article.Lexicon;
        var k = figureToken;
        if (k > first && lexicon.LevelLinks.MatchBefore(tokens, k, out _, out var linkStart))
        {
            k = linkStart;
        }

        if (k > first && lexicon.PassiveAuxiliaries.MatchBefore(tokens, k, out _, out var copulaStart))
        {
            k = copulaStart;
            if (k > first && article.IsRelative(k - 1))
            {
                k--;
            }

            if (k > first && lexicon.ForecastNouns.MatchBefore(tokens, k, out _, out _))
            {
                return true;
            }
        }

        // After the figure: "4,5 % qui est la prévision de la Fed".
        var j = article.LowerBound(figure.End);
        if (j < end && article.IsComma(j))
        {
            j++;
        }

        if (j < end && article.IsRelative(j))
        {
            j++;
        }

        if (j >= end || !lexicon.PassiveAuxiliaries.Match(tokens, j, out _, out j))
        {
            return false;
        }

        if (j < end && lexicon.Determiners.Match(tokens, j, out _, out var determinerEnd))
        {
            j = determinerEnd;
        }

        return j < end && lexicon.ForecastNouns.Match(tokens, j, out _, out _);
    }

    /// <summary>How many tokens the name of whose forecast it is may take ("de la banque centrale").</summary>
    private const int HolderReach = 5;

    /// <summary>
    /// "the government's growth forecast of 0.4%", "la prévision gouvernementale de 0,7 %", "les projections de la banque
    /// centrale de 0,5 %": a figure a forecast noun gives as its value after its link is what was foreseen, whatever the
    /// clause around it states as fact. Between the noun and its value stand only an adjective and the name of whose
    /// forecast it is, so "the projections team of 12 economists" gives no value. A figure in brackets after the noun is
    /// left alone: the sixth set reads "supérieur aux prévisions des instituts de sondage (5 à 10 points)" as asserted.
    /// </summary>
    private bool ValueOfForecast(int first, int figureToken)
    {
        var tokens = article.Tokens;
        var lexicon = article.Lexicon;
        if (figureToken <= first || !lexicon.ForecastValueLinks.MatchBefore(tokens, figureToken, out _, out var k))
        {
            return false;
        }

        if (ForecastNounBefore(first, k))
        {
            return true;
        }

        for (var h = k - 1; h > first && k - h <= HolderReach && !article.IsBreakBetweenWords(h); h--)
        {
            if (tokens[h].Kind == TokenKind.Word && lexicon.ForecastHolders.Match(tokens, h, out _, out var holderEnd) && holderEnd < k
                && ForecastNounBefore(first, h))
            {
                return true;
            }
        }

        return false;
    }

    private bool ForecastNounBefore(int first, int k)
    {
        var tokens = article.Tokens;
        var lexicon = article.Lexicon;
        if (k > first && lexicon.ForecastQualifiers.MatchBefore(tokens, k, out _, out var qualifierStart))
        {
            k = qualifierStart;
        }

        return k > first && lexicon.ForecastNouns.MatchBefore(tokens, k, out _, out _);
    }

    /// <summary>How many tokens may stand between a revision verb and the forecast it revises, either way ("raised their
    /// forecast for 2022 economic growth", "relève à 1,1 % sa perspective").</summary>
    private const int RevisionReach = 8;

    /// <summary>
    /// "economists raised their forecast for 2022 growth to 3.5%", "the PCE projection was cut to 1.5% from 1.8%", "l'OCDE
    /// relève à 1,1 % sa perspective de croissance", "a relevé sa prévision à 1,1 %, contre 0,8 % précédemment": a level a
    /// revised forecast is set to, or was set at, is what is foreseen, whichever verb moves it.
    /// </summary>
    private bool RevisesForecast(int first, int end, int figureToken)
    {
        var tokens = article.Tokens;
        var lexicon = article.Lexicon;
        if (lexicon.ForecastRevisions.Count == 0 || figureToken <= first)
        {
            return false;
        }

        // "slashed its outlook to just 0.2 per cent": a word that plays the level down may stand between the link and it.
        var level = figureToken;
        if (lexicon.LevelAdverbs.MatchBefore(tokens, level, out _, out var adverbStart) && adverbStart > first)
        {
            level = adverbStart;
        }

        if (!lexicon.RevisionLinks.MatchBefore(tokens, level, out _, out var linkStart))
        {
            return false;
        }

        // ", contre 0,8 % précédemment", ", from 1.8%": the old value may follow the new one after a comma.
        var from = linkStart - 1;
        if (from > first && article.IsComma(from))
        {
            from--;
        }

        for (var k = from; k >= first && !article.IsBreakBetweenWords(k); k--)
        {
            if (tokens[k].Kind == TokenKind.Word && lexicon.ForecastRevisions.Match(tokens, k, out _, out var verbEnd) && verbEnd <= linkStart)
            {
                return NearForecastNoun(k, verbEnd, first, end);
            }
        }

        return false;
    }

    /// <summary>How many tokens may stand between a revised level and the coordinator that adds the next ("to 6.5% this year, and").</summary>
    private const int ListReach = 8;

    /// <summary>
    /// "raised China's growth forecast to 6.5% this year, and 6.2% in 2017", "slashed its outlook to just 0.2 per cent
    /// this year and 1 per cent in 2015": a share a coordinator adds right after a revised level, with at most the level's
    /// time between, is the revised forecast's next level.
    /// </summary>
    private bool ListedAfterRevision(int first, int end, int figureToken)
    {
        var tokens = article.Tokens;
        var k = figureToken - 1;
        if (k <= first || !article.Lexicon.HedgeCoordinators.Match(tokens, k, out _, out var joinEnd) || joinEnd != figureToken)
        {
            return false;
        }

        k--;
        if (k > first && article.IsComma(k))
        {
            k--;
        }

        for (var j = k; j >= first && k - j <= ListReach && !article.IsBreakBetweenWords(j); j--)
        {
            if (tokens[j].Kind == TokenKind.Number && RevisesForecast(first, end, j))
            {
                return true;
            }
        }

        return false;
    }

    private bool NearForecastNoun(int verb, int verbEnd, int first, int end)
    {
        var tokens = article.Tokens;
        var nouns = article.Lexicon.ForecastNouns;
        for (var k = verb - 1; k >= first && verb - k <= RevisionReach && !article.IsBreakBetweenWords(k); k--)
        {
            if (tokens[k].Kind == TokenKind.Word && nouns.Match(tokens, k, out _, out _))
            {
                return true;
            }
        }

        for (var k = verbEnd; k < end && k - verbEnd < RevisionReach && !article.IsBreakBetweenWords(k); k++)
        {
            if (tokens[k].Kind == TokenKind.Word && nouns.Match(tokens, k, out _, out _))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "On le prévoyait autour de 13 %", "on les prévoit à 300": an object pronoun before a forecaster's verb, with the
    /// figure right after it, puts what the pronoun stands for at a level, which is a forecast whatever the clause is about.
    /// </summary>
    private bool PutsAtLevel(int verb, int first, int verbEnd, int figureToken)
    {
        var tokens = article.Tokens;
        var lexicon = article.Lexicon;
        return verb > first && lexicon.ObjectPronouns.Match(tokens, verb - 1, out _, out var pronounEnd) && pronounEnd == verb
            && (figureToken == verbEnd || (figureToken == verbEnd + 1 && lexicon.LevelLinks.Match(tokens, verbEnd, out _, out _)));
    }

    /// <summary>
    /// "Elle l'attend à 0,7 %", "Après l'avoir envisagée à 1,2 %", "l'Insee l'avait prévue à 0,9 %": an object pronoun, maybe
    /// an auxiliary, then a verb or participle that foresees, with the figure right after it or its level link, put what
    /// the pronoun stands for at a foreseen level. "Attendre" also waits ("les secours l'attendent à 300 mètres"), so the
    /// caller asks for a share or a clause that speaks of a forecast.
    /// </summary>
    private bool PronounPutAtLevel(int first, int figureToken)
    {
        var tokens = article.Tokens;
        var lexicon = article.Lexicon;
        if (lexicon.LevelForecastVerbs.Count == 0)
        {
            return false;
        }

        var k = figureToken;
        if (k > first && lexicon.LevelLinks.MatchBefore(tokens, k, out _, out var linkStart))
        {
            k = linkStart;
        }

        if (k <= first || !lexicon.LevelForecastVerbs.MatchBefore(tokens, k, out _, out var verbStart) || verbStart < first)
        {
            return false;
        }

        k = verbStart;
        if (k > first && lexicon.LevelAuxiliaries.MatchBefore(tokens, k, out _, out var auxiliaryStart) && auxiliaryStart >= first)
        {
            k = auxiliaryStart;
        }

        return k > first && lexicon.ObjectPronouns.MatchBefore(tokens, k, out _, out var pronounStart) && pronounStart >= first;
    }

    /// <summary>"turnout will hit 71 percent": a future whose verb is a quantity reaching a level is a forecast. The verb may
    /// open the figure itself, read as its bound ("le bilan va dépasser 300 morts").</summary>
    private bool ReachesLevel(int verbEnd, int figureToken)
    {
        var j = verbEnd;
        if (j < figureToken && article.Lexicon.Adverbs.Match(article.Tokens, j, out _, out var adverbEnd))
        {
            j = adverbEnd;
        }

        return j <= figureToken && j < article.Tokens.Count && article.Lexicon.LevelVerbs.Match(article.Tokens, j, out _, out _);
    }

    /// <summary>
    /// Whether something between a hedge and the figure ends the hedge's reach: a cause or a comparison ("instead of the
    /// 50%"), or a clause of its own opened after a comma, by a subordinator ("are expected to be sent to Iraq, where
    /// 130,000 soldiers are deployed") or by a coordinator with a subject of its own ("is expected to rise, and rescuers
    /// found 30 bodies"; not "…, and to fall to 2.6%", "…, but remain above 6.8 percent", "…, and 3 percent in 2026").
    /// </summary>
    private bool Barred(int from, int to)
    {
        var tokens = article.Tokens;
        var lexicon = article.Lexicon;
        // Only in the figure's own phrase, with no break after it: "better than the 2.4% projected, with 2.9%".
        for (var k = to - 1; k >= from && !article.IsBreak(tokens[k]); k--)
        {
            if (tokens[k].Kind != TokenKind.Word)
            {
                continue;
            }

            if (lexicon.HedgeBarriers.Match(tokens, k, out var anywhere, out var barrierEnd) && (anywhere ? barrierEnd <= to : barrierEnd == to))
            {
                return true;
            }

            if (k > from && (article.OpensClauseOfItsOwn(k, to)
                || (article.IsComma(k - 1) && lexicon.HedgeCoordinators.Match(tokens, k, out _, out var joinEnd) && joinEnd < to && !article.ContinuesVerbPhrase(joinEnd))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How many words a target's noun may take before its figure ("the set defence spending target of").</summary>
    private const int TargetWords = 3;

    /// <summary>
    /// "Eighteen … are expected to achieve the target of 2 per cent", "the Fed's 2 percent target", "la cible des 2 %": the
    /// figure names a set value (a target, a threshold), which the forecast is about but does not say.
    /// </summary>
    public bool NamesTarget(Figure figure)
    {
        var tokens = article.Tokens;
        var lexicon = article.Lexicon;
        var figureToken = article.LowerBound(figure.Start);
        for (var k = Math.Max(0, figureToken - TargetWords); k < figureToken; k++)
        {
            if (lexicon.Targets.Match(tokens, k, out _, out var targetEnd) && targetEnd == figureToken)
            {
                return true;
            }
        }

        var next = article.LowerBound(figure.End);
        return next < tokens.Count && tokens[next].Kind == TokenKind.Word && lexicon.TargetsAfter.Match(tokens, next, out _, out _);
    }

    /// <summary>Whether the clause speaks of a forecast or of what forecasts are about; read once per clause.</summary>
    private bool InForecast(SentenceSpan clause, int first, int end)
    {
        if (clause == cachedClause)
        {
            return cachedContext;
        }

        cachedClause = clause;
        cachedContext = SpeaksOfForecast(article, first, end);
        return cachedContext;
    }

    /// <summary>Whether tokens <paramref name="first"/> to <paramref name="end"/> speak of a forecast or of what forecasts are about.</summary>
    public static bool SpeaksOfForecast(ClaimTokens article, int first, int end)
    {
        var tokens = article.Tokens;
        var lexicon = article.Lexicon;
        for (var i = first; i < end; i++)
        {
            if (lexicon.IsForecastContextWord(tokens[i].Id) && lexicon.ForecastContext.Match(tokens, i, out _, out _))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"s'établira", "reculeront": a future ending, unless the word is a noun so spelt ("caméra").</summary>
    private bool IsFuture(Token token)
    {
        var lexicon = article.Lexicon;
        var word = article.Text.AsSpan(token.Start, token.Length);
        var last = TextFolding.Fold(word[^1]);
        // Every future ends in "a" or "t" ("-ra", "-ront"): most words stop here.
        if (last is not ('a' or 't'))
        {
            return false;
        }

        Span<char> buffer = stackalloc char[64];
        var folded = buffer[..TextFolding.Fold(word, buffer)];
        var future = false;
        foreach (var suffix in lexicon.FutureSuffixes)
        {
            future |= folded.EndsWith(suffix, StringComparison.Ordinal);
        }

        return future && !lexicon.FutureExceptions.Contains(folded);
    }
}
