using Pipeline.Analysis.Figures;
using Pipeline.Analysis.Text;

namespace Pipeline.Analysis.Claims;

/// <summary>Of the attributions in a figure's clause, the nearest speaks for it, unless it speaks only for a clause of its own.</summary>
internal sealed partial class SourceReader
{
    /// <summary>Added to the distance of a pronoun or "the same source", so that any name in the clause is nearer.</summary>
    private const int Unnamed = 1 << 16;

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
            if (attribution.Start >= figureEnd && SubordinateBetween(figureEnd, attribution.Start) && !ClosesAsSaid(attribution, end))
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

            // "The minister, who predicted 300 new jobs, has hired 120 people": a verb in a relative clause set between commas
            // on the speaker's name speaks for that clause alone; the main clause after its closing comma is the article's.
            if (attribution.End <= figureStart && InClosedRelative(attribution, figureStart))
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

    /// <summary>Whether the attribution's verb stands in a relative clause opened by a comma right after the speaker's name
    /// ("The minister, who predicted"), closed by a comma before the figure.</summary>
    private bool InClosedRelative(Attribution attribution, int figureStart) =>
        attribution.Kind == SpeakerKind.Named && !attribution.Introduced && attribution.NameEnd + 1 < attribution.End
        && article.OpensRelativeAfterComma(attribution.NameEnd + 1) && article.HasComma(attribution.End, figureStart);

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

    /// <summary>Whether the speaker at <paramref name="to"/> stands in a subordinate clause opened after <paramref name="from"/> by a
    /// subordinator other than "that"/"que" (which opens what is said).</summary>
    private bool SubordinateBetween(int from, int to)
    {
        // Read back from the speaker: a comma first ends the subordinate clause ("killed since Israel declared war, the
        // ministry said"), and the speaker is the main clause's.
        var lexicon = article.Lexicon;
        // "…, comme l'a rapporté la préfecture": "comme" there closes what was said; it opens no clause of its own.
        for (var k = AsSaidStart(to) - 1; k >= from; k--)
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

        var k = article.PastOccasions(attribution.End, end);
        return k < end && tokens[k].Kind is TokenKind.Word or TokenKind.Number && !lexicon.Prepositions.Match(tokens, k, out _, out _);
    }

    /// <summary>How many words a relative clause's verb may take from its relative word ("who | had been | expecting").</summary>
    private const int RelativeVerbWords = 4;

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
}
