using Pipeline.Analysis.Text;

namespace Pipeline.Analysis.Claims;

/// <summary>A person's name set with a title, before or after it; the person is who speaks.</summary>
internal sealed partial class SourceNames
{
    /// <summary>How many words a person's name set after a title may take ("Shabia Mantoo", "Josep Borrell").</summary>
    private const int MaxApposedWords = 4;

    /// <summary>How many lower-case title words may open an apposed name after its determiner ("le colonel", "the deputy minister").</summary>
    private const int MaxApposedTitleWords = 2;

    /// <summary>
    /// ", a déclaré une porte-parole du HCR, Shabia Mantoo, lors d'un point de presse": a title that opens on a lower-case
    /// word, then a comma and a name in capitals, is the name's title; the name is who speaks, and the title is kept
    /// with it.
    /// </summary>
    public (int Start, int End) Apposed(int nameStart, int nameEnd, int limit, bool nameOnly = false)
    {
        var tokens = Tokens;
        if (tokens[nameStart].Upper || nameEnd + 2 >= limit || !article.IsComma(nameEnd))
        {
            return (nameStart, nameEnd);
        }

        // "…, le colonel Souleymane Dembélé,": a title of its own may open the name.
        var end = nameEnd + 1;
        if (Lexicon.Determiners.Match(tokens, end, out _, out var afterDeterminer))
        {
            end = afterDeterminer;
            for (var title = 0; title < MaxApposedTitleWords && end < limit && tokens[end].Kind == TokenKind.Word && !tokens[end].Upper; title++)
            {
                end++;
            }
        }

        if (end >= limit || !tokens[end].Upper)
        {
            return (nameStart, nameEnd);
        }

        var nameFirst = end;
        var words = 0;
        while (end < limit && tokens[end].Kind == TokenKind.Word && tokens[end].Upper && words < MaxApposedWords)
        {
            words++;
            end++;
        }

        var closed = end >= limit || article.IsComma(end) || article.IsBreakAt(end);
        return words >= 2 && closed && IsCapitalisedName(nameFirst, end) ? (nameOnly ? nameFirst : nameStart, end) : (nameStart, nameEnd);
    }

    /// <summary>Words that all start with a capital (a person's or an organisation's name).</summary>
    private bool IsCapitalisedName(int start, int end)
    {
        var tokens = Tokens;
        var upper = 0;
        var words = 0;
        for (var i = start; i < end; i++)
        {
            if (tokens[i].Kind != TokenKind.Word)
            {
                continue;
            }

            words++;
            if (tokens[i].Upper && !Lexicon.NotNames.Match(tokens, i, out _, out _))
            {
                upper++;
            }
        }

        return words > 0 && upper == words;
    }

    /// <summary>
    /// "Interior minister Aftab Khan Sherpao", "WHO assistant director-general Bruce Aylward": a person's name after a
    /// lower-case title, the shortest form that names them, for a pronoun that stands for them ("…, he said"). A name of
    /// one word, or one after a function word ("le ministère de la Santé"), keeps the whole phrase.
    /// </summary>
    public (int Start, int End) PersonAfterTitle(int start, int end)
    {
        var tokens = Tokens;
        var run = end;
        while (run > start && tokens[run - 1].Kind == TokenKind.Word && tokens[run - 1].Upper && !article.IsAcronym(run - 1))
        {
            run--;
        }

        var titled = run > start && tokens[run - 1].Kind == TokenKind.Word && !tokens[run - 1].Upper && !IsFunction(run - 1);
        // "the official Chinese news agency Xinhua", "state broadcaster CCTV": one name word after a title of two words or more.
        var lone = end - 1 > start + 1 && tokens[end - 1].Kind == TokenKind.Word && tokens[end - 1].Upper
            && tokens[end - 2].Kind == TokenKind.Word && !tokens[end - 2].Upper && !IsFunction(end - 2) && !IsFunction(end - 1);
        return (end - run >= 2 && titled) ? (run, end) : lone ? (end - 1, end) : (start, end);
    }
}
