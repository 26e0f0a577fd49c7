using Pipeline.Analysis.Text;

namespace Pipeline.Analysis.Claims;

/// <summary>Candidates the entities missed: capitalised words and acronyms in the sentence; an acronym opening a clause acts, one in brackets or inside a phrase does not.</summary>
internal sealed partial class SubjectReader
{
    /// <summary>
    /// An acronym that opens a clause, after a determiner at most ("L’USAID débloque…", "Since 2022, USAID has…"): one in
    /// brackets restates the phrase before it ("du Bureau des réfugiés (PRM)"), one inside a phrase qualifies it
    /// ("in USAID/OFDA funding", "contre la COVID-19").
    /// </summary>
    private bool ActsAsAcronym(int token, int first)
    {
        if (!article.InCapitals(token))
        {
            return false;
        }

        var k = token > first && Lexicon.Determiners.Match(Tokens, token - 1, out _, out _) ? token - 1 : token;
        return (k == first || article.Text[Tokens[k - 1].Start] != '(') && article.OpensClause(k, first);
    }

    /// <summary>"COVID-19", "F-16", "T-72": a word glued to a number by a hyphen names a thing or a model, not who holds.</summary>
    private bool IsDesignation(int token, int end) =>
        token + 2 < end && Tokens[token + 1] is { Kind: TokenKind.Symbol, Adjacent: true } hyphen && article.Text[hyphen.Start] == '-'
        && Tokens[token + 2] is { Kind: TokenKind.Number, Adjacent: true };

    private void AddCapitalisedNames(int first, int end, List<Mention> into, bool acronymsOnly)
    {
        var known = into.Count;
        var tokens = Tokens;
        var start = article.SkipLeadingStrip(first, end);
        for (var i = first; i < end; i++)
        {
            var token = tokens[i];
            // A capital opening the sentence ("- Nearly 37,000 people") or after a break says nothing, unless the whole word
            // is in capitals ("Since 2022, USAID has…").
            var opens = i <= start || article.IsBreak(tokens[i - 1]);
            if (token.Kind != TokenKind.Word || !token.Upper || Lexicon.NotNames.Match(tokens, i, out _, out _)
                || (i > first && article.IsOf(i - 1)) || article.InDateline(i) || IsDesignation(i, end))
            {
                continue;
            }

            // "in Nitranske Hrnciarovce", "en Sierra Leone", "à Saint Leu": the place word introduces the whole name, whose
            // later words are no name of their own.
            if (Lexicon.Places.Match(tokens, i, out _, out _)
                || (Lexicon.LocationIntros.MatchBefore(tokens, i, out _, out _) && !Lexicon.TopicIntros.MatchBefore(tokens, i, out _, out _)))
            {
                i = NameEnd(i, end) - 1;
                continue;
            }

            if (((opens && !article.InCapitals(i)) || (acronymsOnly && !ActsAsAcronym(i, first))) && !LabelsCount(i, first, end, i <= start)
                && !(opens && ActsAsOpeningName(i, end)))
            {
                continue;
            }

            var j = NameEnd(i, end);
            // "P2.7 billion", "Lee B. Farkas", "catégories B et C": a single capital is a letter, no holder.
            if (j == i + 1 && token.Length == 1)
            {
                continue;
            }

            var name = Unread(i, j, null);
            if (!CoveredBy(name, into, known))
            {
                into.Add(name);
            }

            i = j - 1;
        }
    }
}
