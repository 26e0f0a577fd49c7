using Pipeline.Analysis.Figures;
using Pipeline.Analysis.Text;

namespace Pipeline.Analysis.Claims;

/// <summary>Every attribution starts at a cue word: an introducer, a verb before or after its speaker, a document, a passive.</summary>
internal sealed partial class SourceReader
{
    /// <summary>
    /// An attribution whose cue starts at token <paramref name="i"/>: an introducer and its source ("selon X"), an
    /// inverted verb right after a break (", a indiqué X", "», a-t-il ajouté"), or a verb after its speaker ("X said").
    /// </summary>
    private bool At(int i, int first, int end, Figure? figure, out Attribution attribution)
    {
        attribution = default;
        var tokens = article.Tokens;
        var lexicon = article.Lexicon;
        // Every cue opens on a word the lexicon knows; most words are none.
        var id = tokens[i].Id;
        if (tokens[i].Kind != TokenKind.Word)
        {
            return false;
        }

        // "52 morts ont été recensés par les secours": a reporting participle after a passive auxiliary names its speaker
        // in its agent.
        if (i > first && lexicon.IsPassiveWord(id) && !tokens[i].Upper && lexicon.PassiveAuxiliaries.Match(tokens, i - 1, out _, out var passiveAuxiliaryEnd)
            && passiveAuxiliaryEnd == i && lexicon.PassiveParticiples.Match(tokens, i, out _, out var passiveEnd))
        {
            return PassiveAgent(i, passiveEnd, article.TokenRange(article.Sentences[article.SentenceOf(i)]).End, figure, out attribution);
        }

        if (i > first && !tokens[i].Upper && lexicon.ForecasterCalls.Match(tokens, i, out _, out var callEnd) && ForecastersCall(first, i, callEnd, figure, out attribution))
        {
            return true;
        }

        if (i == first && GoesOnSpeaking(i, end, out attribution))
        {
            return true;
        }

        if (!lexicon.IsCueWord(id))
        {
            return lexicon.IsDocumentWord(id) && DocumentFrame(i, first, end, figure, out attribution);
        }

        if (i > first && lexicon.IsIntroducerWord(id) && QuotedAs(i, first, end, figure, out attribution))
        {
            return true;
        }

        // "La « Commission … » a estimé": a mark that closes a quoted name is no quotation the verb is set in after.
        var afterName = i > first && article.IsQuote(i - 1) && names.QuotedName(first, i) >= 0;
        // "Le ministre, qui dirige 35 services, a annoncé la fermeture": a verb after a relative clause set between commas
        // is its subject's, not one set in before its speaker.
        var afterBreak = (i > first && article.IsBreak(tokens[i - 1]) && !afterName && !names.FollowsSubjectAside(first, i))
            // "…, comme l'a rapporté la préfecture": "comme l'" closes the clause before the verb as a comma does.
            || (i > first && AsSaidStart(i) < i);
        int nameStart;
        int nameEnd;
        SpeakerKind kind;
        if (lexicon.IsIntroducerWord(id) && (lexicon.SourceBefore.Match(tokens, i, out var cue, out var after) || LearntAcross(i, end, out cue, out after))
            && cue != SourceCue.SentenceOpening)
        {
            if (cue == SourceCue.Pronoun)
            {
                attribution = new Attribution(i, after, i, after, SpeakerKind.Pronoun, Introduced: true);
                return true;
            }

            if (cue != SourceCue.InvertedVerb && (cue != SourceCue.Opening || i == first || afterBreak))
            {
                // "de source policière": an introducer that ends on a speaker noun leaves it to the source it opens; "de même
                // source" leaves its source to the one named before.
                if (cue == SourceCue.Introducer && lexicon.SameSource.MatchBefore(tokens, after, out _, out var sameStart) && sameStart > i)
                {
                    after = sameStart;
                }
                else if (cue == SourceCue.Introducer && lexicon.SpeakerNouns.MatchBefore(tokens, after, out _, out var nounStart) && nounStart > i)
                {
                    after = nounStart;
                }

                // "selon leur âge": what the figure varies with, not who says it.
                if (cue == SourceCue.Introducer && names.Criterion(after, end))
                {
                    return false;
                }

                // "cited by": an introducer, never also a verb after its speaker.
                kind = names.After(after, end, inverted: false, out nameStart, out nameEnd);
                if (kind == SpeakerKind.Named)
                {
                    // "selon le ministre de la Santé, Manaouda Malachie, …": the role, then the name it gives.
                    (nameStart, nameEnd) = names.Apposed(nameStart, nameEnd, end, nameOnly: true);
                    // "selon les résultats provisoires, rendus publics samedi par la Commission électorale, …": the
                    // document's author, set after a comma, is the source, as in "les résultats publiés par la commission".
                    if (names.PublishedBy(nameStart, nameEnd, end) is var author and >= 0
                        && names.After(author, end, inverted: false, out var authorStart, out var authorEnd) == SpeakerKind.Named)
                    {
                        (nameStart, nameEnd) = (authorStart, authorEnd);
                    }
                }

                // "un responsable cité par Reuters a déclaré": who quoted the subject is no source of its own; the verb's
                // subject is (read in SpeakerBefore).
                if (cue == SourceCue.QuotedBy && kind == SpeakerKind.Named && QuotesSubject(i, first, nameStart, nameEnd, end))
                {
                    return false;
                }

                // "According to police nearly 40 people were arrested": with no comma after it, the name runs into the figure;
                // it ends where the figure starts, before a word that plays the figure down ("ECP spokesperson | only eight").
                if (kind == SpeakerKind.Named && figure is not null && article.LowerBound(figure.Start) is var figureStart
                    && figureStart > nameStart && figureStart < nameEnd)
                {
                    nameEnd = figureStart;
                    while (nameEnd > nameStart + 1 && lexicon.LevelAdverbs.MatchBefore(tokens, nameEnd, out _, out var adverbStart) && adverbStart > nameStart)
                    {
                        nameEnd = adverbStart;
                    }
                }

                attribution = new Attribution(i, nameEnd, nameStart, nameEnd, kind, Introduced: true);
                return kind != SpeakerKind.None && !article.Overlaps(nameStart, nameEnd, figure) && !SharesDocument(after, end, figure);
            }

            if ((afterBreak || (cue == SourceCue.InvertedVerb && UnmarkedInversion(i, first, figure))) && Inverted(i, after, auxiliary: false, end, figure, out attribution)
                && (afterBreak || SpeakerClosesSentence(attribution, i)))
            {
                return true;
            }
        }

        // "« … », détaille le ministère", "\"…,\" says Smith": right after a quotation, any reporting verb may stand
        // before its speaker, not only those listed as inverting after a comma.
        if (!afterName && AfterQuotation(i, first) && lexicon.IsVerbWord(id)
            && lexicon.SourceVerbs.Match(tokens, i, out _, out var quotedVerbEnd) && Inverted(i, quotedVerbEnd, auxiliary: false, end, figure, out attribution))
        {
            return true;
        }

        if (lexicon.IsAuxiliaryWord(id) && lexicon.Auxiliaries.Match(tokens, i, out var inverts, out var auxiliaryEnd))
        {
            if (inverts && (afterBreak || UnmarkedInversion(i, first, figure)) && Inverted(i, auxiliaryEnd, auxiliary: true, end, figure, out attribution)
                && (afterBreak || SpeakerClosesSentence(attribution, i)))
            {
                return true;
            }

            return verbs.Participle(auxiliaryEnd, end, out var compoundEnd) && SpeakerBefore(first, i, compoundEnd, figure, out attribution);
        }

        // "Le ministère vient d'annoncer 120 morts": the recent past names its speaker before it, as a compound does.
        if (i > first && lexicon.IsRecentPastWord(id) && !tokens[i].Upper && lexicon.RecentPast.Match(tokens, i, out _, out var recentEnd)
            && verbs.Infinitive(recentEnd, end, out var infinitiveEnd))
        {
            return SpeakerBefore(first, i, infinitiveEnd, figure, out attribution);
        }

        // "the County is now saying", "had been predicting": the speaker stands before the form of "be".
        if (i > first && !tokens[i].Upper && lexicon.IsVerbWord(id) && verbs.Progressive(i, first, end, out var progressiveStart, out var progressiveEnd))
        {
            return SpeakerBefore(first, progressiveStart, progressiveEnd, figure, out attribution);
        }

        if (i > first && !tokens[i].Upper && lexicon.ClosingVerbs.Match(tokens, i, out _, out var closingEnd) && ClosesClause(closingEnd, end))
        {
            return SpeakerBefore(first, i, closingEnd, figure, out attribution) && OpensClause(attribution.NameStart, first);
        }

        // "The ministry reports that 300 people died", "The health agency reports 45 new cases": a closing verb also opens
        // what is said right after a speaker noun or a name that opens the clause; after another verb it is the noun ("The
        // Kremlin denied reports that 300 troops …").
        if (i > first && !tokens[i].Upper && lexicon.ClosingVerbs.Match(tokens, i, out _, out var openingEnd)
            && !verbs.IsSubjectNoun(i, end) && verbs.IntroducesSpeech(openingEnd, end)
            && SpeakerBefore(first, i, openingEnd, figure, out attribution) && attribution.NameEnd == i && OpensClause(attribution.NameStart, first)
            && IsOpeningSpeaker(attribution.NameStart, i))
        {
            return true;
        }

        // "A prior estimate was $2 billion": after an earlier mark, "estimate" is the document, not a verb spoken by "A prior".
        if (i > first && lexicon.IsDocumentWord(id) && lexicon.EarlierMarks.Match(tokens, i - 1, out _, out var markEnd) && markEnd == i
            && DocumentFrame(i, first, end, figure, out attribution))
        {
            return true;
        }

        return (i > first && (!tokens[i].Upper || EndsLine(i, end)) && lexicon.IsVerbWord(id) && !article.NounInSayingTime(i, first)
                && ((verbs.AfterSpeaker(i, end, out var verbEnd) && !verbs.EndsCompound(i, first)) || Foresees(i, first, end, out verbEnd))
                && SpeakerBefore(first, i, verbEnd, figure, out attribution))
            // "An earlier estimate was …": a word that is a verb ("estimate") or a document.
            || (lexicon.IsDocumentWord(id) && DocumentFrame(i, first, end, figure, out attribution));
    }

    /// <summary>Whether the token follows a closing quote mark, with or without a comma between ("» , détaille", "\"…,\" says").</summary>
    private bool AfterQuotation(int i, int first)
    {
        var k = i - 1;
        if (k > first && article.IsComma(k))
        {
            k--;
        }

        return k >= first && article.IsQuote(k) && !article.OpensQuote(k);
    }

    /// <summary>
    /// A title-case headline capitalises its verb too ("Rebels Kill 40 Soldiers, Army Says"): a capitalised reporting
    /// verb ending its line is still a verb, where elsewhere a capitalised word belongs to a name.
    /// </summary>
    private bool EndsLine(int i, int end)
    {
        var next = i + 1;
        while (next < end && article.Tokens[next].Kind == TokenKind.Symbol && !article.Tokens[next].LineStart)
        {
            next++;
        }

        return next >= article.Tokens.Count || article.Tokens[next].LineStart;
    }

    /// <summary>Whether only occasions ("Tuesday", "on Monday") stand between a verb and the end of its clause.</summary>
    private bool ClosesClause(int verbEnd, int end)
    {
        var j = article.PastOccasions(verbEnd, end);
        return j >= end || article.IsBreakAt(j);
    }

    /// <summary>Whether the speaker's name opens its clause: the sentence's first words, or right after a break (", CNBC reports").</summary>
    private bool OpensClause(int nameStart, int first) => nameStart == first || (nameStart > first && article.IsBreakAt(nameStart - 1));

    /// <summary>Whether the words are one who speaks, not a quantity ("Several reports that …"): a speaker noun ending them
    /// ("the health agency"), an organisation, a place or a person the entities know ("Reuters", "Russia").</summary>
    private bool IsOpeningSpeaker(int start, int end) =>
        article.Lexicon.SpeakerNouns.MatchBefore(article.Tokens, end, out _, out _) || IsSpeakerLabel(start, end) || article.IsKnownPlace(start, end)
        || InEntity(end - 1, end, Entities.EntityType.Person);

    /// <summary>"according to the 30% of the results …": the share is the article's description of the document, not what
    /// the document says.</summary>
    private bool SharesDocument(int after, int end, Figure? figure) =>
        figure is not null && names.DocumentShareEnd(after, end) is var share and >= 0 && article.Overlaps(after, share, figure);

    /// <summary>
    /// "a appris l'AFP mercredi | auprès du parquet": a verb of learning the news, then who learnt it and when, then the
    /// words that name whom it was learnt from; <paramref name="after"/> is where that source starts.
    /// </summary>
    private bool LearntAcross(int i, int end, out SourceCue cue, out int after)
    {
        cue = SourceCue.Introducer;
        after = i;
        var tokens = article.Tokens;
        var lexicon = article.Lexicon;
        if (!lexicon.LearntFrom.Match(tokens, i, out var learnt, out var j) || !learnt)
        {
            return false;
        }

        for (var gapStart = j; j < end && j - gapStart <= LearnerReach; j++)
        {
            if (lexicon.LearntFrom.Match(tokens, j, out var verb, out var fromEnd) && !verb)
            {
                after = fromEnd;
                return j > gapStart;
            }

            if (article.OccasionAt(j, end, out var occasionEnd) && occasionEnd > j + 1)
            {
                j = occasionEnd - 1;
                continue;
            }

            // "a appris le métier auprès d'artisans", "ont appris à nager auprès de": a thing learnt, not who learnt the news.
            if (article.IsBreakAt(j) || article.IsQuote(j) || lexicon.Prepositions.Contains(tokens[j].Id)
                || (lexicon.Determiners.Contains(tokens[j].Id) && j + 1 < end && !tokens[j + 1].Upper))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>How many tokens who learnt the news and when may take ("l'AFP jeudi 17 octobre").</summary>
    private const int LearnerReach = 6;
}
