using Pipeline.Analysis.Text;

namespace Pipeline.Analysis.Claims;

/// <summary>Names that head a count: a name labelling a results list item ("Marine Le Pen 7 678 491"), a capitalised word opening the sentence before its own verb ("Cadbury cut 580 jobs"), and where such a name ends.</summary>
internal sealed partial class SubjectReader
{
    /// <summary>
    /// "…, Marine Le Pen 7 678 491 (21,30 %), François Fillon…", "SEC: Siljanovska-Davkova - 39.15%": a name that opens a
    /// list item and stands right before a number, a colon or a dash at most between, labels that count as a results list
    /// does, so it is a candidate even where other names are known, and even after a break.
    /// </summary>
    private bool LabelsCount(int name, int first, int end, bool opensSentence)
    {
        var tokens = Tokens;
        if (name > first && !(article.IsComma(name - 1) || IsLabelMark(name - 1) || Lexicon.LeadingStrip.Match(tokens, name - 1, out _, out _)))
        {
            return false;
        }

        // A sentence's first word is capitalised for its own sake ("Across 3,480 stations", "Inscrits : 6 301 189"): there
        // only a run of capitalised words is a name ("Eva Joly : 2,31 %").
        var j = NameEnd(name, end);
        if (opensSentence && j == name + 1)
        {
            return false;
        }

        if (j < end && IsLabelMark(j))
        {
            j++;
        }

        return j < end && tokens[j].Kind == TokenKind.Number;
    }

    /// <summary>
    /// "Cadbury cut 580 jobs", "Nokia shares fell 4%", "Alstom a supprimé 1 200 postes": a capitalised word opening the
    /// sentence that no word list knows as a common word ("Meanwhile", "Headline" are) names who acts when the holder's own
    /// verb follows its run of capitalised words, so it stands even where other names are known ("… en France").
    /// </summary>
    private bool ActsAsOpeningName(int name, int end)
    {
        var tokens = Tokens;
        if (Lexicon.Words is not { } words || words.TryRead(article.Text.AsSpan(tokens[name].Start, tokens[name].Length), out _))
        {
            return false;
        }

        var j = NameEnd(name, end);
        if (j < end && Lexicon.HolderShares.Match(tokens, j, out _, out var sharesEnd))
        {
            j = sharesEnd;
        }

        if (j >= end || tokens[j] is not { Kind: TokenKind.Word, Upper: false })
        {
            return false;
        }

        return Lexicon.HolderVerbs.Contains(article.Text.AsSpan(tokens[j].Start, tokens[j].Length))
            || article.EndsWithOneOf(tokens[j], Lexicon.SimplePastSuffixes, StringComparison.Ordinal, stem: 2);
    }

    /// <summary>The end of a run of capitalised words from <paramref name="name"/>, over the hyphens and abbreviations inside a name ("Jean-Luc Mélenchon", "Pas-de-Calais", "U.S.").</summary>
    private int NameEnd(int name, int end)
    {
        var tokens = Tokens;
        var j = name + 1;
        while (j < end)
        {
            if (tokens[j] is { Kind: TokenKind.Word, Upper: true })
            {
                j++;
            }
            else if (article.NameContinuation(j, end) is var past && past > j)
            {
                j = past;
            }
            else
            {
                break;
            }
        }

        return j;
    }

    private bool IsLabel(Mention name)
    {
        var after = article.LowerBound(name.End);
        return after < Tokens.Count && IsLabelMark(after);
    }

    private bool IsLabelMark(int token) =>
        Tokens[token].Kind == TokenKind.Symbol && article.Text[Tokens[token].Start] is ':' or '-' or '–' or '—';
}
