using Pipeline.Analysis.Text;

namespace Pipeline.Analysis.Claims;

/// <summary>A short name or a description names again whom the text named in full before; the source is that fuller name.</summary>
internal sealed partial class SourceNames
{
    /// <summary>
    /// "détaille le ministère", "selon la Commission": a determiner and one noun standing alone name again whom the text
    /// named in full a little before ("le ministère congolais de la Santé", "la « Commission nationale pour la réduction
    /// des catastrophes »"); the source is that fuller name. An earlier phrase that adds no capitalised word ("le
    /// gouvernement américain") names no one more precisely, so it is not taken.
    /// </summary>
    public (int Start, int End) Fuller(int nameStart, int nameEnd, int lowest)
    {
        var tokens = Tokens;
        if (nameEnd - nameStart != 2 || !Lexicon.Determiners.Match(tokens, nameStart, out _, out var noun) || noun != nameEnd - 1
            || tokens[noun].Kind != TokenKind.Word)
        {
            return (nameStart, nameEnd);
        }

        var head = article.Text.AsSpan(tokens[noun].Start, tokens[noun].Length);
        for (var k = nameStart - 1; k > lowest; k--)
        {
            if (tokens[k].Kind != TokenKind.Word || tokens[k].Length != head.Length
                || !article.Text.AsSpan(tokens[k].Start, tokens[k].Length).Equals(head, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            // "la « Commission … »": the name may stand in quotation marks after its determiner.
            var opening = k - 1;
            var quoted = opening >= 0 && article.IsQuote(opening) && article.OpensQuote(opening);
            if (quoted)
            {
                opening--;
            }

            if (opening < 0 || opening < lowest || !Lexicon.Determiners.Match(tokens, opening, out _, out var after) || after != (quoted ? k - 1 : k))
            {
                continue;
            }

            // Quoted, the name runs to its closing mark; else to its last capitalised word ("le ministère congolais de la
            // Santé | a publié").
            var end = PhraseEnd(k, Math.Min(tokens.Count, k + MaxNameTokens));
            if (!quoted)
            {
                while (end > k + 1 && !(tokens[end - 1].Kind == TokenKind.Word && tokens[end - 1].Upper))
                {
                    end--;
                }
            }
            else if (end >= tokens.Count || !article.IsQuote(end))
            {
                continue;
            }

            if (end > k + 1 && !IsFunction(end - 1) && !HoldsVerb(k + 1, end))
            {
                return (quoted ? k : opening, end);
            }
        }

        return (nameStart, nameEnd);
    }

    /// <summary>
    /// "The official" after "a senior Health Ministry official", "the ministry" after "the Transport Ministry", "le journal
    /// économique" after "le journal les Echos": a definite description (a definite determiner and common words, no name)
    /// names again the last name the text wrote with the description's head noun, as the name's own head ("Transport
    /// Ministry"), as the title or type set before it ("Health Minister JP Nadda", "le journal les Echos"), or as the noun
    /// a name qualifies ("Health Ministry official"). Else the description is returned as it stands.
    /// </summary>
    public (int Start, int End) NamedBefore(int start, int end)
    {
        var tokens = Tokens;
        if (!Lexicon.DescriptionDeterminers.Match(tokens, start, out _, out var first) || first >= end)
        {
            return (start, end);
        }

        for (var k = first; k < end; k++)
        {
            if (tokens[k].Kind != TokenKind.Word || tokens[k].Upper || IsFunction(k) || IsLink(k))
            {
                return (start, end);
            }
        }

        // "the latest survey": a document is one of many, each new one its own; "the forecasters", a plural, are a group
        // of people, not the one body a name names.
        var head = Lexicon.HeadFirst ? first : end - 1;
        var word = article.Text.AsSpan(tokens[head].Start, tokens[head].Length);
        if (Lexicon.Documents.Match(tokens, head, out _, out _) || (Lexicon.Words is { } forms && forms.TryRead(word, out var form) && form.Inflected))
        {
            return (start, end);
        }

        for (var k = start - 1; k >= 0; k--)
        {
            if (tokens[k].Kind == TokenKind.Word && tokens[k].Length == word.Length
                && article.Text.AsSpan(tokens[k].Start, tokens[k].Length).Equals(word, StringComparison.OrdinalIgnoreCase)
                && NameWith(k) is { } name)
            {
                return name;
            }
        }

        return (start, end);
    }

    /// <summary>The name written with the noun at <paramref name="k"/>: capitalised words before it ("the Transport
    /// Ministry", "Health Ministry official") and, when it is capitalised itself, after it ("Ministry of Health", "Minister
    /// JP Nadda"); in a language whose head comes first, the name set right after the noun ("journal les Echos",
    /// "l'agence Reuters"). Null when no capitalised word but the noun names anything.</summary>
    private (int Start, int End)? NameWith(int k)
    {
        var tokens = Tokens;
        // A capital that opens a sentence, or a headline's Title Case, says nothing of a name.
        if ((tokens[k].Upper && OpensSentence(k)) || Lexicon.TitleLines.Holds(article.Text, tokens, k))
        {
            return null;
        }

        var from = k;
        while (from > 0 && tokens[from - 1] is { Kind: TokenKind.Word, Upper: true } && !Lexicon.Determiners.Match(tokens, from - 1, out _, out _)
            && !article.IsBreakAt(from - 1) && !tokens[from].LineStart)
        {
            from--;
        }

        var to = k + 1;
        if (tokens[k].Upper || from < k)
        {
            // "The Election Commission on Friday said": the day it spoke closes the name, capitalised as it is.
            while (to < tokens.Count && !article.IsBreakAt(to) && !OpensLine(k, to) && !article.OccasionAt(to, tokens.Count, out _)
                && (tokens[to] is { Kind: TokenKind.Word, Upper: true } || (tokens[k].Upper && IsFunction(to) && CapitalAhead(to) && to + 1 < tokens.Count && !article.IsBreakAt(to + 1))))
            {
                to++;
            }
        }
        else if (Lexicon.HeadFirst || ClassifiesName(k))
        {
            from = k + 1;
            if (from + 1 < tokens.Count && !tokens[from].LineStart && Lexicon.NameArticles.Match(tokens, from, out _, out var afterArticle) && afterArticle == from + 1)
            {
                to = afterArticle;
            }

            while (to < tokens.Count && tokens[to] is { Kind: TokenKind.Word, Upper: true } && !article.IsBreakAt(to) && !OpensLine(k, to))
            {
                to++;
            }
        }

        // The name must hold a capitalised word other than the noun that is no sentence's opening word.
        for (var j = from; j < to; j++)
        {
            if (j != k && tokens[j] is { Kind: TokenKind.Word, Upper: true } && (!OpensSentence(j) || article.IsAcronym(j)) && !IsFunction(j))
            {
                // "the Transport Ministry": the determiner before the name opens it.
                if (from > 0 && from <= k && Lexicon.Determiners.Match(tokens, from - 1, out _, out var afterDeterminer) && afterDeterminer == from)
                {
                    from--;
                }

                return (from, to);
            }
        }

        return null;
    }

    /// <summary>
    /// "M. Dah", "Dah": a surname the text gave before with a first name ("Mohamed Dah") names that person in full, for a
    /// pronoun or "ce responsable" that stands for them. Else the name as it is.
    /// </summary>
    public (int Start, int End) FullerPerson(int start, int end, int lowest)
    {
        var tokens = Tokens;
        var last = end - 1;
        if (last < start || tokens[last].Kind != TokenKind.Word || !tokens[last].Upper || article.IsAcronym(last)
            || (end - start >= 2 && IsCapitalisedName(start, end) && !article.IsBreak(tokens[last - 1]) && tokens[last - 1].Kind == TokenKind.Word))
        {
            return (start, end);
        }

        var surname = article.Text.AsSpan(tokens[last].Start, tokens[last].Length);
        for (var k = start - 1; k > lowest + 1; k--)
        {
            if (tokens[k].Kind == TokenKind.Word && tokens[k].Length == surname.Length
                && article.Text.AsSpan(tokens[k].Start, tokens[k].Length).SequenceEqual(surname)
                && tokens[k - 1].Kind == TokenKind.Word && tokens[k - 1].Upper && !Lexicon.NotNames.Match(tokens, k - 1, out _, out _)
                && !article.IsAcronym(k - 1))
            {
                return (k - 1, k + 1);
            }
        }

        return (start, end);
    }
}
