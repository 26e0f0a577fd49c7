using Pipeline.Analysis.Figures;
using Pipeline.Analysis.Text;

namespace Pipeline.Analysis.Claims;

/// <summary>
/// Who says a figure: the attribution nearest it in its clause ("selon X", "X a déclaré", ", said X", "», a-t-il
/// ajouté"), else one that opens or closes its sentence, else the speaker of the quotation it stands in. A pronoun
/// ("he said", "a-t-il ajouté") or "la même source" is the speaker named just before, when the text names one.
/// </summary>
internal sealed class SourceReader
{
    /// <summary>How many sentences back a pronoun, or "the same source", looks for the speaker it stands for.</summary>
    private const int PronounReach = 2;
    private const int SameSourceReach = 5;

    /// <summary>How many sentences a quotation may run over (within its paragraph), and how close after it its attribution stands.</summary>
    private const int QuoteReach = 8;
    private const int QuoteCueGap = 3;

    /// <summary>How many words the speaker's name may take before its verb after a quotation ("…,” Mayor Jane Doe said).</summary>
    private const int QuoteSpeakerWords = 6;

    /// <summary>Added to the distance of a pronoun or "the same source", so that any name in the clause is nearer.</summary>
    private const int Unnamed = 1 << 16;

    private readonly ClaimTokens article;
    private readonly ReportingVerbs verbs;
    private readonly SourceNames names;
    private readonly EventSpan spans;

    /// <summary>
    /// By sentence, the attributions the whole sentence holds when no figure is asked about, in token order: a sentence's
    /// speaker, its last and its main one are asked for again and again (by what the sentences after it are about, by
    /// their closing speakers, by pronouns looking back), and what <see cref="At"/> finds there never changes.
    /// </summary>
    private readonly Attribution[]?[] sentenceAttributions;

    public SourceReader(ClaimTokens article)
    {
        this.article = article;
        verbs = new ReportingVerbs(article);
        names = new SourceNames(article, verbs);
        spans = new EventSpan(article);
        sentenceAttributions = new Attribution[]?[article.Sentences.Count];
    }

    public ReportingVerbs Verbs => verbs;

    /// <summary>The source of a figure in the clause <paramref name="clause"/> of sentence <paramref name="sentence"/>.</summary>
    public Mention? Source(int sentence, SentenceSpan clause, Figure figure)
    {
        var whole = article.Sentences[sentence];
        var (first, end) = article.TokenRange(clause);
        var found = Nearest(first, end, figure);
        if (found is null && clause != whole)
        {
            found = SentenceWide(whole, figure);
        }

        // "The ministry issued a statement, saying that 45 people had died": with no reporting verb of its own, what a
        // participle of saying opens is said by the speaker the sentence opens on.
        if (found is null)
        {
            found = SubjectGoesOnSaying(whole, figure);
        }

        // "Karnataka reported five deaths, followed by Tamil Nadu two": a conjunct that leaves the reporting verb out has
        // its own speaker, the name right before its figure.
        if (found is { Kind: SpeakerKind.Named, Introduced: false } reporting && GappedSpeaker(reporting, figure) is { } gapped)
        {
            found = gapped;
        }

        // "Pour le syndicat, 2 000 emplois sont menacés": an introducer that names a source only where it opens the sentence.
        if (found is null && OpensOn(whole, SourceCue.SentenceOpening))
        {
            var (wholeFirst, wholeEnd) = article.TokenRange(whole);
            found = Opening(wholeFirst, wholeEnd, figure) is { } opening && NamesSpeaker(opening.NameStart, opening.NameEnd) ? opening : null;
        }

        // "Police said they recovered three bodies, Radio New Zealand reported": the article reports the outer speaker,
        // who closes the sentence after a comma.
        if (clause == whole && found is { } near && near.Kind == SpeakerKind.Named && Closing(whole) is { } closing && closing.Start > near.End)
        {
            found = closing;
        }

        // "« Selon les données opérationnelles, 198 personnes sont mortes », a indiqué le ministre": the article quotes
        // the speaker, who cites inside the quotation; the speaker is the source.
        var quoted = Quoted(sentence, figure);
        if (found is { } inner && quoted is not null && SameQuotation(inner.Start, article.LowerBound(figure.Start)))
        {
            found = quoted;
        }

        if (quoted is null && ParagraphIntroducer(sentence) is { } introducer)
        {
            found = introducer;
        }

        if (found is null && quoted is null)
        {
            found = DocumentOpening(whole, figure);
        }

        // "Selon le ministère, 35 personnes sont hospitalisées. Parmi ces blessés, sept sont en réanimation": a part of the
        // set the sentence before counted is counted by the same source.
        if (found is null && quoted is null && sentence > 0 && OpensOnSubset(whole))
        {
            found = SentenceWide(article.Sentences[sentence - 1], figure);
        }

        found ??= quoted ?? ReducedRelative(whole, figure) ?? ForecastOwner(whole, figure) ?? Following(sentence) ?? HeadlineLabel(figure) ?? OpeningLabel(figure);
        if (found is { } dated && (DatesTheSaying(dated, figure) || spans.Frames(figure)))
        {
            return null;
        }

        if (found is { Kind: SpeakerKind.Named } toll
            && names.OwnTally(toll.NameStart, toll.NameEnd, article.TokenRange(article.Sentences[article.SentenceOf(toll.NameStart)]).End))
        {
            return null;
        }

        return found is { } attribution ? Resolve(attribution, article.SentenceOf(attribution.Start)) : null;
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

    /// <summary>"above economists' expectations of 2.7%", "the IMF's projection of 1.4%": the possessor of the forecast the
    /// figure is of (<see cref="Claims.ForecastOwner"/>) says it.</summary>
    private Attribution? ForecastOwner(SentenceSpan sentence, Figure figure)
    {
        var (first, _) = article.TokenRange(sentence);
        var (nameStart, nameEnd) = Claims.ForecastOwner.Possessor(article, sentence, figure);
        return nameStart > first || (nameStart == first && nameEnd > first)
            ? new Attribution(nameStart, nameEnd, nameStart, nameEnd, SpeakerKind.Named)
            : null;
    }

    /// <summary>How many words may stand between a document and the participle that says what it says ("a statement on
    /// Sunday saying").</summary>
    private const int DocumentParticipleGap = 3;

    /// <summary>
    /// "The Health Ministry issued a statement, saying that 45 people had died", "The army released figures on Sunday saying
    /// 12 soldiers were killed": a participle of saying ([subject-participle]) after a comma or a document, before the
    /// figure, says the words after it are those of the speaker that opens the sentence (a speaker noun, or a name the
    /// entities know). One that also means something else ("adding") must open a clause ("adding that").
    /// </summary>
    private Attribution? SubjectGoesOnSaying(SentenceSpan sentence, Figure figure)
    {
        var tokens = article.Tokens;
        var lexicon = article.Lexicon;
        var (first, _) = article.TokenRange(sentence);
        var figureStart = article.LowerBound(figure.Start);
        for (var i = figureStart - 1; i > first; i--)
        {
            // "…, saying it was chaotic, while 12 people were taken to hospital": the article's own clause; the "that" of
            // "saying that" is the participle's own.
            if ((lexicon.Subordinators.Match(tokens, i, out _, out _) || lexicon.ClauseOpeners.Match(tokens, i, out _, out _))
                && !(lexicon.ReportedClauses.Match(tokens, i, out _, out _) && lexicon.SubjectParticiples.MatchBefore(tokens, i, out _, out _)))
            {
                return null;
            }

            if (tokens[i].Kind != TokenKind.Word || tokens[i].Upper || !lexicon.SubjectParticiples.Match(tokens, i, out var needsClause, out var participleEnd)
                || participleEnd > figureStart || (needsClause && !(participleEnd < figureStart && lexicon.ReportedClauses.Match(tokens, participleEnd, out _, out _)))
                || !(article.IsComma(i - 1) || AfterDocument(i, first)))
            {
                continue;
            }

            if (OpeningName(first, i, speakers: true) is not { } opening)
            {
                return null;
            }

            // "Le ministère | de la Santé a publié": the opening read on as a name ("Le ministère de la Santé").
            var (nameStart, nameEnd) = (article.LowerBound(opening.Start), article.LowerBound(opening.End));
            var verb = nameEnd;
            while (verb < i && (tokens[verb].Kind != TokenKind.Word || tokens[verb].Upper || lexicon.Of.Contains(tokens[verb].Id)
                || lexicon.Determiners.Match(tokens, verb, out _, out _) || lexicon.Prepositions.Match(tokens, verb, out _, out _)))
            {
                verb++;
            }

            if (verb > nameEnd && verb < i && names.Before(first, verb, out var fullStart, out var fullEnd) == SpeakerKind.Named && fullStart == nameStart)
            {
                nameEnd = fullEnd;
            }

            return IsOpeningSpeaker(nameStart, nameEnd) ? new Attribution(i, participleEnd, nameStart, nameEnd, SpeakerKind.Named) : null;
        }

        return null;
    }

    /// <summary>Whether a document ("a statement", "figures") ends a few words before the participle ("a statement on Sunday | saying").</summary>
    private bool AfterDocument(int participle, int first)
    {
        for (var k = participle; k > first && participle - k <= DocumentParticipleGap; k--)
        {
            if (article.Lexicon.Documents.MatchBefore(article.Tokens, k, out _, out _))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How many words may stand between a reporting verb and the figure it takes ("reported at least 40").</summary>
    private const int GapObjectWords = 3;

    /// <summary>
    /// The speaker of a conjunct that leaves out the reporting verb before it: "Texas reported 198 cases and New Mexico 30",
    /// "…, followed by Tamil Nadu two and Gujarat, Uttar Pradesh and Maharashtra one each" (the first name of a list). The
    /// verb takes a figure of its own right after it, and the name stands right before this figure, after a comma or a
    /// [gap-opener]; else null.
    /// </summary>
    private Attribution? GappedSpeaker(Attribution reporting, Figure figure)
    {
        var tokens = article.Tokens;
        var lexicon = article.Lexicon;
        var at = article.LowerBound(figure.Start);
        var start = NameBefore(at, reporting.End);
        if (start == at || start <= reporting.End + 1)
        {
            return null;
        }

        // "Gujarat, Uttar Pradesh and Maharashtra one each": back to the list's first name.
        while (start - 2 > reporting.End && (article.IsComma(start - 1) || (lexicon.GapOpeners.MatchBefore(tokens, start, out _, out var and) && and == start - 1))
            && NameBefore(start - 1, reporting.End) is var previous && previous < start - 1)
        {
            start = previous;
        }

        var opener = start;
        if (lexicon.GapOpeners.MatchBefore(tokens, start, out _, out var openerStart))
        {
            opener = openerStart;
        }

        if (opener > 0 && article.IsComma(opener - 1))
        {
            opener--;
        }

        if (opener == start || opener <= reporting.End)
        {
            return null;
        }

        // The verb's own figure right after it: "reported | five deaths", "reported | at least 40", not "said | Russia lost
        // 40 tanks and Ukraine 12", where the verb left out is another's.
        var taken = false;
        for (var k = reporting.End; k < opener && k <= reporting.End + GapObjectWords; k++)
        {
            if (tokens[k].Kind == TokenKind.Number || lexicon.IsNumberWord(article.Text.AsSpan(tokens[k].Start, tokens[k].Length)))
            {
                taken = true;
                break;
            }

            if (tokens[k] is not { Kind: TokenKind.Word, Upper: false })
            {
                return null;
            }
        }

        for (var k = reporting.End; k < opener; k++)
        {
            if (article.IsBreakAt(k) && !article.IsComma(k))
            {
                return null;
            }
        }

        return taken ? new Attribution(start, at, start, at, SpeakerKind.Named) : null;
    }

    /// <summary>Where the name ending right before <paramref name="end"/> starts, after <paramref name="floor"/>: its
    /// capitalised words, joined by hyphens ("Nouveau-Mexique"), with the determiner that opens it ("le Nouveau-Mexique");
    /// <paramref name="end"/> when no capitalised word stands there.</summary>
    private int NameBefore(int end, int floor)
    {
        var tokens = article.Tokens;
        var start = end;
        while (start > floor + 1 && (tokens[start - 1] is { Kind: TokenKind.Word, Upper: true }
            || (tokens[start - 1].Id == article.Lexicon.Vocabulary.HyphenId && tokens[start - 1].Adjacent && start < end && tokens[start - 2] is { Kind: TokenKind.Word, Upper: true })))
        {
            start--;
        }

        return start < end && start > floor + 1 && article.Lexicon.NameArticles.MatchBefore(tokens, start, out _, out var determiner) && determiner == start - 1
            ? start - 1
            : start;
    }

    /// <summary>
    /// "Two days after the attack, police said …", "with officials saying more than 24 hours into the search that …", "Cela
    /// fait 7 trimestres que l'Insee annonce …": a span of time anchored to an event and standing right before the speaker,
    /// right after its verb or right before its clause dates the saying; the article says it, not the speaker.
    /// </summary>
    private bool DatesTheSaying(Attribution attribution, Figure figure)
    {
        var tokens = article.Tokens;
        var lexicon = article.Lexicon;
        var figureStart = article.LowerBound(figure.Start);
        var figureEnd = article.LowerBound(figure.End);
        if (figure.Category != FigureCategory.Duration || figureEnd >= tokens.Count
            || !lexicon.TimeAnchors.Match(tokens, figureEnd, out _, out var anchorEnd))
        {
            return false;
        }

        // Right after the speaker's verb, or with the speaker right after the anchor ("que l'Insee annonce").
        if (attribution.End == figureStart || attribution.Start == anchorEnd)
        {
            return true;
        }

        // Fronted: the span opens its clause, and the speaker and its verb follow the comma that ends the adverbial.
        if (attribution.Start != attribution.NameStart || attribution.Start <= anchorEnd
            || !article.OpensClause(figureStart, article.TokenRange(article.Sentences[article.SentenceOf(figureStart)]).First))
        {
            return false;
        }

        var comma = anchorEnd;
        while (comma < attribution.Start && !article.IsBreakAt(comma) && tokens[comma].Kind != TokenKind.Number)
        {
            comma++;
        }

        return comma == attribution.Start - 1 && article.IsComma(comma);
    }

    /// <summary>
    /// "… 590 000 militaires. C'est ce qu'a déclaré le chef de l'état-major.", "… 40 tanks. That is what the ministry said.":
    /// a sentence that opens by pointing back names the source of the one before.
    /// </summary>
    private Attribution? Following(int sentence)
    {
        var tokens = article.Tokens;
        var lexicon = article.Lexicon;
        if (sentence + 1 >= article.Sentences.Count)
        {
            return null;
        }

        var (first, end) = article.TokenRange(article.Sentences[sentence + 1]);
        if (first >= end || !lexicon.PreviousSentenceCues.Match(tokens, first, out _, out var after) || after >= end)
        {
            return null;
        }

        // "C'est ce qu'a déclaré X": the verb stands before its speaker, as after a comma.
        if (lexicon.SourceBefore.Match(tokens, after, out var cue, out var verbEnd) && cue == SourceCue.InvertedVerb
            && Inverted(after, verbEnd, auxiliary: false, end, null, out var inverted))
        {
            return inverted;
        }

        if (lexicon.Auxiliaries.Match(tokens, after, out _, out var auxiliaryEnd) && Inverted(after, auxiliaryEnd, auxiliary: true, end, null, out inverted))
        {
            return inverted;
        }

        // "That is what the ministry said."
        for (var i = after; i < end; i++)
        {
            if (At(i, after, end, null, out var attribution))
            {
                return attribution;
            }
        }

        return null;
    }

    /// <summary>
    /// The first speaker a sentence names, as written: the sentence speaks for it rather than of it. A speaker whose verb
    /// takes a thing ("Poutine a annoncé un nouveau conseil", "Britain announced a package") acts in the sentence, so
    /// it is not read here.
    /// </summary>
    public Mention? Speaker(SentenceSpan sentence)
    {
        var (first, end) = article.TokenRange(sentence);
        foreach (var attribution in Attributions(first, end))
        {
            if (attribution.Kind == SpeakerKind.Named
                && !(attribution.Start == attribution.NameStart && attribution.End < end
                    && article.Lexicon.Determiners.Match(article.Tokens, attribution.End, out _, out _)))
            {
                return article.MakeMention(attribution.NameStart, attribution.NameEnd, null);
            }
        }

        return null;
    }

    /// <summary>
    /// The attribution nearest the figure, or the outer one it is nested in. Whom a speaker cites ("Reuters reported,
    /// citing two officials", "Reuters a rapporté, citant deux responsables") is an aside: the speaker is the source.
    /// </summary>
    private Attribution? Nearest(int first, int end, Figure figure)
    {
        var figureStart = article.LowerBound(figure.Start);
        var figureEnd = article.LowerBound(figure.End);
        var added = AddedClause(first, figureStart);
        Attribution? best = null;
        var bestDistance = int.MaxValue;
        for (var i = first; i < end; i++)
        {
            if (!At(i, first, end, figure, out var attribution))
            {
                continue;
            }

            // "X a annoncé 50 millions, ce qui porte le total à 235 millions": the total is the article's own sum.
            if (attribution.End <= added)
            {
                continue;
            }

            // "« … », a-t-il insisté alors que l'attentat s'était produit 45 minutes plus tôt", "\"…,\" Smith said, as
            // rescuers found 40 more bodies": a speaker set in after what was said looks back at it; what follows is the
            // article's again, unless the speaker goes on (", adding that", ", évoquant", ", qui a recensé", a colon).
            if (attribution.End <= figureStart && !attribution.Introduced && Parenthetical(attribution, first)
                && !GoesOn(attribution.End, figureStart))
            {
                continue;
            }

            // "En l'espace de 5 heures, « … », selon le préfet": a speaker set in after a quotation speaks for the quoted
            // words; a phrase the article fronts before the quotation, set off by a comma, is the article's own.
            if (attribution.Start >= figureEnd && FrontedBeforeQuotation(first, figureStart, figureEnd, attribution.Start))
            {
                continue;
            }

            // "the death rate is likely to be 70%, as several deaths are not reported": a speaker inside a subordinate clause
            // after the figure speaks for that clause, not for the figure before it.
            if (attribution.Start >= figureEnd && SubordinateBetween(figureEnd, attribution.Start))
            {
                continue;
            }

            // "The country has 45 million inhabitants, and officials say 2 million have fled": a speaker a conjunction joins
            // after the figure, with a reported clause of its own, speaks for that clause, not for the one before.
            if (attribution.Start >= figureEnd && CoordinatedSpeaker(attribution, figureEnd, end))
            {
                continue;
            }

            // "X said: “… 60 battalions …”, about a third of the total": a speaker before a quotation speaks for it alone;
            // "the ministry said Sunday—more than half of those killed": a dash after the verb opens the article's aside;
            // "L'indice – hors TVA, précise l'OFS – a progressé de 0,1 %": a speaker inside dashes speaks for the aside.
            if (attribution.End <= figureStart && (QuotationBetween(attribution.End, figureStart) || DashAfter(attribution, figureStart)
                || InDashedAside(first, attribution)))
            {
                continue;
            }

            // "The agency, which has 40 staff in the area, said": a figure between the speaker's name and its verb describes
            // the speaker; the article says it.
            if (attribution.NameEnd <= figureStart && figureEnd <= attribution.End && attribution.Start == attribution.NameStart
                && !attribution.Introduced)
            {
                continue;
            }

            // "Employers added 250,000 jobs, surprising analysts who had anticipated 150,000": a speaker whose verb stands in a
            // relative clause on its name, and takes a figure of its own, speaks for that figure, not for the clause before
            // ("…, précise le journal économique qui dévoile mardi le document" still speaks for the figure before).
            if (attribution.Start >= figureEnd && attribution.Start == attribution.NameStart && !attribution.Introduced
                && attribution.End - attribution.NameEnd is > 1 and <= RelativeVerbWords && article.IsRelative(attribution.NameEnd)
                && TakesNumber(attribution.End, end))
            {
                continue;
            }

            // "Prices rose 2.98%, above the 2.86% analysts had expected": a speaker that takes up a later definite figure as
            // a relative clause with no relative word speaks for that figure alone (Claims.ReducedRelative).
            if (attribution.Start >= figureEnd && !attribution.Introduced && TakesUpFigure(figureEnd, attribution.NameStart))
            {
                continue;
            }

            // A name in the clause is firmer than a pronoun standing for one named elsewhere: "Ils ont ajouté que …,
            // rapporte Police étrangère".
            var distance = attribution.Start >= figureEnd ? attribution.Start - figureEnd
                : attribution.End <= figureStart ? figureStart - attribution.End
                : 0;
            if (attribution.Kind != SpeakerKind.Named)
            {
                distance += Unnamed;
            }

            if (distance < bestDistance)
            {
                best = attribution;
                bestDistance = distance;
            }
        }

        return best is { } inner && Outer(first, inner) is { } outer ? outer : best;
    }

    /// <summary>
    /// "Güven said that according to official results …", "According to Reuters, the ministry said …": an attribution
    /// that opens what another speaker says is nested in it, and the article reports the outer speaker.
    /// </summary>
    private Attribution? Outer(int first, Attribution inner)
    {
        var tokens = article.Tokens;
        var lexicon = article.Lexicon;
        var link = inner.Start;
        while (link > first && (article.IsComma(link - 1) || lexicon.ReportedClauses.MatchBefore(tokens, link, out _, out _)))
        {
            link = article.IsComma(link - 1) ? link - 1 : LinkStart(link);
        }

        if (link <= first)
        {
            return null;
        }

        for (var i = first; i < link; i++)
        {
            // With nothing between them, the outer one must end on its verb ("the agency said | Congo has reported"): one
            // ending on a name read up to the inner speaker was cut there ("released by the health | office, which").
            // "The agencies said in a joint statement that …", "He told reporters on Sunday that …": the outer verb may take
            // its occasion, medium or hearer before the link.
            // A pronoun holds the inner speaker only before "that" and when it stands for a speaker named before ("He
            // said that the ministry had recorded 300 deaths").
            if (At(i, first, link, null, out var outer) && (outer.End == link || (link < inner.Start && Circumstance(outer.End, link)))
                && (link < inner.Start || (outer.Start == outer.NameStart && outer.NameEnd < outer.End))
                && (outer.Kind == SpeakerKind.Named
                    || (outer.Kind == SpeakerKind.Pronoun && lexicon.ReportedClauses.Match(tokens, link, out _, out _)
                        && Resolve(outer, article.SentenceOf(outer.Start)) is not null)))
            {
                return outer;
            }
        }

        return null;
    }

    /// <summary>How many words may tell where, when or to whom a speaker spoke, after its verb ("said late on Friday in a statement").</summary>
    private const int CircumstanceWords = 8;

    /// <summary>
    /// Whether the words from <paramref name="from"/> to <paramref name="to"/> only tell where, when or to whom a speaker
    /// spoke ("in a joint statement", "on Friday", "reporters on Sunday", "a news briefing in Geneva"): a few words with no
    /// number, no break and no reporting verb of another speaker.
    /// </summary>
    private bool Circumstance(int from, int to)
    {
        var tokens = article.Tokens;
        var lexicon = article.Lexicon;
        if (to - from > CircumstanceWords)
        {
            return false;
        }

        for (var k = from; k < to; k++)
        {
            if (tokens[k].Kind != TokenKind.Word || article.IsBreakAt(k)
                || (lexicon.IsVerbWord(tokens[k].Id) && lexicon.SourceVerbs.Match(tokens, k, out _, out _)))
            {
                return false;
            }
        }

        return true;
    }

    private int LinkStart(int link) => article.Lexicon.ReportedClauses.MatchBefore(article.Tokens, link, out _, out var start) ? start : link;

    /// <summary>Whether the speaker at <paramref name="to"/> stands in a subordinate clause opened after <paramref name="from"/> by a
    /// subordinator other than "that"/"que" (which opens what is said).</summary>
    private bool SubordinateBetween(int from, int to)
    {
        // Read back from the speaker: a comma first ends the subordinate clause ("killed since Israel declared war, the
        // ministry said"), and the speaker is the main clause's.
        var lexicon = article.Lexicon;
        for (var k = to - 1; k >= from; k--)
        {
            if (article.IsBreak(article.Tokens[k]))
            {
                return false;
            }

            // "an attack that officials said was carried out by rebels": "that" after a determiner and its noun is a relative.
            if (article.Tokens[k].Kind == TokenKind.Word && lexicon.Subordinators.Match(article.Tokens, k, out _, out _)
                && (!lexicon.ReportedClauses.Match(article.Tokens, k, out _, out _)
                    || (k - 2 >= from && lexicon.Determiners.Match(article.Tokens, k - 2, out _, out var determinerEnd) && determinerEnd == k - 1
                        && article.Tokens[k - 1] is { Kind: TokenKind.Word, Upper: false })))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The speaker opens a clause joined by a conjunction ("and officials say") and what it says follows it.</summary>
    private bool CoordinatedSpeaker(Attribution attribution, int figureEnd, int end)
    {
        var tokens = article.Tokens;
        var lexicon = article.Lexicon;
        if (attribution.Introduced || attribution.Start < attribution.NameStart || attribution.Start - 1 < figureEnd
            || !lexicon.ClauseCoordinators.MatchBefore(tokens, attribution.Start, out _, out _))
        {
            return false;
        }

        var k = attribution.End;
        while (k < end && lexicon.Occasions.Match(tokens, k, out _, out var occasionEnd))
        {
            k = occasionEnd;
        }

        return k < end && tokens[k].Kind is TokenKind.Word or TokenKind.Number && !lexicon.Prepositions.Match(tokens, k, out _, out _);
    }

    /// <summary>Whether the attribution is set in after what was said: its verb before its speaker, or right after a quotation.</summary>
    private bool Parenthetical(Attribution attribution, int first) =>
        attribution.Start < attribution.NameStart
        || (attribution.Start > first && article.IsQuote(attribution.Start - 1) && !article.OpensQuote(attribution.Start - 1))
        || (attribution.Start > first && article.IsComma(attribution.Start - 1) && attribution.End < article.Tokens.Count && article.IsComma(attribution.End));

    /// <summary>
    /// Whether the words from the end of an inverted attribution to the figure go on with its speaker's words: anything
    /// but a clause the article opens with a conjunction of its own ("alors que", ", as", ", while"); a continuing
    /// participle (", adding that", ", précisant que") or a colon says the speaker goes on.
    /// </summary>
    private bool GoesOn(int from, int figureStart)
    {
        var tokens = article.Tokens;
        var k = from;
        while (k < figureStart && tokens[k].Kind == TokenKind.Symbol)
        {
            if (article.Text[tokens[k].Start] == ':')
            {
                return true;
            }

            k++;
        }

        // Only a clause the article opens with a conjunction of its own ("alors que", "as", "while"), or a phrase that
        // tells when the speaker spoke ("avant l'annonce du nouveau bilan de 13 morts", "before the toll of 13 was
        // announced"), is the article's again.
        var lexicon = article.Lexicon;
        return k >= figureStart || lexicon.Continuations.Match(tokens, k, out _, out _)
            || !(lexicon.Subordinators.Match(tokens, k, out _, out _) || lexicon.ClauseOpeners.Match(tokens, k, out _, out _)
                || SaysWhen(k, figureStart));
    }

    /// <summary>A phrase from <paramref name="k"/> that tells when something was said ("avant l'annonce de", "during a
    /// visit to"), with no participle that goes on with the speaker's words before the figure.</summary>
    private bool SaysWhen(int k, int figureStart)
    {
        var tokens = article.Tokens;
        if (!article.Lexicon.SayingTimes.Match(tokens, k, out var when, out _) || !when)
        {
            return false;
        }

        for (var j = k + 1; j < figureStart; j++)
        {
            if (tokens[j].Kind == TokenKind.Word && article.Lexicon.Continuations.Match(tokens, j, out _, out _))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether the figure stands in a phrase fronted before a quotation that the speaker at <paramref name="speaker"/> is
    /// set in after: the clause opens outside quotation marks, a comma closes the phrase right before the quotation
    /// opens, and the quotation closes right before the speaker (past a comma).
    /// </summary>
    private bool FrontedBeforeQuotation(int first, int figureStart, int figureEnd, int speaker)
    {
        for (var k = first; k < figureStart; k++)
        {
            if (article.IsQuote(k))
            {
                return false;
            }
        }

        var open = -1;
        for (var k = figureEnd; k < speaker; k++)
        {
            if (article.IsQuote(k))
            {
                open = k;
                break;
            }
        }

        if (open <= figureEnd || !article.OpensQuote(open) || !article.IsComma(open - 1))
        {
            return false;
        }

        var close = speaker - 1;
        while (close > open && article.IsComma(close))
        {
            close--;
        }

        if (close <= open || !article.IsQuote(close) || article.OpensQuote(close))
        {
            return false;
        }

        for (var k = open + 1; k < close; k++)
        {
            if (article.IsQuote(k))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Where the last clause the article adds after a comma ("…, ce qui porte le total à", "…, bringing the total to") starts before the figure; else -1.</summary>
    private int AddedClause(int first, int figureStart)
    {
        var added = -1;
        for (var k = first + 1; k < figureStart; k++)
        {
            if (article.IsComma(k - 1) && article.Lexicon.AddedClauses.Match(article.Tokens, k, out _, out _))
            {
                added = k;
            }
        }

        return added;
    }

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
        var afterBreak = i > first && article.IsBreak(tokens[i - 1]) && !afterName && !names.FollowsSubjectAside(first, i);
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

    /// <summary>
    /// "Plus de 300 personnes évacuées annonce la préfecture", "Le bilan s'élève à 12 morts indique le ministère": with no
    /// comma, an inverting verb after the figure may still stand before its speaker, when the word before it is no name,
    /// speaker, determiner, pronoun, relative or clitic that makes it a verb with its own subject ("que l'Insee annonce",
    /// "les chiffres qu'annonce", "il annonce", "l'annonce"); its speaker must then close the sentence (<see cref="SpeakerClosesSentence"/>).
    /// </summary>
    private bool UnmarkedInversion(int i, int first, Figure? figure)
    {
        var tokens = article.Tokens;
        var lexicon = article.Lexicon;
        if (figure is null || i <= first || tokens[i].Upper || tokens[i].Start < figure.End || article.IsBreak(tokens[i - 1]))
        {
            return false;
        }

        // "Les 300 salariés indiquent la direction": a figure that is all the sentence holds before the verb is its subject.
        var opening = lexicon.Determiners.Match(tokens, first, out _, out var afterDeterminer) ? afterDeterminer : first;
        if (tokens[opening].Start >= figure.Start && tokens[i - 1].End <= figure.End)
        {
            return false;
        }

        // "7 trimestres que l'Insee annonce des chiffres": a name or a speaker right before the verb is its subject.
        var before = i - 1;
        if (tokens[before].Upper || (lexicon.SpeakerNouns.MatchBefore(tokens, i, out _, out var nounStart) && nounStart < i))
        {
            return false;
        }

        return tokens[before].Kind != TokenKind.Word
            || !(lexicon.Determiners.Contains(tokens[before].Id) || lexicon.Pronouns.Contains(tokens[before].Id)
                || lexicon.PersonalPronouns.Contains(tokens[before].Id) || article.IsRelative(before) || lexicon.Subordinators.Contains(tokens[before].Id)
                || lexicon.Prepositions.Contains(tokens[before].Id) || lexicon.VerbClitics.Contains(tokens[before].Id)
                || lexicon.LeadingStrip.Contains(tokens[before].Id) || article.IsOf(before));
    }

    /// <summary>
    /// Whether the speaker of a verb set in before it without a comma stands as a verb's subject does: right after the verb
    /// (not after "de", "relève de la justice"), and closing the sentence, with only occasions and its closing mark after it.
    /// </summary>
    private bool SpeakerClosesSentence(Attribution attribution, int verb)
    {
        if (attribution.Kind != SpeakerKind.Named || attribution.NameStart <= verb || article.IsOf(attribution.NameStart - 1)
            || article.Lexicon.Prepositions.Contains(article.Tokens[attribution.NameStart - 1].Id))
        {
            return attribution.Kind == SpeakerKind.Pronoun;
        }

        var sentenceEnd = article.TokenRange(article.Sentences[article.SentenceOf(verb)]).End;
        var j = attribution.NameEnd;
        while (j < sentenceEnd && article.Lexicon.Occasions.Match(article.Tokens, j, out _, out var occasionEnd))
        {
            j = occasionEnd;
        }

        return j >= sentenceEnd || (article.Tokens[j].Kind == TokenKind.Symbol && article.Text[article.Tokens[j].Start] is '.' or '!' or '?' && j + 1 >= sentenceEnd);
    }

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

    /// <summary>Whether only occasions ("Tuesday", "on Monday") stand between a verb and the end of its clause.</summary>
    private bool ClosesClause(int verbEnd, int end)
    {
        var j = verbEnd;
        while (j < end && article.Lexicon.Occasions.Match(article.Tokens, j, out _, out var occasionEnd))
        {
            j = occasionEnd;
        }

        return j >= end || article.IsBreakAt(j);
    }

    /// <summary>Whether the words are one who speaks, not a quantity ("Several reports that …"): a speaker noun ending them
    /// ("the health agency"), an organisation, a place or a person the entities know ("Reuters", "Russia").</summary>
    private bool IsOpeningSpeaker(int start, int end) =>
        article.Lexicon.SpeakerNouns.MatchBefore(article.Tokens, end, out _, out _) || IsSpeakerLabel(start, end) || IsKnownPlace(start, end)
        || InEntity(end - 1, end, Entities.EntityType.Person);

    /// <summary>Whether the speaker's name opens its clause: the sentence's first words, or right after a break (", CNBC reports").</summary>
    private bool OpensClause(int nameStart, int first) => nameStart == first || (nameStart > first && article.IsBreakAt(nameStart - 1));

    /// <summary>"according to the 30% of the results …": the share is the article's description of the document, not what
    /// the document says.</summary>
    private bool SharesDocument(int after, int end, Figure? figure) =>
        figure is not null && names.DocumentShareEnd(after, end) is var share and >= 0 && article.Overlaps(after, share, figure);

    /// <summary>"The forecasters see 3.0% growth", "l'Insee prévoyant une récession de 0,1 %": a forecaster's verb, in a
    /// clause that speaks of a forecast; "les analystes qui en attendaient 150 000": what a forecaster named before awaits.</summary>
    private bool Foresees(int i, int first, int end, out int verbEnd) =>
        (article.Lexicon.ForecasterVerbs.Match(article.Tokens, i, out _, out verbEnd) && ForecastFrame.SpeaksOfForecast(article, first, end))
        || (article.Lexicon.ForecasterCalls.Match(article.Tokens, i, out _, out verbEnd) && ForecasterBefore(first, i));

    /// <summary>Whether a forecaster ("les analystes", "economists") is named between the clause's start and the verb.</summary>
    private bool ForecasterBefore(int first, int verb) => article.HasPhrase(article.Lexicon.Forecasters, first, verb);

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

    /// <summary>", a indiqué le ministère", "», a-t-il ajouté", ", said the air force": the speaker after its verb.</summary>
    private bool Inverted(int i, int verbEnd, bool auxiliary, int end, Figure? figure, out Attribution attribution)
    {
        var pronoun = verbs.GluedPronoun(verbEnd, auxiliary, end, out var cueEnd);
        if (pronoun >= 0)
        {
            attribution = new Attribution(i, cueEnd, pronoun, pronoun + 1, SpeakerKind.Pronoun);
            return true;
        }

        if (SaidAtPlace(i, verbEnd, auxiliary, end, figure, out attribution))
        {
            return true;
        }

        var after = verbEnd;
        if (auxiliary)
        {
            after = verbs.SkipAdverbs(verbEnd, end);
            if (after >= end || !article.Lexicon.Participles.Match(article.Tokens, after, out _, out after))
            {
                attribution = default;
                return false;
            }
        }

        var kind = names.After(after, end, inverted: true, out var nameStart, out var nameEnd);
        if (kind == SpeakerKind.Named)
        {
            (nameStart, nameEnd) = names.Apposed(nameStart, nameEnd, end);
        }

        // "les Comores, pays insulaire, ont signalé une résurgence du choléra en 2024": a speaker set in after its verb ends
        // its clause; words running on into a figure are what the verb takes, and the verb's speaker stands before it.
        if (kind == SpeakerKind.Named && nameEnd < end && article.Tokens[nameEnd].Kind == TokenKind.Number)
        {
            attribution = default;
            return false;
        }

        attribution = new Attribution(i, nameEnd, nameStart, nameEnd, kind);
        return kind != SpeakerKind.None && !article.Overlaps(nameStart, nameEnd, figure);
    }

    /// <summary>
    /// "indique-t-on à la préfecture", "a-t-on précisé dans l'entourage du ministre": a verb whose pronoun names nobody,
    /// then where the news was given, an authority's place, which is its source (not "précise-t-on dans un communiqué",
    /// nor "à l'AFP", who was told).
    /// </summary>
    private bool SaidAtPlace(int i, int verbEnd, bool auxiliary, int end, Figure? figure, out Attribution attribution)
    {
        attribution = default;
        var lexicon = article.Lexicon;
        if (lexicon.ImpersonalSpeakers.Count == 0 || verbs.GluedPronoun(verbEnd, auxiliary, end, lexicon.ImpersonalSpeakers, out var j) < 0)
        {
            return false;
        }

        while (j < end && article.OccasionAt(j, end, out var occasionEnd))
        {
            j = occasionEnd;
        }

        if (!lexicon.SpeakingPlaces.Match(article.Tokens, j, out _, out var placeEnd)
            || names.After(placeEnd, end, inverted: false, out var nameStart, out var nameEnd) != SpeakerKind.Named)
        {
            return false;
        }

        if (!article.HasPhrase(lexicon.Authorities, nameStart, nameEnd))
        {
            return false;
        }

        attribution = new Attribution(i, nameEnd, nameStart, nameEnd, SpeakerKind.Named);
        return !article.Overlaps(nameStart, nameEnd, figure);
    }

    /// <summary>
    /// Whether "cité par"/"quoted by" at <paramref name="cue"/> is a participle on the subject of a reporting verb that
    /// follows its agent (read from <paramref name="agentStart"/> to <paramref name="agentEnd"/>, which may have run on
    /// over the verb, past a comma): a word of the speaker stands right before the participle.
    /// </summary>
    private bool QuotesSubject(int cue, int first, int agentStart, int agentEnd, int end)
    {
        var tokens = article.Tokens;
        var lexicon = article.Lexicon;
        var before = cue > first && article.IsComma(cue - 1) ? cue - 1 : cue;
        if (before <= first || tokens[before - 1].Kind != TokenKind.Word)
        {
            return false;
        }

        var last = agentEnd < end && article.IsComma(agentEnd) ? agentEnd + 1 : agentEnd;
        for (var k = agentStart + 1; k <= last && k < end; k++)
        {
            if (tokens[k] is { Kind: TokenKind.Word, Upper: false }
                && ((lexicon.IsVerbWord(tokens[k].Id) && verbs.AfterSpeaker(k, end, out _))
                    || (lexicon.IsAuxiliaryWord(tokens[k].Id) && lexicon.Auxiliaries.Match(tokens, k, out _, out var auxiliaryEnd)
                        && verbs.Participle(auxiliaryEnd, end, out _))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Om Singh was quoted by Press Trust of India as saying": the subject of the passive is the speaker, and who quoted
    /// them names no source of its own (the press set's reading of relayed speech).
    /// </summary>
    private bool QuotedAs(int i, int first, int end, Figure? figure, out Attribution attribution)
    {
        attribution = default;
        var tokens = article.Tokens;
        var lexicon = article.Lexicon;
        return lexicon.QuotedAs.Count > 0 && lexicon.SourceBefore.Match(tokens, i, out var cue, out var after) && cue == SourceCue.QuotedBy
            && lexicon.PassiveAuxiliaries.MatchBefore(tokens, i, out _, out var auxiliary) && auxiliary > first
            && names.After(after, end, inverted: false, out _, out var agentEnd) == SpeakerKind.Named
            && lexicon.QuotedAs.Match(tokens, agentEnd, out _, out var quotedEnd)
            && SpeakerBefore(first, auxiliary, quotedEnd, figure, out attribution);
    }

    /// <summary>
    /// "Economists had called for 200,000 jobs", "The median estimate of economists polled by Reuters had called for 200,000":
    /// what forecasters ([forecaster]) call for is their forecast, said by them, so they are its speaker. "The UN called for
    /// $500 million" is an appeal, and the verb names no speaker there.
    /// </summary>
    private bool ForecastersCall(int first, int call, int callEnd, Figure? figure, out Attribution attribution)
    {
        attribution = default;
        var tokens = article.Tokens;
        // "had called for", "are looking for": the speaker stands before the auxiliary.
        var verb = (article.Lexicon.Auxiliaries.MatchBefore(tokens, call, out _, out var auxiliaryStart)
            || article.Lexicon.ProgressiveAuxiliaries.MatchBefore(tokens, call, out _, out auxiliaryStart)) && auxiliaryStart > first ? auxiliaryStart : call;
        return ForecasterBefore(first, verb) && SpeakerBefore(first, verb, callEnd, figure, out attribution) && attribution.Kind == SpeakerKind.Named;
    }

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
        if (verb > first && (article.Lexicon.PassiveAuxiliaries.Match(article.Tokens, auxiliary, out _, out _)
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
        // assureurs"), within the clause.
        for (var gap = 0; j < end && gap <= AgentGap && !article.IsBreakAt(j); gap++)
        {
            if (lexicon.PassiveAgents.Match(tokens, j, out _, out agentEnd))
            {
                break;
            }

            j = lexicon.Occasions.Match(tokens, j, out _, out var occasionEnd) ? occasionEnd : j + 1;
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

    /// <summary>How many words may open a clause before the document that opens it ("Le dernier bilan", "Un précédent rapport").</summary>
    private const int DocumentLead = 2;

    /// <summary>
    /// "Le bilan établi par les secours s'élève à 9 morts", "Les chiffres de l'Insee montrent", "Les résultats publiés par la
    /// commission donnent": a document with its author opening a clause says what the clause says, whatever its verb; the
    /// author is the source, as after "selon".
    /// </summary>
    private bool DocumentFrame(int i, int first, int end, Figure? figure, out Attribution attribution)
    {
        attribution = default;
        var tokens = article.Tokens;
        var lexicon = article.Lexicon;
        var open = i;
        while (open > first && i - open < DocumentLead && !article.IsBreakAt(open - 1) && tokens[open - 1].Kind == TokenKind.Word)
        {
            open--;
        }

        if ((open > first && !article.IsBreakAt(open - 1)) || !lexicon.Documents.Match(tokens, i, out _, out var documentEnd)
            || (open < i && !lexicon.Determiners.Match(tokens, open, out _, out _)))
        {
            return false;
        }

        var author = names.FrameAuthor(documentEnd, end);
        if (author < 0)
        {
            return EarlierDocument(open, i, documentEnd, end, figure, out attribution);
        }

        // The author's name ends where the document's verb starts: "les chiffres de l'Insee | montrent".
        var limit = end;
        for (var k = author + 1; k < end && !article.IsBreakAt(k); k++)
        {
            if (!tokens[k].Upper && (lexicon.DocumentVerbs.Match(tokens, k, out _, out _) || lexicon.SourceVerbs.Match(tokens, k, out _, out _)
                || lexicon.CountVerbs.Match(tokens, k, out _, out _)))
            {
                limit = k;
                break;
            }
        }

        var kind = names.After(author, limit, inverted: false, out var nameStart, out var nameEnd);
        attribution = new Attribution(open, nameEnd, nameStart, nameEnd, kind, Introduced: true);
        return kind == SpeakerKind.Named && !article.Overlaps(nameStart, nameEnd, figure);
    }

    /// <summary>
    /// "An earlier estimate was for losses of as much as $14 billion", "A previous toll stood at 94", "Une précédente
    /// estimation était de 14 milliards": a document marked as an earlier one ([earlier]), with no author, that gives a level
    /// ([document-level]) is reported as written, a report set beside the article's current count.
    /// </summary>
    private bool EarlierDocument(int open, int document, int documentEnd, int end, Figure? figure, out Attribution attribution)
    {
        attribution = default;
        var tokens = article.Tokens;
        var lexicon = article.Lexicon;
        var earlier = false;
        for (var k = open; k < document && !earlier; k++)
        {
            earlier = lexicon.EarlierMarks.Match(tokens, k, out _, out _);
        }

        var verb = documentEnd < end && lexicon.Auxiliaries.Match(tokens, documentEnd, out _, out var auxiliaryEnd) ? auxiliaryEnd : documentEnd;
        if (!earlier || verb >= end || !lexicon.DocumentLevels.Match(tokens, verb, out _, out _))
        {
            return false;
        }

        attribution = new Attribution(open, documentEnd, open, documentEnd, SpeakerKind.Named);
        return !article.Overlaps(open, documentEnd, figure);
    }

    /// <summary>How many words may stand between the preposition and the document that opens a sentence ("Dans le précédent | rapport").</summary>
    private const int DocumentOpeningLead = 3;

    /// <summary>
    /// "Dans le précédent rapport de Santé publique France, celle-ci s'élevait à 241", "In a report released Tuesday by the
    /// agency, 241 cases were recorded": a document with its author, in a phrase that opens the sentence ([document-opening])
    /// and ends on a comma, says what the sentence says; its author is the source, as after "selon"/"according to".
    /// </summary>
    private Attribution? DocumentOpening(SentenceSpan sentence, Figure figure)
    {
        var tokens = article.Tokens;
        var lexicon = article.Lexicon;
        var (first, end) = article.TokenRange(sentence);
        var start = article.SkipLeadingStrip(first, end);
        if (!lexicon.DocumentOpenings.Match(tokens, start, out _, out var lead))
        {
            return null;
        }

        var document = lead;
        while (document < end && document - lead < DocumentOpeningLead && tokens[document] is { Kind: TokenKind.Word, Upper: false }
            && !lexicon.Documents.Match(tokens, document, out _, out _))
        {
            document++;
        }

        if (document >= end || !lexicon.Documents.Match(tokens, document, out _, out var documentEnd))
        {
            return null;
        }

        var comma = documentEnd;
        while (comma < end && !article.IsBreakAt(comma) && tokens[comma].Kind != TokenKind.Number)
        {
            comma++;
        }

        if (comma >= end || !article.IsComma(comma) || article.LowerBound(figure.Start) <= comma)
        {
            return null;
        }

        var author = names.FrameAuthor(documentEnd, comma);
        return author >= 0 && names.After(author, comma, inverted: false, out var nameStart, out var nameEnd) == SpeakerKind.Named
            && !article.Overlaps(nameStart, nameEnd, figure)
            ? new Attribution(start, nameEnd, nameStart, nameEnd, SpeakerKind.Named, Introduced: true)
            : null;
    }

    /// <summary>How many adverbs may stand between a passive auxiliary and its participle ("are either not reported").</summary>
    private const int PassiveAdverbs = 3;

    private bool IsAdverbLike(int k) =>
        article.Tokens[k].Kind == TokenKind.Word
        && (article.Lexicon.Adverbs.Match(article.Tokens, k, out _, out _) || article.Lexicon.Negations.Match(article.Tokens, k, out _, out _)
            || verbs.IsAdverbBySuffix(k, afterAuxiliary: true));

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

    private bool OpensOnSubset(SentenceSpan sentence)
    {
        var (first, end) = article.TokenRange(sentence);
        var start = article.SkipLeadingStrip(first, end);
        return start < end && article.Lexicon.SubsetOpenings.Match(article.Tokens, start, out _, out _);
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

    /// <summary>Whether a number follows the verb ending at <paramref name="verbEnd"/> within its clause, a few words on.</summary>
    private bool TakesNumber(int verbEnd, int end)
    {
        for (var k = verbEnd; k < end && k - verbEnd <= GapObjectWords && !article.IsBreakAt(k); k++)
        {
            if (article.Tokens[k].Kind == TokenKind.Number)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How many words a relative clause's verb may take from its relative word ("who | had been | expecting").</summary>
    private const int RelativeVerbWords = 4;

    /// <summary>How many words may stand between a taken-up figure's number and its speaker ("the 2.86 | % |", "the 40 | deaths |",
    /// "the $1.2 | billion | loss |").</summary>
    private const int TakenUpNounWords = 2;

    /// <summary>
    /// Whether the speaker at <paramref name="nameStart"/> follows a definite figure after <paramref name="from"/> ("the
    /// 2.86% | analysts had expected", "the 190,000 | Wall Street had predicted"): its own figure, which it takes up.
    /// </summary>
    private bool TakesUpFigure(int from, int nameStart)
    {
        var tokens = article.Tokens;
        var k = nameStart - 1;
        // "the 45 officials said": a number right before a common noun counts the speakers; it takes up nothing.
        if (k >= from && tokens[k].Kind == TokenKind.Number && article.Lexicon.SpeakerNouns.Match(tokens, nameStart, out _, out _))
        {
            return false;
        }

        for (var words = 0; k >= from && tokens[k].Kind != TokenKind.Number; k--)
        {
            if (article.IsBreakAt(k) || (tokens[k].Kind == TokenKind.Word && (tokens[k].Upper || ++words > TakenUpNounWords)))
            {
                return false;
            }
        }

        // The number's digits, with the point or commas between them ("2.86", "190,000"), and a currency sign before it.
        while (k > from && (tokens[k - 1].Kind == TokenKind.Number || (tokens[k - 1].Kind == TokenKind.Symbol && tokens[k].Adjacent)))
        {
            k--;
        }

        return k > from && tokens[k].Kind is TokenKind.Number or TokenKind.Symbol
            && article.Lexicon.DescriptionDeterminers.Match(tokens, k - 1, out _, out _);
    }

    /// <summary>Whether a dash follows a speaker's verb (past the occasion it spoke on), before the figure.</summary>
    private bool DashAfter(Attribution attribution, int figureStart)
    {
        if (attribution.Introduced || attribution.Start != attribution.NameStart)
        {
            return false;
        }

        var k = attribution.End;
        while (k < figureStart && article.Lexicon.Occasions.Match(article.Tokens, k, out _, out var occasionEnd) && occasionEnd <= figureStart)
        {
            k = occasionEnd;
        }

        return k < figureStart && article.Tokens[k].Kind == TokenKind.Symbol && article.Text[article.Tokens[k].Start] is '—' or '–';
    }

    /// <summary>Whether a dash set apart closes the attribution and another opens the aside before it, in the clause.</summary>
    private bool InDashedAside(int first, Attribution attribution)
    {
        return attribution.End < article.Tokens.Count && article.IsSpacedDash(attribution.End)
            && article.HasSpacedDash(first, Math.Min(attribution.Start, attribution.NameStart));
    }

    /// <summary>Whether a quotation opens right after the speaker (past a colon or comma) and closes before <paramref name="to"/>.</summary>
    private bool QuotationBetween(int from, int to)
    {
        var k = from;
        while (k < to && article.Tokens[k].Kind == TokenKind.Symbol && !article.IsQuote(k) && article.Text[article.Tokens[k].Start] is ':' or ',')
        {
            k++;
        }

        if (k >= to || !article.IsQuote(k) || !article.OpensQuote(k))
        {
            return false;
        }

        for (k++; k < to; k++)
        {
            if (article.IsQuote(k))
            {
                return !article.OpensQuote(k);
            }
        }

        return false;
    }

    /// <summary>
    /// "In part, a statement from the elections office released today said:", "Il a ajouté :" ending its paragraph: the
    /// next paragraph is what it says (a pronoun's, what the speaker it stands for says), and its speaker is the outer one
    /// for any speaker named inside it.
    /// </summary>
    private Attribution? ParagraphIntroducer(int sentence)
    {
        var tokens = article.Tokens;
        var s = sentence;
        while (s > 0 && article.TokenRange(article.Sentences[s]) is var (opening, closing) && opening < closing && !tokens[opening].LineStart)
        {
            s--;
        }

        // "les services de l'ARS ont enregistré :" then one item a line ("141 hospitalisations", "450 passages aux
        // urgences", "5 décès"): every item of the list the introducer opens is what it says.
        if (IsListItem(s))
        {
            while (s > 1 && IsListItem(s - 1))
            {
                s--;
            }
        }

        if (s == 0)
        {
            return null;
        }

        var (first, end) = article.TokenRange(article.Sentences[s - 1]);
        return end - 1 > first && tokens[end - 1].Kind == TokenKind.Symbol && article.Text[tokens[end - 1].Start] == ':'
            && Last(first, end - 1) is { Kind: SpeakerKind.Named or SpeakerKind.Pronoun } introducer && introducer.End == end - 1
            ? introducer
            : null;
    }

    /// <summary>Whether a sentence is a list's item: a whole line opening on a number, bulleted or not, with no full stop.</summary>
    private bool IsListItem(int sentence)
    {
        var tokens = article.Tokens;
        var (first, end) = article.TokenRange(article.Sentences[sentence]);
        var number = first + 1 < end && tokens[first].Kind == TokenKind.Symbol && article.Text[tokens[first].Start] is '-' or '–' or '•' or '*' ? first + 1 : first;
        return number < end && tokens[first].LineStart && tokens[number].Kind == TokenKind.Number && (end == tokens.Count || tokens[end].LineStart)
            && !(tokens[end - 1].Kind == TokenKind.Symbol && article.Text[tokens[end - 1].Start] is '.' or '!' or '?' or ':');
    }

    /// <summary>Whether no quotation mark stands between two tokens, so that they are in the same quotation when one is.</summary>
    private bool SameQuotation(int a, int b)
    {
        for (var k = Math.Min(a, b); k < Math.Max(a, b); k++)
        {
            if (article.IsQuote(k))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A figure inside a quotation that runs over several sentences: its speaker is named right after the quotation
    /// closes ("« … », a-t-il ajouté", "\"…,\" he said") or, failing that, before it opens ("Le ministre a déclaré : « … »").
    /// </summary>
    private Attribution? Quoted(int sentence, Figure figure)
    {
        var sentences = article.Sentences;
        var figureToken = article.LowerBound(figure.Start);
        var lowest = article.TokenRange(sentences[Math.Max(0, sentence - QuoteReach)]).First;
        var open = -1;
        for (var k = figureToken - 1; k >= lowest; k--)
        {
            if (article.IsQuote(k))
            {
                open = article.OpensQuote(k) ? k : -1;
                break;
            }

            if (article.Tokens[k].LineStart)
            {
                break;
            }
        }

        if (open < 0)
        {
            return null;
        }

        var highest = article.TokenRange(sentences[Math.Min(sentences.Count - 1, sentence + QuoteReach)]).End;
        for (var k = figureToken; k < highest; k++)
        {
            if (k > figureToken && article.Tokens[k].LineStart)
            {
                break;
            }

            if (!article.IsQuote(k))
            {
                continue;
            }

            if (!article.OpensQuote(k))
            {
                var end = article.TokenRange(sentences[article.SentenceOf(k)]).End;
                for (var i = k + 1; i < end && i - k <= QuoteCueGap + QuoteSpeakerWords; i++)
                {
                    if (At(i, k, end, null, out var after) && after.Start - k <= QuoteCueGap)
                    {
                        return after;
                    }
                }
            }

            break;
        }

        var opener = article.TokenRange(sentences[article.SentenceOf(open)]).First;
        return Last(opener, open) ?? ColonFrame(opener, open)
            ?? (open == opener ? PreviousQuoteSpeaker(open) ?? ContinuedQuoteSpeaker(open, 0) ?? SpeakerBeforeQuotation(open) : null);
    }

    /// <summary>Whether a word is capitalised other than a determiner opening the sentence ("Tedros", "Mayor Jane Doe", not "The village").</summary>
    private bool CapitalisedBeyondDeterminer(int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (article.Tokens[k] is { Kind: TokenKind.Word, Upper: true } && !article.Lexicon.Determiners.Match(article.Tokens, k, out _, out _))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The colon frame of the first quotation opened between two tokens after a colon ("… catégorique : « … »"); else null.</summary>
    private Attribution? FramedQuotation(int first, int end)
    {
        for (var k = first + 1; k < end; k++)
        {
            if (article.IsQuote(k) && article.OpensQuote(k))
            {
                return ColonFrame(first, k);
            }
        }

        return null;
    }

    /// <summary>
    /// "La ministre a été claire : « … »", "The minister was categorical: "…"": a quotation a colon opens after a clause
    /// with no reporting verb, whose subject is a speaker (a speaker noun, an acronym or a capitalised name), quotes that
    /// subject, as "X a déclaré : « … »" does; else null.
    /// </summary>
    private Attribution? ColonFrame(int first, int open)
    {
        var tokens = article.Tokens;
        var colon = open - 1;
        if (colon <= first || tokens[colon].Kind != TokenKind.Symbol || article.Text[tokens[colon].Start] != ':')
        {
            return null;
        }

        var verb = -1;
        for (var k = first + 1; k < colon; k++)
        {
            if ((article.IsBreakAt(k) && !article.IsComma(k)) || article.IsQuote(k) || tokens[k].Kind == TokenKind.Number)
            {
                return null;
            }

            // "a été", "s'est montré", "was": the subject's verb, an auxiliary or a form of "be".
            if (verb < 0 && tokens[k] is { Kind: TokenKind.Word, Upper: false }
                && (article.Lexicon.IsAuxiliaryWord(tokens[k].Id) || article.Lexicon.PassiveAuxiliaries.Match(tokens, k, out _, out _)))
            {
                verb = k;
            }
        }

        if (verb < 0 || names.Before(first, verb, out var nameStart, out var nameEnd) != SpeakerKind.Named
            || !(NamesSpeaker(nameStart, nameEnd) || CapitalisedBeyondDeterminer(nameStart, nameEnd)))
        {
            return null;
        }

        return new Attribution(nameStart, colon, nameStart, nameEnd, SpeakerKind.Named);
    }

    /// <summary>At most this many tokens back from a paragraph's opening quotation mark to the one its quotation continues.</summary>
    private const int ContinuedQuoteReach = 600;

    /// <summary>At most this many paragraphs a quotation is followed back through.</summary>
    private const int ContinuedQuoteParagraphs = 4;

    /// <summary>
    /// "Le ministre a déclaré : « Nous avons perdu 12 soldats. ¶ « Nous avons aussi détruit 3 chars. »": a paragraph that
    /// opens on a quotation mark, after a paragraph whose quotation was left open, goes on with the same quotation, as
    /// typography marks a quotation running over paragraphs; its speaker is the one who opened it.
    /// </summary>
    private Attribution? ContinuedQuoteSpeaker(int open, int depth)
    {
        if (!article.Tokens[open].LineStart || depth >= ContinuedQuoteParagraphs)
        {
            return null;
        }

        for (var k = open - 1; k >= 0 && open - k <= ContinuedQuoteReach; k--)
        {
            if (!article.IsQuote(k))
            {
                continue;
            }

            if (!article.OpensQuote(k))
            {
                return null;
            }

            var opener = article.TokenRange(article.Sentences[article.SentenceOf(k)]).First;
            return Last(opener, k) ?? (k == opener ? PreviousQuoteSpeaker(k) ?? ContinuedQuoteSpeaker(k, depth + 1) : null);
        }

        return null;
    }

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
        // or to whom it was said.
        return Last(first, end) is { } closing && closing.End <= last + 1 && Circumstance(closing.End, last + 1) && closing.Kind == SpeakerKind.Named
            && closing.Start > first && article.IsComma(closing.Start - 1)
            ? closing
            : null;
    }

    /// <summary>How many words a headline's closing label ("…: Ministry", "…, Labor Department", "… – NCDC") may take.</summary>
    private const int LabelWords = 3;

    /// <summary>
    /// "At least 3,785 Palestinians killed in strikes on Gaza since Oct. 7: Ministry", "Lassa fever kills 152 in Nigeria –
    /// NCDC", "Consumer prices rose 0.3% in January, Labor Department": a line (a headline) with no full stop that ends on
    /// a short label after a colon, a dash or a comma gives its source. After a dash or a comma the label must name a
    /// speaker, since a place or a day stands there too ("…, Lagos", "…, Monday").
    /// </summary>
    private Attribution? HeadlineLabel(Figure figure)
    {
        var tokens = article.Tokens;
        var first = article.LowerBound(figure.End);
        var end = first;
        while (end < tokens.Count && !tokens[end].LineStart)
        {
            end++;
        }

        if (end - first < 2 || tokens[end - 1].Kind != TokenKind.Word)
        {
            return null;
        }

        var words = 0;
        for (var k = end - 1; k >= first; k--)
        {
            // "Al-Shabab": a hyphen inside a word joins it.
            if (tokens[k].Id == article.Lexicon.Vocabulary.HyphenId && tokens[k].Adjacent && k + 1 < end && tokens[k + 1].Adjacent)
            {
                continue;
            }

            if (tokens[k].Kind == TokenKind.Word)
            {
                if (++words > LabelWords)
                {
                    return null;
                }

                continue;
            }

            var (nameStart, nameEnd) = LabelName(k + 1, end);
            return LabelSeparator(k) switch
            {
                ':' when tokens[nameStart].Upper || IsSpeakerLabel(nameStart, nameEnd) => new Attribution(k, end, nameStart, nameEnd, SpeakerKind.Named),
                ',' or '–' when IsSpeakerLabel(nameStart, nameEnd) => new Attribution(k, end, nameStart, nameEnd, SpeakerKind.Named),
                _ => null,
            };
        }

        return null;
    }

    /// <summary>The speaker's words in a label that keeps its verb: "…, says army", "…, army says", "…, dit l'OMS".</summary>
    private (int Start, int End) LabelName(int start, int end)
    {
        var tokens = article.Tokens;
        var lexicon = article.Lexicon;
        if (lexicon.SourceBefore.Match(tokens, start, out var cue, out var after) && cue == SourceCue.InvertedVerb && after < end)
        {
            return (after, end);
        }

        for (var k = start + 1; k < end; k++)
        {
            if (!tokens[k].Upper && lexicon.SourceVerbs.Match(tokens, k, out _, out var verbEnd) && verbEnd == end)
            {
                return (start, k);
            }
        }

        return (start, end);
    }

    /// <summary>The mark a headline's label follows: ':', ',' or a dash set between spaces ('–' for "–", "—" and " - "); else '\0'.</summary>
    private char LabelSeparator(int k)
    {
        var token = article.Tokens[k];
        var mark = article.Text[token.Start];
        return mark switch
        {
            ':' or ',' when token.Length == 1 => mark,
            '–' or '—' => '–',
            '-' when token.SpaceBefore && k + 1 < article.Tokens.Count && !article.Tokens[k + 1].Adjacent => '–',
            _ => '\0',
        };
    }

    /// <summary>
    /// Whether a headline's closing label names who speaks: an acronym that is not a place ("NCDC", "WHO", not "UK"), a
    /// phrase with a speaker noun ("Labor Department", "police", "state media") or an organisation the entities know. A
    /// place ("Lagos"), a day ("Monday") or a topic ("Ebola") is not one.
    /// </summary>
    private bool IsSpeakerLabel(int start, int end)
    {
        var tokens = article.Tokens;
        if (start >= end || IsKnownPlace(start, end))
        {
            return false;
        }

        if (end - start == 1 && article.IsAcronym(start))
        {
            return true;
        }

        for (var k = start; k < end; k++)
        {
            if (article.Lexicon.SpeakerNouns.Match(tokens, k, out _, out _))
            {
                return true;
            }
        }

        return InEntity(start, end, Entities.EntityType.Organisation);
    }

    /// <summary>Whether the words are a place the lexicon or the entities know.</summary>
    private bool IsKnownPlace(int start, int end)
    {
        var tokens = article.Tokens;
        if (article.Lexicon.Places.Match(tokens, start, out _, out var placeEnd) && placeEnd == end)
        {
            return true;
        }

        return InEntity(start, end, Entities.EntityType.Place);
    }

    /// <summary>Whether the words lie inside one entity of the given type.</summary>
    private bool InEntity(int start, int end, Entities.EntityType type)
    {
        var (from, to) = (article.Tokens[start].Start, article.Tokens[end - 1].End);
        foreach (var entity in article.EntityIndex.Around(from))
        {
            if (entity.Type == type && entity.Start <= from && to <= entity.End)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "WHO: 47,000 cholera cases recorded", "Police : 12 blessés à Lyon": a line with no full stop (a headline) that opens on
    /// a short speaker label and a colon is that speaker's. The label is a speaker, not an event ("Hurricane Helene: 107
    /// dead"): an acronym or a phrase with a speaker noun. A line among others of the same shape is a list ("Inscrits :
    /// 6.301.189"), whose labels are what is counted, not who counts.
    /// </summary>
    private Attribution? OpeningLabel(Figure figure)
    {
        var tokens = article.Tokens;
        var at = article.LowerBound(figure.Start);
        var (line, lineEnd) = LineAround(at);
        var colon = LabelColon(line, lineEnd);
        if (colon < 0 || colon >= at || EndsOnFullStop(line, lineEnd)
            || (line > 0 && LabelColon(LineAround(line - 1).Start, line) >= 0)
            || (lineEnd < tokens.Count && LabelColon(lineEnd, LineAround(lineEnd).End) >= 0))
        {
            return null;
        }

        var speaker = colon - line == 1 && article.IsAcronym(line);
        for (var k = line; k < colon && !speaker; k++)
        {
            speaker = article.Lexicon.SpeakerNouns.Match(tokens, k, out _, out _) && !article.Lexicon.Documents.Match(tokens, k, out _, out _);
        }

        return speaker ? new Attribution(line, colon, line, colon, SpeakerKind.Named) : null;
    }

    /// <summary>The line holding the token: its first token and the first of the next line.</summary>
    private (int Start, int End) LineAround(int token)
    {
        var tokens = article.Tokens;
        var start = Math.Min(token, tokens.Count - 1);
        while (start > 0 && !tokens[start].LineStart)
        {
            start--;
        }

        var end = start + 1;
        while (end < tokens.Count && !tokens[end].LineStart)
        {
            end++;
        }

        return (start, end);
    }

    /// <summary>The colon after a line's first one to <see cref="LabelWords"/> words, or -1.</summary>
    private int LabelColon(int line, int end)
    {
        var tokens = article.Tokens;
        for (var k = line; k < end && k - line <= LabelWords; k++)
        {
            if (tokens[k].Kind == TokenKind.Word)
            {
                continue;
            }

            return k > line && tokens[k].Kind == TokenKind.Symbol && article.Text[tokens[k].Start] == ':' ? k : -1;
        }

        return -1;
    }

    private bool EndsOnFullStop(int line, int end)
    {
        var last = end - 1;
        return last >= line && article.Tokens[last].Kind == TokenKind.Symbol && article.Text[article.Tokens[last].Start] == '.';
    }

    /// <summary>
    /// "« Nous avons enregistré 2078 cas », a déclaré le professeur. « Le nombre de districts touchés est de 17. »": a
    /// quotation that makes a sentence of its own, with no speaker, goes on quoting the speaker of the sentence before
    /// when that sentence quotes someone.
    /// </summary>
    private Attribution? PreviousQuoteSpeaker(int open)
    {
        var sentence = article.SentenceOf(open);
        if (sentence == 0)
        {
            return null;
        }

        var (first, end) = article.TokenRange(article.Sentences[sentence - 1]);
        for (var k = first; k < end; k++)
        {
            if (article.IsQuote(k))
            {
                return Last(first, end);
            }
        }

        return null;
    }

    /// <summary>
    /// "Kalidou Sy évoque le chiffre de 24 morts. « Ils seraient une centaine … »", "The mayor described the damage. "More than
    /// 40 homes were destroyed."": a quotation that opens a sentence with no speaker of its own, right after a sentence whose
    /// speaker is named as its subject or after its verb (not through "selon"/"according to", which gives an account, not
    /// a voice), quotes that speaker.
    /// </summary>
    private Attribution? SpeakerBeforeQuotation(int open)
    {
        var sentence = article.SentenceOf(open);
        if (sentence == 0)
        {
            return null;
        }

        var (first, end) = article.TokenRange(article.Sentences[sentence - 1]);
        return MainSpeaker(first, end) is { Kind: SpeakerKind.Named, Introduced: false } speaker ? speaker : null;
    }

    /// <summary>The last attribution between two tokens: the speaker named last.</summary>
    private Attribution? Last(int first, int end)
    {
        Attribution? last = null;
        foreach (var attribution in Attributions(first, end))
        {
            if (last is null || attribution.Start > last.Value.Start)
            {
                last = attribution;
            }
        }

        return last;
    }

    /// <summary>
    /// The speaker of a sentence's main clause, named last: "Sultan said … and that authorities had confirmed …" is
    /// Sultan's, since a speaker after "that"/"que" is part of what was said.
    /// </summary>
    private Attribution? MainSpeaker(int first, int end)
    {
        Attribution? main = null;
        Attribution? any = null;
        foreach (var attribution in Attributions(first, end))
        {
            if (any is null || attribution.Start > any.Value.Start)
            {
                any = attribution;
            }

            var reported = attribution.NameStart > first && article.Lexicon.Subordinators.Match(article.Tokens, attribution.NameStart - 1, out _, out _);
            if (!reported && (main is null || attribution.Start > main.Value.Start))
            {
                main = attribution;
            }
        }

        return main ?? any;
    }

    /// <summary>The attributions <see cref="At"/> finds between two tokens with no figure asked about, in token order.</summary>
    private Attribution[] Attributions(int first, int end)
    {
        if (first < end && article.SentenceOf(first) is var sentence && sentence < article.Sentences.Count
            && article.TokenRange(article.Sentences[sentence]) == (first, end))
        {
            return sentenceAttributions[sentence] ??= Find(first, end);
        }

        return Find(first, end);

        Attribution[] Find(int first, int end)
        {
            List<Attribution>? found = null;
            for (var i = first; i < end; i++)
            {
                if (At(i, first, end, null, out var attribution))
                {
                    (found ??= []).Add(attribution);
                }
            }

            return found is null ? [] : [.. found];
        }
    }

    private Mention? Resolve(Attribution attribution, int sentence) => attribution.Kind switch
    {
        SpeakerKind.Named => Described(attribution, sentence) ?? Named(attribution.NameStart, attribution.NameEnd, sentence),
        // "selon lui" inside a sentence stands for someone of that sentence; "…, he said" may continue the speaker before.
        SpeakerKind.Pronoun => Antecedent(sentence, attribution.Start, PronounReach, subjects: true, Plural(attribution)),
        SpeakerKind.SameSource => Antecedent(sentence, attribution.Start, SameSourceReach, subjects: false),
        _ => null,
    };

    /// <summary>
    /// "The insurer reported 700 claims", "l'institution de Bretton Woods déclare", "précise le communiqué": a definite
    /// description (or a document) standing for a speaker the text named before is that speaker, the last one named in
    /// the sentences before; with none, the description is the source as written.
    /// </summary>
    private Mention? Described(Attribution attribution, int sentence)
    {
        if (!IsDescription(attribution.NameStart, attribution.NameEnd))
        {
            return null;
        }

        // The sentences before, not the description's own: a speaker inside its quotation is what the document says.
        for (var t = sentence - 1; t >= 0 && t >= sentence - SameSourceReach; t--)
        {
            var (first, end) = article.TokenRange(article.Sentences[t]);
            if (MainSpeaker(first, end) is { Kind: SpeakerKind.Named } named && !IsDescription(named.NameStart, named.NameEnd))
            {
                // "The minister, John Smith, said … The report said": a person is no document; the report stays as written.
                return IsDocument(attribution.NameStart, attribution.NameEnd) && InEntity(named.NameStart, named.NameEnd, Entities.EntityType.Person)
                    ? null
                    : Named(named.NameStart, named.NameEnd, t);
            }

            // "Le FMI a relevé ses prévisions. L'institution table sur …": who the sentence before is about, when a name.
            if (OpeningName(first, end) is { } opening && HoldsName(article.LowerBound(opening.Start), article.LowerBound(opening.End)))
            {
                return Named(article.LowerBound(opening.Start), article.LowerBound(opening.End), t);
            }
        }

        return null;
    }

    private bool IsDocument(int start, int end) => article.HasPhrase(article.Lexicon.Documents, start, end);

    /// <summary>Whether a word after the first is capitalised: a name, not a sentence's opening capital.</summary>
    private bool HoldsName(int start, int end)
    {
        for (var k = start + 1; k < end; k++)
        {
            if (article.Tokens[k] is { Kind: TokenKind.Word, Upper: true })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the words are a definite determiner and a noun that describes a speaker rather than naming it
    /// ("the insurer", "l'institution de Bretton Woods", "le communiqué"), with no speaker noun after it.</summary>
    private bool IsDescription(int start, int end)
    {
        var tokens = article.Tokens;
        var lexicon = article.Lexicon;
        // "la Banque mondiale", "l'Organisation internationale pour les migrations": a capitalised head is a name.
        if (!lexicon.DescriptionDeterminers.Match(tokens, start, out _, out var head) || head >= end || tokens[head].Upper
            || !lexicon.DescriptionNouns.Match(tokens, head, out _, out var after))
        {
            return false;
        }

        for (var k = after; k < end; k++)
        {
            if (lexicon.SpeakerNouns.Match(tokens, k, out _, out _) || lexicon.RoleNouns.Match(tokens, k, out _, out _))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A speaker's name, or the fuller name the text gave the same speaker in the sentences before ("détaille le ministère"
    /// after "a indiqué le ministère congolais de la Santé"). A fuller name the text gave only as who acts ("Le parquet
    /// d'Evry a fait appel. Le parquet avait requis…") leaves the speaker as written.
    /// </summary>
    private Mention Named(int nameStart, int nameEnd, int sentence)
    {
        if (names.NamedBefore(nameStart, nameEnd) is var again && again != (nameStart, nameEnd))
        {
            return article.MakeMention(again.Start, again.End, null);
        }

        var lowest = article.TokenRange(article.Sentences[Math.Max(0, sentence - SameSourceReach)]).First;
        var (start, end) = names.Fuller(nameStart, nameEnd, lowest - 1);
        return (start, end) != (nameStart, nameEnd) && Speaks(start, end)
            ? article.MakeMention(start, end, null)
            : article.MakeMention(nameStart, nameEnd, null);
    }

    /// <summary>Whether an attribution of its sentence names the words from <paramref name="start"/> to <paramref name="end"/> as its speaker.</summary>
    private bool Speaks(int start, int end)
    {
        var (first, stop) = article.TokenRange(article.Sentences[article.SentenceOf(start)]);
        for (var i = first; i < stop; i++)
        {
            if (At(i, first, stop, null, out var attribution) && attribution.Kind == SpeakerKind.Named
                && attribution.NameStart < end && start < attribution.NameEnd)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the attribution's pronoun is a plural one ("they"), which may stand for a bare plural of speakers.</summary>
    private bool Plural(Attribution attribution) =>
        article.Lexicon.SpeakerPronouns.Match(article.Tokens, attribution.NameStart, out var plural, out _) && plural;

    /// <summary>
    /// The speaker a pronoun or "la même source" stands for: the last one named before it, in its sentence or up to
    /// <paramref name="reach"/> sentences back. Another pronoun on the way is the same speaker still speaking. With no
    /// speaker named, a pronoun (not "la même source", which names a speaker) stands for the name opening an earlier sentence.
    /// </summary>
    private Mention? Antecedent(int sentence, int beforeToken, int reach, bool subjects, bool plural = false)
    {
        var floor = sentence - reach;
        for (var t = sentence; t >= 0 && t >= floor; t--)
        {
            var (first, end) = article.TokenRange(article.Sentences[t]);
            if (t == sentence)
            {
                end = beforeToken;
                // "Le ministre a été catégorique : « … », a-t-il lancé": the pronoun after the quotation stands for the
                // subject that opened it.
                if (subjects && FramedQuotation(first, end) is { } frame)
                {
                    return Named(frame.NameStart, frame.NameEnd, t);
                }
            }

            // "Tom Finn a tenté de s'y rendre. Il a tweeté : « … » Il a ajouté : « … »": a pronoun speaker of the same number
            // before stands for the same speaker, so the name is looked for as far back from there.
            if (subjects && t < sentence && MainSpeaker(first, end) is { Kind: SpeakerKind.Pronoun } chained && Plural(chained) == plural)
            {
                floor = Math.Min(floor, t - reach);
            }

            // "…, according to the latest survey. They had estimated …": a pronoun stands for who speaks, not for a document.
            if (MainSpeaker(first, end) is { Kind: SpeakerKind.Named } named && !(subjects && names.NamesDocumentOnly(named.NameStart, named.NameEnd)))
            {
                var (nameStart, nameEnd) = names.PersonAfterTitle(named.NameStart, named.NameEnd);
                var lowest = article.TokenRange(article.Sentences[Math.Max(0, t - SameSourceReach)]).First;
                (nameStart, nameEnd) = names.FullerPerson(nameStart, nameEnd, lowest - 1);
                return Named(nameStart, nameEnd, t);
            }

            // "Le préfet Marc Dubois s'est rendu sur place. « … », a-t-il ajouté": with no speaker named, the pronoun
            // stands for who the sentence before is about, the name that opens it.
            // A sentence that opens a quotation is the speaker's words, not who they are about.
            if (subjects && t < sentence && first < end && article.IsQuote(first) && article.OpensQuote(first))
            {
                continue;
            }

            if (subjects && t < sentence && OpeningName(first, end, plural) is { } opening)
            {
                var (openingStart, openingEnd) = OpeningSpeaker(article.LowerBound(opening.Start), article.LowerBound(opening.End), end);
                return Named(openingStart, openingEnd, t);
            }
        }

        return null;
    }

    /// <summary>How many words a title's complement may take after its determiner ("de l'Intérieur", "des Affaires étrangères").</summary>
    private const int OpeningComplementWords = 3;

    /// <summary>
    /// The whole speaker a sentence opens on: a title goes on with its complement ("Le ministre | de l'Intérieur"), and a
    /// title with a person's name set in after it between commas ("La présidente de l'association, Sophie Morel, a
    /// visité") is that person.
    /// </summary>
    private (int Start, int End) OpeningSpeaker(int start, int end, int limit)
    {
        var tokens = article.Tokens;
        var lexicon = article.Lexicon;
        if (end < limit && !tokens[end - 1].Upper && lexicon.Of.Match(tokens, end, out _, out var k))
        {
            if (lexicon.Determiners.Match(tokens, k, out _, out var afterDeterminer))
            {
                k = afterDeterminer;
            }

            // The complement's first word, then capitalised words only: "de la Santé", "des Affaires étrangères".
            var words = 0;
            while (k < limit && words < OpeningComplementWords && tokens[k].Kind == TokenKind.Word && !article.IsBreakAt(k)
                && (words == 0 || tokens[k].Upper || (tokens[k - 1].Upper && !Elided(k))) && !lexicon.Auxiliaries.Match(tokens, k, out _, out _)
                && !lexicon.PassiveAuxiliaries.Match(tokens, k, out _, out _))
            {
                words++;
                k++;
            }

            if (words > 0)
            {
                end = k;
            }
        }

        // The determiner that opens the sentence is capitalised: the title's head tells whether a name is set in after it.
        var head = lexicon.Determiners.Match(tokens, start, out _, out var afterOpening) && afterOpening < end ? afterOpening : start;
        var apposed = names.Apposed(head, end, limit, nameOnly: true);
        return apposed.End != end ? apposed : (start, end);
    }

    /// <summary>Whether the word is elided before the next one ("s'", "l'"): a function word, no part of a name.</summary>
    private bool Elided(int k)
    {
        var token = article.Tokens[k];
        return token.Length > 0 && article.Text[token.Start + token.Length - 1] is '\'' or '’';
    }

    /// <summary>How many lower-case words may stand between a determiner and the name it opens ("le préfet Marc Dubois").</summary>
    private const int OpeningCommonWords = 1;

    /// <summary>
    /// The name that opens a sentence, as its subject: a run of capitalised words ("Mayor John Smith", "L'OMS"), or a
    /// determiner with one common noun and the capitalised words after it ("Le préfet Marc Dubois", "Le parquet", "The
    /// Red Cross"). Null when the sentence opens on anything else.
    /// </summary>
    private Mention? OpeningName(int first, int end, bool speakers = false)
    {
        var tokens = article.Tokens;
        var lexicon = article.Lexicon;
        var start = article.SkipLeadingStrip(first, end);
        // "Au Tchad, « … », a-t-elle détaillé": a sentence that opens on a place it is set in is not about a speaker there.
        if (start >= end || tokens[start].Kind != TokenKind.Word || lexicon.Pronouns.Match(tokens, start, out _, out _)
            || lexicon.SpeakerPronouns.Match(tokens, start, out _, out _) || lexicon.LocationIntros.Match(tokens, start, out _, out _))
        {
            return null;
        }

        var k = start;
        var determiner = lexicon.Determiners.Match(tokens, start, out _, out var afterDeterminer);
        if (determiner)
        {
            k = afterDeterminer;
        }

        var common = 0;
        var named = false;
        while (k < end && tokens[k].Kind == TokenKind.Word && !article.IsBreakAt(k))
        {
            if (tokens[k].Upper)
            {
                named = true;
            }
            else if (determiner && !named && common < OpeningCommonWords)
            {
                common++;
            }
            else
            {
                break;
            }

            k++;
            // "Le porte-parole": a word joined by a hyphen is one word.
            while (k + 1 < end && tokens[k].Id == lexicon.Vocabulary.HyphenId && tokens[k].Adjacent && tokens[k + 1] is { Kind: TokenKind.Word, Adjacent: true })
            {
                k += 2;
            }
        }

        // "L'institution internationale a révisé": where the head comes first, the adjectives after the common noun are the
        // same speaker's ("Elle" stands for "L'institution internationale", not "L'institution").
        if (determiner && !named && common > 0)
        {
            k = AdjectivesAfter(k, end);
        }

        var words = k - (determiner ? afterDeterminer : start);
        // A lone capitalised word may be capitalised only for opening the sentence ("Rescuers arrived"): it is a name when
        // the text writes it so elsewhere too, or when it is an acronym; else, for a plural pronoun after it, the sentence
        // may open on a bare plural of speakers ("Local officials visited the site. They said …").
        if (!determiner && words == 1 && !article.IsAcronym(start) && !CapitalisedElsewhere(start))
        {
            return speakers && SpeakersOpening(start, end) is var speakersEnd and > 0 ? article.MakeMention(start, speakersEnd, null) : null;
        }

        // "Le maire, Jean Dupont, a dit": a title may end at the comma of the name set in after it.
        return words > 0 && (named || common > 0) && k < end && (tokens[k].Kind == TokenKind.Word || article.IsComma(k))
            ? article.MakeMention(start, k, null)
            : null;
    }

    /// <summary>Past the lower-case adjectives that follow a head noun, in a language whose head comes first; the dictionary
    /// must know the word as an adjective and not as a verb's past form ("révisé").</summary>
    private int AdjectivesAfter(int k, int end)
    {
        var tokens = article.Tokens;
        var lexicon = article.Lexicon;
        if (!lexicon.HeadFirst || lexicon.Words is not { } words)
        {
            return k;
        }

        while (k < end && tokens[k] is { Kind: TokenKind.Word, Upper: false } && !article.IsBreakAt(k)
            && !lexicon.IsVerbWord(tokens[k].Id) && !lexicon.IsAuxiliaryWord(tokens[k].Id)
            && words.TryRead(article.Text.AsSpan(tokens[k].Start, tokens[k].Length), out var form) && form.IsAdjective && !form.IsPastForm)
        {
            k++;
        }

        return k;
    }

    /// <summary>Where a sentence's opening speaker noun phrase with no determiner ends ("Doctors", "Local officials"), when
    /// a word follows it; else -1.</summary>
    private int SpeakersOpening(int start, int end)
    {
        var tokens = article.Tokens;
        for (var k = start; k < end && k <= start + 1 && tokens[k].Kind == TokenKind.Word && !article.IsBreakAt(k); k++)
        {
            if (article.Lexicon.SpeakerNouns.Match(tokens, k, out _, out var nounEnd) && nounEnd < end && tokens[nounEnd].Kind == TokenKind.Word)
            {
                return nounEnd;
            }
        }

        return -1;
    }

    /// <summary>Whether the word stands capitalised somewhere in the text where nothing but a name would capitalise it.</summary>
    private bool CapitalisedElsewhere(int token)
    {
        var tokens = article.Tokens;
        var word = article.Text.AsSpan(tokens[token].Start, tokens[token].Length);
        for (var k = 1; k < tokens.Count; k++)
        {
            if (k != token && tokens[k].Upper && tokens[k].Length == word.Length && !tokens[k].LineStart && !article.IsBreak(tokens[k - 1])
                && tokens[k - 1].Kind == TokenKind.Word && article.Text.AsSpan(tokens[k].Start, tokens[k].Length).SequenceEqual(word))
            {
                return true;
            }
        }

        return false;
    }
}
