using Pipeline.Analysis.Text;

namespace Pipeline.Analysis.Claims;

/// <summary>Where a document's author is written: after "de"/"of", "par"/"by", or in a relative clause.</summary>
internal sealed partial class SourceNames
{
    /// <summary>How many words a document's complement ("compiled at every district") and its author may take before the relative.</summary>
    private const int RelativeAuthorReach = 8;

    /// <summary>
    /// The author a relative clause gives a document: "the results which the commission released", "les chiffres que le
    /// ministère a publiés", "les chiffres qu'a publiés le ministère". The clause is [document-relative], then its subject
    /// and a verb of making public ([aside-participle], maybe after an auxiliary), or that verb and its subject set after it.
    /// </summary>
    private bool RelativeAuthor(int afterDocument, int limit, out int authorStart, out int authorEnd)
    {
        var tokens = Tokens;
        authorStart = authorEnd = -1;
        var relative = afterDocument;
        while (relative < limit && relative - afterDocument < RelativeAuthorReach && !article.IsBreakAt(relative)
            && tokens[relative].Kind == TokenKind.Word && !Lexicon.DocumentRelatives.Match(tokens, relative, out _, out _))
        {
            relative++;
        }

        if (relative >= limit || !Lexicon.DocumentRelatives.Match(tokens, relative, out _, out var subject))
        {
            return false;
        }

        // "qu'a publiés le ministère": the verb before its subject.
        var inverted = Lexicon.Auxiliaries.Match(tokens, subject, out _, out var afterAuxiliary) ? afterAuxiliary : subject;
        if (inverted < limit && !tokens[inverted].Upper && Lexicon.AsideParticiples.Match(tokens, inverted, out _, out var participleEnd))
        {
            authorStart = participleEnd;
            authorEnd = PhraseEnd(participleEnd, limit);
            return authorEnd > authorStart && HoldsSpeaker(authorStart, authorEnd, counted: false);
        }

        for (var k = subject + 1; k < limit && k - subject <= RelativeAuthorReach && !article.IsBreakAt(k); k++)
        {
            if (tokens[k].Upper || !Lexicon.AsideParticiples.Match(tokens, k, out _, out _))
            {
                continue;
            }

            authorStart = subject;
            authorEnd = Lexicon.Auxiliaries.MatchBefore(tokens, k, out _, out var auxiliaryStart) && auxiliaryStart > subject ? auxiliaryStart : k;
            return !Lexicon.PassiveAuxiliaries.Match(tokens, authorStart, out _, out _) && HoldsSpeaker(authorStart, authorEnd, counted: false);
        }

        return false;
    }

    /// <summary>Where a document's author starts: right after "de"/"of" (past an adjective or two), or after "par"/"by"/"from" a little further.</summary>
    private int Author(int afterDocument, int limit)
    {
        var tokens = Tokens;
        var j = afterDocument;
        var skipped = 0;
        while (j < limit && skipped < 3 && tokens[j].Kind == TokenKind.Word && !tokens[j].Upper && !IsFunction(j) && !article.IsOf(j)
            && !Lexicon.Agents.Match(tokens, j, out _, out _) && !StopsPhrase(j)
            && !Lexicon.LocationIntros.Match(tokens, j, out _, out _))
        {
            j++;
            skipped++;
        }

        if (j + 1 < limit && article.IsOf(j) && !article.IsBreakAt(j + 1))
        {
            return j + 1;
        }

        // "les résultats provisoires donnés dans la nuit de mardi à mercredi par | la CEI": when it was given takes no room.
        for (var (k, words) = (afterDocument, 0); k < limit && words < AuthorReach && !article.IsRelative(k); words++)
        {
            k = DateAsideEnd(k, limit);
            if (k >= limit || article.IsBreakAt(k))
            {
                break;
            }

            if (Lexicon.Agents.Match(tokens, k, out _, out var agentEnd) && agentEnd < limit && !article.IsBreakAt(agentEnd))
            {
                return agentEnd;
            }

            k = article.PastOccasions(k, limit);
            k = k < limit && !article.IsBreakAt(k) && !Lexicon.Agents.Match(tokens, k, out _, out _) ? k + 1 : k;
        }

        return -1;
    }

    /// <summary>
    /// Where the words go on after the date an occasion gives between commas ("data released Friday morning, Oct. 7, | by the
    /// bureau"): a capitalised month, maybe abbreviated, and its day. Else <paramref name="k"/>.
    /// </summary>
    private int DateAsideEnd(int k, int limit)
    {
        var tokens = Tokens;
        var j = k + 1;
        if (j >= limit || !article.IsComma(k) || tokens[j] is not { Kind: TokenKind.Word, Upper: true })
        {
            return k;
        }

        j++;
        if (j < limit && tokens[j].Kind == TokenKind.Symbol && article.Text[tokens[j].Start] == '.')
        {
            j++;
        }

        return j + 1 < limit && tokens[j].Kind == TokenKind.Number && article.IsComma(j + 1) ? j + 2 : k;
    }

    /// <summary>How many words besides occasions may stand between a document and "par"/"by" before its author.</summary>
    private const int AuthorReach = 8;

    /// <summary>
    /// The author of a document that opens a clause, where its frame names one: after "par"/"by" ("le bilan établi par
    /// les secours"), or after "de"/"of" when what follows is a name or an authority ("les chiffres de l'Insee", "un
    /// rapport du ministère"), not a topic ("le bilan de l'attaque", "les chiffres du chômage"). Else -1.
    /// </summary>
    public int FrameAuthor(int afterDocument, int limit)
    {
        var author = Author(afterDocument, limit);
        if (author < 0 || (author > 0 && Lexicon.Agents.Match(Tokens, author - 1, out _, out _)))
        {
            return author;
        }

        var head = Lexicon.Determiners.Match(Tokens, author, out _, out var afterDeterminer) ? afterDeterminer : author;
        return head < limit && Tokens[head].Kind == TokenKind.Word
            && (Tokens[head].Upper || Lexicon.Authorities.Match(Tokens, head, out _, out _))
            ? author
            : -1;
    }
}
