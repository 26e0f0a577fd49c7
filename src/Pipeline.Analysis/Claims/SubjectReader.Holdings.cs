using Pipeline.Analysis.Figures;

namespace Pipeline.Analysis.Claims;

/// <summary>What a holder has: a phrase opening the sentence on the holder's possessions, a share of a vote and whom it went to.</summary>
internal sealed partial class SubjectReader
{
    /// <summary>
    /// "Avec 55 députés sur 127, le MPP devra trouver des alliés", "With a market cap of $12 billion, Twitter was…": a
    /// figure in a phrase that opens the sentence on what its holder has belongs to the holder opening the clause after
    /// it. Returns the comma closing that phrase, or -1.
    /// </summary>
    private int HoldingPhraseEnd(int first, int end, Figure figure)
    {
        var start = article.SkipLeadingStrip(first, end);
        if (start >= end || !Lexicon.HoldingOpeners.Match(Tokens, start, out _, out _))
        {
            return -1;
        }

        for (var k = start + 1; k < end; k++)
        {
            if (Tokens[k].Start >= figure.Start && Tokens[k].End <= figure.End)
            {
                continue;
            }

            if (article.IsComma(k))
            {
                return Tokens[k].Start >= figure.End ? k : -1;
            }

            // "With 90% of the ballots counted, the ANC led": a count another made is no holder's.
            if (article.IsBreak(Tokens[k]) || Lexicon.HoldingAbsolutes.Match(Tokens, k, out _, out _))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// "11 % des voix pour le Parti libéral et 9 % pour le PSD", "11% of the vote for the Liberal Party": a share of a
    /// vote followed by whom it went to is that party's or candidate's; a figure coordinated after such a share needs
    /// not repeat what it is of. Returns the token of "pour"/"for", or -1.
    /// </summary>
    private int VotedFor(Figure figure, int first, int end)
    {
        if (figure.Category is not (FigureCategory.Percentage or FigureCategory.Count))
        {
            return -1;
        }

        var tokens = Tokens;
        var j = article.LowerBound(figure.End);
        while (j < end && tokens[j].Start < figure.End)
        {
            j++;
        }

        if (j < end && Lexicon.VoteShares.Match(tokens, j, out _, out var shareEnd))
        {
            j = shareEnd;
        }
        else if (!CoordinatedAfterVoteShare(article.LowerBound(figure.Start), first))
        {
            return -1;
        }

        return j < end && Lexicon.VoteRecipients.Match(tokens, j, out _, out _) ? j : -1;
    }

    /// <summary>"… 11 % des voix pour le Parti libéral et 9 % pour le PSD": after "et"/"and" or a comma, with a share of a vote earlier in the sentence.</summary>
    private bool CoordinatedAfterVoteShare(int figureToken, int first)
    {
        var k = figureToken - 1;
        if (k < first || !(article.IsComma(k) || Lexicon.LeadingStrip.Match(Tokens, k, out _, out _)))
        {
            return false;
        }

        for (var i = first; i < k; i++)
        {
            if (Lexicon.VoteShares.Match(Tokens, i, out _, out _))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A holder right after the comma, a determiner at most between ("…, le MPP", "…, Twitter").</summary>
    private bool OpensAfter(int token, int comma)
    {
        var k = comma + 1;
        if (k < token && Lexicon.Determiners.Match(Tokens, k, out _, out var determinerEnd))
        {
            k = determinerEnd;
        }

        return token == comma + 1 || token == k;
    }
}
