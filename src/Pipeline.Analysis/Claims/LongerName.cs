using Pipeline.Analysis.Entities;
using Pipeline.Analysis.Text;

namespace Pipeline.Analysis.Claims;

/// <summary>
/// A place or nationality that is only a word of a longer organisation name ("The US Geological Survey", "the American
/// Red Cross", "la Banque de Russie", "the Bank of Russia", "le Comité olympique de Russie") names that organisation,
/// never who holds a figure. A place that qualifies a role ("US President Joe Biden", "Russian Foreign Minister") or
/// stands before a day or a month ("Russia Thursday") is still the place.
/// </summary>
internal sealed class LongerName(ClaimTokens article)
{
    /// <summary>How many lower-case words may stand between an organisation's capitalised head and "of"/"de" ("Comité olympique de").</summary>
    private const int HeadReach = 2;

    private List<Token> Tokens => article.Tokens;

    private ClaimLexicon Lexicon => article.Lexicon;

    /// <summary>
    /// Whether the holder read at tokens [<paramref name="start"/>, <paramref name="end"/>) is part of a longer name within
    /// the sentence's tokens [<paramref name="first"/>, <paramref name="last"/>); the name's own tokens come out, or an empty
    /// range when the name opens no clause and so is a complement, as the place alone was.
    /// </summary>
    public bool Contains(int start, int end, int first, int last, out int nameStart, out int nameEnd)
    {
        (nameStart, nameEnd) = (start, start);
        var (from, to) = (Tokens[start].Start, Tokens[end - 1].End);
        foreach (var entity in article.EntityIndex.Around(from))
        {
            if (entity.Type == EntityType.Organisation && entity.Start <= from && entity.End >= to && entity.End - entity.Start > to - from)
            {
                (nameStart, nameEnd) = (article.LowerBound(entity.Start), Math.Max(end, article.LowerBound(entity.End)));
                return true;
            }
        }

        // In a title ("Russia Sends 300 Tanks to Border") a capital marks no name.
        if (Lexicon.TitleLines.Holds(article.Text, Tokens, start))
        {
            return false;
        }

        // "The US Geological Survey", "the American Red Cross": capitalised words run on after the place.
        if (end < last && ContinuesName(end, last, out var runEnd))
        {
            (nameStart, nameEnd) = (start, runEnd);
            return true;
        }

        // "the Bank of Russia", "le Comité olympique de Russie", "la Cour suprême des États-Unis": the place completes a name.
        var k = start - 1;
        while (k > first && !IsLink(k) && Tokens[k].Kind == TokenKind.Word && Lexicon.Determiners.Match(Tokens, k, out _, out var determinerEnd)
            && determinerEnd == k + 1)
        {
            k--;
        }

        if (k <= first || !IsLink(k))
        {
            return false;
        }

        for (var h = k - 1; h > first && h >= k - 1 - HeadReach; h--)
        {
            var token = Tokens[h];
            if (token.Kind != TokenKind.Word)
            {
                return false;
            }

            if (token.Upper)
            {
                // "le ministre de la Défense de l'Ukraine", "la Présidence du Conseil de l'Union européenne": a head that is
                // itself a complement is no name of its own; the place goes with the phrase before it.
                if (IsNoName(h) || !Lexicon.Determiners.Match(Tokens, h - 1, out _, out _) || IsLink(h - 1) || (h - 2 >= first && IsLink(h - 2)))
                {
                    return false;
                }

                // Only a name that opens its clause is a candidate of its own; one inside a phrase ("la Présidence du Conseil
                // de l'Union européenne") is a complement, as the place alone was.
                if (article.OpensClause(h - 1, first))
                {
                    (nameStart, nameEnd) = (h, end);
                }

                return true;
            }

            if (IsNoName(h) || Lexicon.Determiners.Match(Tokens, h, out _, out _))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>A run of capitalised words right after the place, none of them a role, a day, a month or another holder.</summary>
    private bool ContinuesName(int next, int last, out int runEnd)
    {
        runEnd = next;
        while (runEnd < last && Tokens[runEnd] is { Kind: TokenKind.Word, Upper: true })
        {
            if (IsNoName(runEnd) || Lexicon.Subjects.Match(Tokens, runEnd, out _, out _) || Lexicon.Places.Match(Tokens, runEnd, out _, out _)
                || StartsPerson(runEnd))
            {
                return false;
            }

            runEnd++;
        }

        return runEnd > next;
    }

    private bool IsLink(int token) => Lexicon.NameLinks.Match(Tokens, token, out _, out var linkEnd) && linkEnd == token + 1;

    private bool IsNoName(int token) =>
        Lexicon.NotNames.Match(Tokens, token, out _, out _) || Lexicon.RoleNouns.Match(Tokens, token, out _, out _);

    private bool StartsPerson(int token)
    {
        var at = Tokens[token].Start;
        foreach (var entity in article.EntityIndex.StartingAt(at))
        {
            if (entity.Type == EntityType.Person && entity.Start == at)
            {
                return true;
            }
        }

        return false;
    }
}
