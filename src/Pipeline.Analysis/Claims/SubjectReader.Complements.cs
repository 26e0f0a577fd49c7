using Pipeline.Analysis.Figures;
using Pipeline.Analysis.Text;

namespace Pipeline.Analysis.Claims;

/// <summary>A holder after a preposition is a complement and holds nothing, unless it owns the noun opening its clause ("le PIB de la France") or a relative clause of its own holds the figure.</summary>
internal sealed partial class SubjectReader
{
    /// <summary>
    /// A holder read after a preposition ("l'invasion de l'Ukraine", "against Ukraine") is a complement of the clause,
    /// not who acts in it, unless a relative clause of its own holds the figure ("l'Ukraine, qui a perdu 300 chars").
    /// </summary>
    private bool IsComplement(Mention holder, Figure figure)
    {
        var tokens = Tokens;
        var at = article.LowerBound(holder.Start);
        var k = at - 1;
        while (k >= 0 && tokens[k].Kind == TokenKind.Word && Lexicon.Determiners.Match(tokens, k, out _, out _) && k > at - 3)
        {
            k--;
        }

        if (k < 0 || !(article.IsOf(k) || Lexicon.Prepositions.Match(tokens, k, out _, out _) || Lexicon.LocationIntros.MatchBefore(tokens, k + 1, out _, out _)))
        {
            return false;
        }

        var figureToken = article.LowerBound(figure.Start);
        for (var j = article.LowerBound(holder.End); j < figureToken; j++)
        {
            if (article.IsRelative(j))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>How many words a clause's subject noun may take between its determiner and "of" ("L'aide humanitaire de").</summary>
    private const int SubjectNounWords = 2;

    /// <summary>
    /// "le PIB de la France devrait progresser de 0,1 %", "L'aide humanitaire de l'UE permet…": a holder after "of"/"de"
    /// that owns the noun opening its clause owns the clause's figures, and so does a recipient ("donnerait à la Russie").
    /// After any other preposition ("from Puerto Rico", "contre la Belgique"), or after "of" inside another phrase ("four
    /// soldiers of the Pakistan army", "the number of Russian troops"), it is a complement and holds nothing.
    /// </summary>
    private bool OwnsClauseSubject(Mention holder, int first)
    {
        var tokens = Tokens;
        var k = article.LowerBound(holder.Start) - 1;
        while (k > first && tokens[k].Kind == TokenKind.Word && Lexicon.Determiners.Match(tokens, k, out _, out var end) && end == k + 1)
        {
            k--;
        }

        // "donnerait à la Russie un tremplin", "sent to five states": a recipient is a subject (the sixth set's reading).
        if (k >= first && tokens[k].Kind == TokenKind.Word && Lexicon.Recipients.Match(tokens, k, out _, out var recipientEnd) && recipientEnd == k + 1)
        {
            return true;
        }

        if (k <= first || !article.IsOf(k))
        {
            return false;
        }

        for (var d = k - 1; d >= first && d >= k - 1 - SubjectNounWords; d--)
        {
            if (tokens[d].Kind != TokenKind.Word)
            {
                return false;
            }

            if (Lexicon.Determiners.Match(tokens, d, out _, out _))
            {
                return article.OpensClause(d, first);
            }
        }

        return false;
    }

    /// <summary>A holder that opens the sentence, a clause, or what a reporting verb or "que"/"that" introduces.</summary>
    private bool OpensClause(int token, int first)
    {
        if (article.OpensClause(token, first))
        {
            return true;
        }

        var k = token - 1;
        return k >= first && Lexicon.Subordinators.Match(Tokens, k, out _, out _);
    }
}
