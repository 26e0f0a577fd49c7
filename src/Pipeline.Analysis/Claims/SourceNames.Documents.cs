using Pipeline.Analysis.Text;

namespace Pipeline.Analysis.Claims;

/// <summary>A document stands for its author, or for the article's own count when it names no one.</summary>
internal sealed partial class SourceNames
{
    /// <summary>
    /// Where the document starts after a share of it that opens the phrase ("the 30% of | the results compiled …", "80 %
    /// des | résultats"): the document, not its share, names who says so. Else -1.
    /// </summary>
    public int DocumentShareEnd(int start, int limit)
    {
        var tokens = Tokens;
        var k = Lexicon.Determiners.Match(tokens, start, out _, out var afterDeterminer) ? afterDeterminer : start;
        if (k + 1 >= limit || tokens[k].Kind != TokenKind.Number || !Lexicon.DocumentShares.Match(tokens, k + 1, out _, out var document)
            || document >= limit)
        {
            return -1;
        }

        var head = Lexicon.Determiners.Match(tokens, document, out _, out var afterArticle) ? afterArticle : document;
        return head < limit && Lexicon.Documents.Match(tokens, head, out _, out _) ? document : -1;
    }

    /// <summary>Whether the words name a document and no one who writes it ("the latest survey", "le dernier bilan"): no
    /// capitalised name past the sentence's first word, no speaker, role or authority noun.</summary>
    public bool NamesDocumentOnly(int start, int end)
    {
        if (!NamesDocument(start, end))
        {
            return false;
        }

        for (var k = start; k < end; k++)
        {
            // A document noun the speaker list also holds ("survey") is still the document.
            if (Tokens[k].Kind == TokenKind.Word && ((Tokens[k].Upper && !(OpensSentence(k) && IsOpeningWord(k)))
                || (NamesSpeakerNoun(k) && !Lexicon.Documents.Match(Tokens, k, out _, out _))))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether the words name a toll and no one who drew it up, nor mark it as an earlier one ("Le bilan actuel", "le
    /// bilan provisoire établi", "the toll"): the count the article gives, not a speaker. "Un précédent bilan", "an earlier
    /// tally" stay, a report set beside the current count, and so does one whose author follows it after a participle
    /// ("le bilan annoncé plus tôt par le président", within <paramref name="limit"/>).
    /// </summary>
    public bool OwnTally(int start, int end, int limit)
    {
        var tally = false;
        for (var k = start; k < end; k++)
        {
            if (Tokens[k].Kind != TokenKind.Word || article.IsOf(k) || Lexicon.EarlierMarks.Match(Tokens, k, out _, out _))
            {
                return false;
            }

            tally |= Lexicon.Tallies.Match(Tokens, k, out _, out _);
        }

        return tally && NamesDocumentOnly(start, end) && AgentAfterParticiple(end, limit) < 0;
    }

    /// <summary>How many words may stand between a document's participle and its agent ("rendus publics samedi 4 mai par").</summary>
    private const int PublishedGap = 8;

    /// <summary>
    /// Where the author starts of a document named without one and followed, after a comma, by a participle that makes it
    /// public and its agent ("les résultats provisoires (du 29 avril), rendus publics samedi par | la CENI", "the results,
    /// released on Sunday by | the commission"); else -1.
    /// </summary>
    public int PublishedBy(int start, int end, int limit)
    {
        var tokens = Tokens;
        var comma = end;
        while (comma < limit && comma - end < PublishedGap && !article.IsBreakAt(comma))
        {
            comma++;
        }

        return comma < limit && article.IsComma(comma) && NamesDocumentOnly(start, end) ? AgentAfterParticiple(comma + 1, limit) : -1;
    }

    /// <summary>Where the agent's words start after a participle at <paramref name="participle"/> that makes a document
    /// public or draws it up ("rendus publics samedi par | la CENI", "annoncé plus tôt par | le président"); else -1.</summary>
    private int AgentAfterParticiple(int participle, int limit)
    {
        var tokens = Tokens;
        if (participle >= limit || tokens[participle] is not { Kind: TokenKind.Word, Upper: false }
            || !(Lexicon.AsideParticiples.Match(tokens, participle, out _, out var k) || Lexicon.PassiveParticiples.Match(tokens, participle, out _, out k)))
        {
            return -1;
        }

        for (; k < limit && k - participle <= PublishedGap && !article.IsBreakAt(k); k++)
        {
            if (Lexicon.Agents.Match(tokens, k, out _, out var agentEnd))
            {
                return agentEnd < limit ? agentEnd : -1;
            }
        }

        return -1;
    }

    /// <summary>Whether a word of the stretch is a document ("data", "un bilan"), read as its author's words.</summary>
    private bool NamesDocument(int start, int end)
    {
        for (var d = start; d < end; d++)
        {
            if (Tokens[d].Kind == TokenKind.Word && Lexicon.Documents.Match(Tokens, d, out _, out _))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first participle after a document that describes it ("rendus publics", "publiés"), within the name; else -1.</summary>
    private int DocumentParticiple(int from, int end)
    {
        for (var k = from; k < end; k++)
        {
            if (Tokens[k].Kind == TokenKind.Word && !Tokens[k].Upper && Lexicon.AsideParticiples.Match(Tokens, k, out _, out _))
            {
                return k;
            }
        }

        return -1;
    }
}
