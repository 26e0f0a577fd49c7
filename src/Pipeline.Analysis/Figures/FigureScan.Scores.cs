using Pipeline.Analysis.Text;

namespace Pipeline.Analysis.Figures;

/// <summary>A match's score ("s'est imposé 3-1", "a 120-117 victory"): a result named, neither a figure nor a range.</summary>
internal readonly ref partial struct FigureScan
{
    /// <summary>How many tokens before a score its match may be named ("Kylian Mbappé a trouvé le chemin des filets … (46e, 1-0)").</summary>
    private const int ScoreWordReach = 30;

    /// <summary>How many tokens after a score its result may be named ("120-117 victory", "147-136 in overtime").</summary>
    private const int ScoreWordAfterReach = 3;

    /// <summary>
    /// "Le Real Madrid s'est imposé 3-1", "the Celtics' 120-117 victory", "Juventus vs PSV, 3-1": two bare whole numbers joined
    /// by a dash, with no unit or counted noun after them, in a sentence that names a match or its result, are the match's
    /// score, a result named rather than a quantity counted: neither a figure nor a range ("0-3"), nor a minus sign.
    /// <paramref name="scoreEnd"/> is past the second number.
    /// </summary>
    private bool IsMatchScore(NumberMatch number, out int scoreEnd)
    {
        scoreEnd = number.End;
        var dashAt = number.End;
        if (!IsBareWhole(number) || dashAt + 1 >= tokens.Count || tokens[dashAt].Kind != TokenKind.Symbol || text[tokens[dashAt].Start] is not ('-' or '–')
            || tokens[dashAt].Adjacent != tokens[dashAt + 1].Adjacent || tokens[dashAt + 1].Kind != TokenKind.Number
            || !ReadNumber(dashAt + 1, false, out var other) || !IsBareWhole(other))
        {
            return false;
        }

        // "1-800-621-3362": a chain of dashed numbers is a code.
        var after = other.End;
        if ((after + 1 < tokens.Count && tokens[after].Adjacent && IsChainSymbol(after) && tokens[after + 1].Adjacent && tokens[after + 1].Kind == TokenKind.Number)
            || (number.First > 0 && tokens[number.First].Adjacent && IsChainSymbol(number.First - 1)))
        {
            return false;
        }

        // "won 53-55 seats", "2-3 km": a count or a measure after the numbers makes them a range.
        if (lexicon.Units.Match(tokens, after, out _, out _) || PluralNounAfter(after) || !(ScoreWordAround(number.First, after) || MinuteBeside(number.First, after)))
        {
            return false;
        }

        scoreEnd = after;
        return true;
    }

    private bool IsChainSymbol(int at) => tokens[at].Kind == TokenKind.Symbol && text[tokens[at].Start] is '-' or '–' or '/' or ':';

    private static bool IsBareWhole(NumberMatch number) =>
        !number.Words && !number.Grouped && !number.Decimal && !number.Scaled && !number.Fraction && !number.Glued && number.End == number.First + 1
        && number.Value < 1000;

    /// <summary>How many tokens a match's minute may take before the score it shares its brackets with ("(90e+3, 2-2)").</summary>
    private const int MinuteReach = 6;

    /// <summary>
    /// "Soler (0-1, 7e)", "Lotomba (2-2, 90e+3)", "(90+5, 3-1)": the minute of the goal beside the score in the same
    /// brackets names the match, as a word of the match would.
    /// </summary>
    private bool MinuteBeside(int first, int after)
    {
        var n = tokens.Count;
        if (first > 0 && IsMark(first - 1, '(') && after + 1 < n && IsMark(after, ',') && IsMatchMinute(after + 1, out var minuteEnd))
        {
            return minuteEnd < n && IsMark(minuteEnd, ')');
        }

        if (after >= n || !IsMark(after, ')') || first < 3 || !IsMark(first - 1, ','))
        {
            return false;
        }

        for (var open = first - 2; open >= 0 && first - open <= MinuteReach; open--)
        {
            if (IsMark(open, '('))
            {
                return IsMatchMinute(open + 1, out var end) && end == first - 1;
            }
        }

        return false;
    }

    private bool IsMark(int at, char mark) => tokens[at].Kind == TokenKind.Symbol && text[tokens[at].Start] == mark;

    /// <summary>A word of a match in the sentence before <paramref name="first"/>, or just after <paramref name="after"/>.</summary>
    private bool ScoreWordAround(int first, int after)
    {
        for (var s = first - 1; s >= 0 && first - s <= ScoreWordReach; s--)
        {
            if (lexicon.ScoreWords.Match(tokens, s, out _, out _))
            {
                return true;
            }

            if (IsLineOrSentenceStart(s))
            {
                break;
            }
        }

        for (var s = after; s < tokens.Count && s - after < ScoreWordAfterReach && !IsLineOrSentenceStart(s); s++)
        {
            if (lexicon.ScoreWords.Match(tokens, s, out _, out _))
            {
                return true;
            }
        }

        return false;
    }
}
