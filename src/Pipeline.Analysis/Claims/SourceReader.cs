using Pipeline.Analysis.Figures;
using Pipeline.Analysis.Text;

namespace Pipeline.Analysis.Claims;

/// <summary>
/// Who says a figure: the attribution nearest it in its clause ("selon X", "X a déclaré", ", said X", "», a-t-il
/// ajouté"), else one that opens or closes its sentence, else the speaker of the quotation it stands in. A pronoun
/// ("he said", "a-t-il ajouté") or "la même source" is the speaker named just before, when the text names one.
/// </summary>
internal sealed partial class SourceReader
{
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
}
