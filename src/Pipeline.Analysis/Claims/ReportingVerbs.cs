using Pipeline.Analysis.Text;

namespace Pipeline.Analysis.Claims;

/// <summary>
/// Where a reporting verb stands: a simple form ("said", "affirme"), or an auxiliary, a few adverbs and a participle
/// ("a également déclaré", "has also said", "avait évoqué"), or a verb with its subject pronoun glued after it
/// ("a-t-il ajouté", "ajoute-t-elle").
/// </summary>
internal sealed class ReportingVerbs(ClaimTokens article)
{
    private const int MaxAdverbs = 3;

    private List<Token> Tokens => article.Tokens;

    private ClaimLexicon Lexicon => article.Lexicon;

    /// <summary>A reporting verb whose speaker stands before it, starting at <paramref name="i"/>: "said", "a déclaré".</summary>
    public bool AfterSpeaker(int i, int end, out int verbEnd)
    {
        verbEnd = i;
        return !IsSubjectNoun(i, end) && ((Lexicon.SourceVerbs.Match(Tokens, i, out var takesObject, out verbEnd) && (takesObject || IntroducesSpeech(verbEnd, end, Lexicon.QuoteVerbs.Match(Tokens, i, out var quoteOnly, out _) && quoteOnly)))
        || SplitByAdverbs(i, end, out verbEnd) || SplitByCircumstance(Lexicon.SourceVerbs, i, end, out verbEnd)
        || SetsCount(i, end, out verbEnd) || Forecasts(i, end, out verbEnd)
        || (Lexicon.Auxiliaries.Match(Tokens, i, out _, out var auxiliaryEnd) && Participle(auxiliaryEnd, end, out verbEnd)));
    }

    /// <summary>How many words a noun's complement may hold before its clause's verb ("claims for U.S. state unemployment
    /// benefits rose").</summary>
    private const int MaxComplement = 6;

    /// <summary>
    /// "Jobless claims fell by 4,000", "Initial claims for state unemployment benefits rose": a reporting verb that is also a
    /// plural noun is the noun when a verb of its own clause follows it, maybe after a complement; a verb takes no second
    /// finite verb right after it. "Russia claims 300 soldiers were killed" and "claims for its part that" stay verbs.
    /// After a possessor no verb stands: "the IMF's forecast of 1.8%", "analysts' estimates".
    /// </summary>
    public bool IsSubjectNoun(int i, int end)
    {
        if (!Lexicon.NounVerbs.Match(Tokens, i, out _, out var j))
        {
            return false;
        }

        // "the median forecast of 1.8%", "reports of 300 deaths": none of these verbs takes "of".
        if ((i > 0 && article.EndsPossessor(i - 1)) || (j < end && article.IsOf(j)))
        {
            return true;
        }

        if (j < end && Lexicon.NounComplements.Match(Tokens, j, out _, out var complementEnd))
        {
            j = complementEnd;
            while (j < end && j - complementEnd < MaxComplement && Tokens[j].Kind == TokenKind.Word
                && !Lexicon.Subordinators.Match(Tokens, j, out _, out _) && !Lexicon.VerbsOfNounSubject.Match(Tokens, j, out _, out _))
            {
                j++;
            }
        }

        return j < end && Lexicon.VerbsOfNounSubject.Match(Tokens, j, out _, out _);
    }

    /// <summary>
    /// "fait également état de", "font aussi état de": adverbs between the verb and the noun of a reporting phrase of
    /// several words. The phrase must take an object, as the split is read only before one.
    /// </summary>
    private bool SplitByAdverbs(int i, int end, out int verbEnd)
    {
        verbEnd = i;
        var resume = SkipAdverbs(i + 1, end);
        return resume > i + 1 && resume < end && Lexicon.SourceVerbs.MatchAcross(Tokens, i, resume, out var takesObject, out verbEnd) && takesObject;
    }

    /// <summary>The participle of a compound after its auxiliary and adverbs: "a | également déclaré que", "has | said".</summary>
    public bool Participle(int auxiliaryEnd, int end, out int verbEnd)
    {
        var j = SkipAdverbs(auxiliaryEnd, end);
        verbEnd = j;
        return j < end && ((Lexicon.Participles.Match(Tokens, j, out var takesObject, out verbEnd)
                && (takesObject || IntroducesSpeech(verbEnd, end, Lexicon.QuoteParticiples.Match(Tokens, j, out var quoteOnly, out _) && quoteOnly)))
            || SplitByCircumstance(Lexicon.Participles, j, end, out verbEnd) || SetsCount(j, end, out verbEnd) || Forecasts(j, end, out verbEnd));
    }

    /// <summary>How many words may tell when, where or to whom a speaker spoke between its verb and "that" ("declared | on
    /// Sunday in a speech | that").</summary>
    private const int MaxCircumstance = 8;

    /// <summary>
    /// "declared on Sunday in a speech that", "has reaffirmed in a statement that": a verb that reports only before its "that"
    /// ("declared that", not "declared a state of emergency") still does with when, where or to whom it spoke between them.
    /// </summary>
    private bool SplitByCircumstance(PhraseTable<bool> verbs, int i, int end, out int verbEnd)
    {
        verbEnd = i;
        var j = i + 1;
        if (j >= end || !(Lexicon.Occasions.Match(Tokens, j, out _, out _) || Lexicon.SayingCircumstances.Match(Tokens, j, out _, out _)))
        {
            return false;
        }

        for (; j < end && j - i <= MaxCircumstance && Tokens[j].Kind == TokenKind.Word && !article.IsBreakAt(j); j++)
        {
            if (Lexicon.ReportedClauses.Match(Tokens, j, out _, out _))
            {
                return verbs.MatchAcross(Tokens, i, j, out var takesObject, out verbEnd) && takesObject;
            }
        }

        return false;
    }

    /// <summary>The infinitive after the recent past, adverbs and "de": "vient | d'annoncer", "venait | également de préciser que".</summary>
    public bool Infinitive(int recentEnd, int end, out int verbEnd)
    {
        var j = SkipAdverbs(recentEnd, end);
        verbEnd = j;
        if (j + 1 >= end || !article.IsOf(j))
        {
            return false;
        }

        j++;
        return Lexicon.Infinitives.Match(Tokens, j, out var takesObject, out verbEnd)
            && (takesObject || IntroducesSpeech(verbEnd, end, Lexicon.QuoteInfinitives.Match(Tokens, j, out var quoteOnly, out _) && quoteOnly));
    }

    /// <summary>
    /// "is now saying", "had been predicting": a progressive reporting verb at <paramref name="i"/>, after a form of "be"
    /// and maybe adverbs; <paramref name="auxiliaryStart"/> is where the auxiliary starts, the speaker stands before it.
    /// </summary>
    public bool Progressive(int i, int first, int end, out int auxiliaryStart, out int verbEnd)
    {
        auxiliaryStart = i;
        if (!Lexicon.Progressives.Match(Tokens, i, out var takesObject, out verbEnd) || !(takesObject || IntroducesSpeech(verbEnd, end)))
        {
            return false;
        }

        var k = i;
        for (var guard = 0; guard < MaxAdverbs && k > first; guard++)
        {
            if (Lexicon.Adverbs.MatchBefore(Tokens, k, out _, out var adverbStart) && adverbStart >= first)
            {
                k = adverbStart;
            }
            else if (IsAdverbBySuffix(k - 1, afterAuxiliary: true))
            {
                k--;
            }
            else
            {
                break;
            }
        }

        return Lexicon.ProgressiveAuxiliaries.MatchBefore(Tokens, k, out _, out auxiliaryStart) && auxiliaryStart > first;
    }

    /// <summary>How many words may stand between a count verb and its count noun ("raised its official death toll").</summary>
    private const int CountNounGap = 3;

    /// <summary>"put the death toll at", "updated the number of confirmed cases to": a verb that sets a count reports it.</summary>
    private bool SetsCount(int i, int end, out int verbEnd)
    {
        verbEnd = i;
        if (!Lexicon.CountVerbs.Match(Tokens, i, out var puts, out var countVerbEnd))
        {
            return false;
        }

        // "put losses at $300 million": a verb of estimating may set any quantity at its figure.
        for (var k = countVerbEnd; k < end && k - countVerbEnd <= CountNounGap && Tokens[k].Kind == TokenKind.Word; k++)
        {
            if (Lexicon.CountNouns.Match(Tokens, k, out _, out var nounEnd) || (puts && k > countVerbEnd && Lexicon.EstimateLinks.Match(Tokens, k, out _, out nounEnd)))
            {
                verbEnd = nounEnd;
                return true;
            }
        }

        return false;
    }

    /// <summary>"predicted growth of 2 percent": a forecaster's verb with an object after it, not the bare participle of
    /// "the 0.9 percent predicted in May".</summary>
    public bool Forecasts(int i, int end, out int verbEnd) =>
        Lexicon.ForecastObjectVerbs.Match(Tokens, i, out var participle, out verbEnd) && HasObject(verbEnd, end)
        && (participle || PresentTakesForecast(i, verbEnd));

    /// <summary>"Les organisateurs tablent sur 20 000 spectateurs": a verb that foresees whatever it takes, with an object
    /// after it; a present that may be a noun ("la mise sur le marché") is the verb as <see cref="Forecasts"/> reads it.</summary>
    public bool Foresees(int i, int end, out int verbEnd) =>
        Lexicon.ForeseeingVerbs.Match(Tokens, i, out var participle, out verbEnd) && HasObject(verbEnd, end)
        && (participle || PresentTakesForecast(i, verbEnd));

    /// <summary>
    /// "The agency projects growth of 2.4%", "Other agencies project a closer contest", "pollsters project 120 seats": a
    /// present that is also a plural noun is the verb after a word that is no determiner or number, with a figure, a
    /// determiner or what forecasts are about right after it; "40 projects worth $2 billion", "the projects cost $300
    /// million" are nouns.
    /// </summary>
    private bool PresentTakesForecast(int i, int verbEnd)
    {
        if (i == 0 || Tokens[i - 1].Kind != TokenKind.Word || article.IsBreak(Tokens[i - 1]) || Lexicon.Determiners.Match(Tokens, i - 1, out _, out _))
        {
            return false;
        }

        var next = Tokens[verbEnd];
        return next.Kind == TokenKind.Number || Lexicon.Determiners.Match(Tokens, verbEnd, out _, out _) || Lexicon.IsForecastContextWord(next.Id);
    }

    /// <summary>Whether a word that can be an object follows: not a break, a preposition, an occasion or an adverb.</summary>
    private bool HasObject(int j, int end) =>
        j < end && Tokens[j].Kind is TokenKind.Word or TokenKind.Number && !article.IsBreak(Tokens[j])
        && !Lexicon.Prepositions.Match(Tokens, j, out _, out _) && !Lexicon.PhraseStops.Match(Tokens, j, out _, out _)
        && !Lexicon.Occasions.Match(Tokens, j, out _, out _) && !Lexicon.Adverbs.Match(Tokens, j, out _, out _)
        && !Lexicon.Subordinators.Match(Tokens, j, out _, out _) && !IsAdverbBySuffix(j, afterAuxiliary: false);

    /// <summary>
    /// Whether what follows a verb may be what was said ("a déclaré dimanche que", "a déclaré à CNN que") rather than
    /// the thing it takes: "a déclaré la loi martiale" declares a thing, it reports nothing.
    /// </summary>
    public bool IntroducesSpeech(int verbEnd, int end, bool quoteOnly = false)
    {
        var j = verbEnd;
        while (j < end)
        {
            if (Lexicon.Occasions.Match(Tokens, j, out _, out var occasionEnd))
            {
                j = occasionEnd;
            }
            else if (IsDayOfMonth(j, end))
            {
                // "a déclaré le 30 mars que": a date, not the thing declared.
                j += 3;
            }
            else
            {
                break;
            }
        }

        // "a répondu à 40 appels": a count after the verb's preposition is the thing it takes ("a déclaré à CNN que" speaks).
        if (j < end && Lexicon.Prepositions.Match(Tokens, j, out _, out var prepositionEnd) && prepositionEnd < end
            && Tokens[prepositionEnd].Kind == TokenKind.Number)
        {
            return false;
        }

        // "a lancé 300 missiles", "a soutenu 300 entreprises": a verb that reports only what was said ("quote") takes a count
        // as a thing ("L'armée déclarait 300 chars détruits" reports: "déclarer" is no such verb).
        // "added on Tuesday that 300 …": "that" opens the reported clause, though it is also a determiner ("that plan").
        return j >= end || Lexicon.Subordinators.Match(Tokens, j, out _, out _)
            || (!Lexicon.Determiners.Match(Tokens, j, out _, out _) && !(quoteOnly && Tokens[j].Kind == TokenKind.Number));
    }

    /// <summary>A determiner, a day's number and a lower-case word ("le 30 mars"): a date in French word order.</summary>
    private bool IsDayOfMonth(int j, int end) =>
        j + 2 < end && Lexicon.Determiners.Match(Tokens, j, out _, out var determinerEnd) && determinerEnd == j + 1
        && Tokens[j + 1].Kind == TokenKind.Number && Tokens[j + 1].Length <= 2
        && Tokens[j + 2].Kind == TokenKind.Word && !Tokens[j + 2].Upper;

    /// <summary>
    /// Whether the verb at <paramref name="i"/> is the participle of a compound read from its auxiliary ("a | déclaré",
    /// "a également | indiqué"): folded, "déclaré" is also the present "déclare".
    /// </summary>
    public bool EndsCompound(int i, int first)
    {
        // Back over the adverbs, or over "-t-il" ("a-t-il déclaré").
        for (var k = i - 1; k >= first && k >= i - 1 - MaxAdverbs - 4; k--)
        {
            if (Lexicon.Auxiliaries.Match(Tokens, k, out _, out var auxiliaryEnd))
            {
                return SkipAdverbs(auxiliaryEnd, i + 1) == i || (GluedPronoun(auxiliaryEnd, true, i + 1, out var cueEnd) >= 0 && cueEnd == i + 1);
            }
        }

        return false;
    }

    /// <summary>
    /// "ajoute-t-il", "a-t-elle déclaré": after a verb (or an auxiliary, then a participle follows) comes a hyphen, maybe
    /// "t" and a hyphen, and the subject pronoun glued to them. Returns the pronoun's token, or -1.
    /// </summary>
    public int GluedPronoun(int verbEnd, bool auxiliary, int end, out int cueEnd) =>
        GluedPronoun(verbEnd, auxiliary, end, Lexicon.SpeakerPronouns, out cueEnd);

    /// <summary>As <see cref="GluedPronoun(int, bool, int, out int)"/>, for the pronouns of <paramref name="pronouns"/>
    /// ("indique-t-on").</summary>
    public int GluedPronoun(int verbEnd, bool auxiliary, int end, PhraseTable<bool> pronouns, out int cueEnd)
    {
        var tokens = Tokens;
        cueEnd = verbEnd;
        var j = verbEnd;
        if (!IsGluedHyphen(j, end))
        {
            return -1;
        }

        j++;
        if (j + 1 < end && tokens[j] is { Kind: TokenKind.Word, Length: 1, Adjacent: true } && article.Text[tokens[j].Start] is 't' or 'T'
            && IsGluedHyphen(j + 1, end))
        {
            j += 2;
        }

        if (j >= end || !tokens[j].Adjacent || !pronouns.Match(tokens, j, out _, out var pronounEnd))
        {
            return -1;
        }

        cueEnd = pronounEnd;
        if (auxiliary)
        {
            var k = SkipAdverbs(pronounEnd, end);
            if (k >= end || !Lexicon.Participles.Match(tokens, k, out _, out cueEnd))
            {
                return -1;
            }
        }

        return j;
    }

    /// <summary>Past the adverbs inside a compound verb: "a | également | déclaré", "has | also | said".</summary>
    public int SkipAdverbs(int j, int end)
    {
        for (var guard = 0; guard < MaxAdverbs && j < end; guard++)
        {
            if (Lexicon.Adverbs.Match(Tokens, j, out _, out var adverbEnd))
            {
                j = adverbEnd;
            }
            else if (IsAdverbBySuffix(j, afterAuxiliary: true))
            {
                j++;
            }
            else
            {
                break;
            }
        }

        return j;
    }

    /// <summary>"officially", "précédemment": a word with an adverb's ending; some endings count only inside a compound verb.</summary>
    public bool IsAdverbBySuffix(int i, bool afterAuxiliary)
    {
        var token = Tokens[i];
        if (token.Kind != TokenKind.Word || token.Upper || token.Length < 5 || Lexicon.AdverbExceptions.Match(Tokens, i, out _, out _))
        {
            return false;
        }

        var word = article.Text.AsSpan(token.Start, token.Length);
        foreach (var (suffix, afterAuxiliaryOnly) in Lexicon.AdverbSuffixes)
        {
            if ((afterAuxiliary || !afterAuxiliaryOnly) && word.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsGluedHyphen(int j, int end) =>
        j + 1 < end && Tokens[j].Id == Lexicon.Vocabulary.HyphenId && Tokens[j].Adjacent && Tokens[j + 1].Adjacent;
}
