using System.Buffers;

namespace Pipeline.Analysis.Text;

/// <summary>A sentence as a span of the article text (end exclusive), trimmed of surrounding whitespace.</summary>
internal readonly record struct SentenceSpan(int Start, int End)
{
    public bool Contains(int offset) => offset >= Start && offset < End;
}

/// <summary>
/// Splits article text into sentences: at line breaks, and after '.', '!', '?' or '…' followed by space
/// and a capital, a quote or a digit. A single capital before the dot ("M. Austin") does not end a sentence, nor does
/// one of the language's abbreviations ("Dr. Chan said", "on Oct. 7"), given without their period, nor an hour's "a.m."
/// before a day or a time zone ("7:45 a.m. Monday").
/// </summary>
internal static class SentenceSplitter
{
    /// <summary>The characters where a sentence may end: a vectorised search skips the words between them.</summary>
    private static readonly SearchValues<char> Stops = SearchValues.Create("\n\r.!?…");

    public static List<SentenceSpan> Split(string text, Abbreviations? abbreviations = null)
    {
        var result = new List<SentenceSpan>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var skip = text.AsSpan(i).IndexOfAny(Stops);
            if (skip < 0)
            {
                break;
            }

            i += skip;
            var c = text[i];
            if (c is '\n' or '\r')
            {
                Add(text, start, i, result);
                start = i + 1;
                continue;
            }

            if (c is not ('.' or '!' or '?' or '…'))
            {
                continue;
            }

            var j = i + 1;
            while (j < text.Length && text[j] is '.' or '!' or '?' or '…' or '"' or '”' or '»' or ')' or '’')
            {
                j++;
            }

            if (j >= text.Length || !char.IsWhiteSpace(text[j]))
            {
                continue;
            }

            var k = j;
            while (k < text.Length && text[k] is ' ' or '\u00A0' or '\t')
            {
                k++;
            }

            if (k < text.Length && text[k] is not ('\n' or '\r'))
            {
                var next = text[k];
                var opensSentence = char.IsUpper(next) || char.IsDigit(next) || next is '"' or '“' or '«' or '‘' or '–' or '-';
                if (!opensSentence)
                {
                    continue;
                }
            }

            if (c == '.' && i >= 1 && char.IsUpper(text[i - 1]) && (i == 1 || !char.IsLetter(text[i - 2])))
            {
                continue;
            }

            if (c == '.' && abbreviations is { Count: > 0 }
                && (abbreviations.Contains(WordBefore(text, i)) || abbreviations.ClockGoesOn(DottedWordBefore(text, i), WordAt(text, k))))
            {
                continue;
            }

            Add(text, start, j, result);
            start = j;
            i = j - 1;
        }

        Add(text, start, text.Length, result);
        return result;
    }

    /// <summary>The letters right before <paramref name="dot"/>, when a word starts there ("Gen" in "Lt. Gen."), else empty.</summary>
    private static ReadOnlySpan<char> WordBefore(string text, int dot)
    {
        var start = dot;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return start == dot || (start > 0 && char.IsLetterOrDigit(text[start - 1])) ? [] : text.AsSpan(start, dot - start);
    }

    /// <summary>"a.m" before the last period of "a.m.": letters and inner periods, back to a space.</summary>
    private static ReadOnlySpan<char> DottedWordBefore(string text, int dot)
    {
        var start = dot;
        while (start > 0 && (char.IsLetter(text[start - 1]) || (text[start - 1] == '.' && start - 1 > 0 && char.IsLetter(text[start - 2]))))
        {
            start--;
        }

        return text.AsSpan(start, dot - start);
    }

    /// <summary>The letters from <paramref name="start"/> on ("Monday" in "Monday, police said").</summary>
    private static ReadOnlySpan<char> WordAt(string text, int start)
    {
        var end = start;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return text.AsSpan(start, end - start);
    }

    private static void Add(string text, int start, int end, List<SentenceSpan> into)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            into.Add(new SentenceSpan(start, end));
        }
    }
}
