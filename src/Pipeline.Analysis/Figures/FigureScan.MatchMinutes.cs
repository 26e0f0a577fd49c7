using Pipeline.Analysis.Text;

namespace Pipeline.Analysis.Figures;

/// <summary>A match's minutes and the time added to a period ("7e", "90+5", "45+2'"): moments of the match, not figures.</summary>
internal readonly ref partial struct FigureScan
{
    /// <summary>
    /// "(90+5, 3-1)", "Lotomba (2-2, 90e+3)", "45+2'": the minute closing a period of play with the minutes added after it,
    /// the mark of its minute ("e", "'") glued between or after, is a moment of the match, not a figure. Where it ends, in
    /// <paramref name="end"/>.
    /// </summary>
    private bool IsAddedTime(NumberMatch number, out int end)
    {
        end = number.End;
        if (number.Words || number.Grouped || number.Decimal || number.Scaled || number.Fraction || number.End != number.First + 1
            || !MatchMinutes.ClosesPeriod(number.Value))
        {
            return false;
        }

        var plus = SkipMinuteMark(number.End);
        if (plus + 1 >= tokens.Count || !tokens[plus].Adjacent || tokens[plus].Kind != TokenKind.Symbol || text[tokens[plus].Start] != '+'
            || !tokens[plus + 1].Adjacent || tokens[plus + 1].Kind != TokenKind.Number || !ReadNumber(plus + 1, false, out var added)
            || added.Decimal || added.Grouped || !MatchMinutes.CanBeAdded(added.Value))
        {
            return false;
        }

        end = SkipMinuteMark(added.End);
        return true;
    }

    /// <summary>
    /// "7e", "90e+3", "90+5", "23'": a match's minute at <paramref name="at"/>, a whole number up to the last minute with its
    /// mark or its added time glued after it. Where it ends, in <paramref name="end"/>.
    /// </summary>
    private bool IsMatchMinute(int at, out int end)
    {
        end = at;
        if (at >= tokens.Count || tokens[at].Kind != TokenKind.Number || !ReadNumber(at, false, out var minute) || minute.Words || minute.Decimal
            || minute.Grouped || minute.Scaled || minute.Value > MatchMinutes.Last)
        {
            return false;
        }

        if (IsAddedTime(minute, out end))
        {
            return true;
        }

        end = SkipMinuteMark(minute.End);
        return end > minute.End;
    }

    /// <summary>Past the mark glued after a minute: an ordinal's letters ("7e", "90th") or a prime ("23'"); else <paramref name="at"/>.</summary>
    private int SkipMinuteMark(int at) =>
        at < tokens.Count && tokens[at].Adjacent
        && ((tokens[at].Kind == TokenKind.Word && tokens[at].Length <= 3 && !lexicon.Units.Match(tokens, at, out _, out _))
            || (tokens[at].Kind == TokenKind.Symbol && text[tokens[at].Start] is '\'' or '’'))
            ? at + 1
            : at;
}
