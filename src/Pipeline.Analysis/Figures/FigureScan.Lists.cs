using Pipeline.Analysis.Text;

namespace Pipeline.Analysis.Figures;

/// <summary>A list's noun before its numbers ("Tanks: 14", "Les missiles de croisière: 4 403") and a name labelling a list's entry ("KONAN Kouadio Siméon : 22.117").</summary>
internal readonly ref partial struct FigureScan
{
    /// <summary>
    /// "Tanks: 14", "Les missiles de croisière: 4 403": a list's noun before a colon, at the start of its line or sentence,
    /// after an article and before its complements.
    /// </summary>
    private bool NamedBefore(int firstToken, out CountedPhrase phrase)
    {
        phrase = default;
        var colon = firstToken - 1;
        if (colon < 1 || tokens[colon].Kind != TokenKind.Symbol || text[tokens[colon].Start] != ':')
        {
            return false;
        }

        var s = colon - 1;
        for (var k = 0; k < PhraseWords && s > 0 && !IsLineOrSentenceStart(s); k++)
        {
            s--;
        }

        if (!IsLineOrSentenceStart(s))
        {
            return false;
        }

        var afterDeterminer = lexicon.LabelDeterminers.Match(tokens, s, out _, out var determinerEnd) ? determinerEnd : s;
        return ReadPhrase(afterDeterminer, out phrase, colon, lineStart: true) && phrase.End <= colon;
    }

    /// <summary>At most this many words in a name that labels a list's entry ("KONAN Kouadio Siméon : 22.117").</summary>
    private const int ListNameWords = 5;

    /// <summary>Whether the number at <paramref name="firstToken"/> follows a colon after a name that opens its line: an entry of a list.</summary>
    private bool IsNamedListItem(int firstToken)
    {
        var colon = firstToken - 1;
        if (colon < 1 || tokens[colon].Kind != TokenKind.Symbol || text[tokens[colon].Start] != ':')
        {
            return false;
        }

        for (var s = colon - 1; s >= 0 && colon - s <= ListNameWords; s--)
        {
            if (tokens[s].Kind != TokenKind.Word || !tokens[s].Upper)
            {
                return false;
            }

            if (tokens[s].LineStart)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the line starting at token <paramref name="lineStart"/> holds a colon: a list's labelled entry or its heading.</summary>
    private bool IsLabelledLineAt(int lineStart)
    {
        for (var k = lineStart; k < tokens.Count && (k == lineStart || !tokens[k].LineStart); k++)
        {
            if (tokens[k].Kind == TokenKind.Symbol && text[tokens[k].Start] == ':')
            {
                return true;
            }
        }

        return false;
    }
}
