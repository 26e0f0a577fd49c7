namespace Pipeline.Analysis.Figures;

/// <summary>
/// The minutes of a football match: a period of play closes at 45, 90, 105 or 120 minutes, and the time added after it
/// is written glued to that minute ("90+5", "90e+3", "45+2'"), a moment of the match rather than a quantity.
/// </summary>
internal static class MatchMinutes
{
    /// <summary>The largest minute a match is played to, extra time included.</summary>
    public const int Last = 120;

    /// <summary>At most this many minutes are ever added to a period of play.</summary>
    private const int MostAdded = 30;

    /// <summary>Whether <paramref name="minute"/> closes a period of play, after which time is added.</summary>
    public static bool ClosesPeriod(double minute) => minute is 45 or 90 or 105 or Last;

    /// <summary>Whether <paramref name="minutes"/> can be the time added to a period.</summary>
    public static bool CanBeAdded(double minutes) => minutes is >= 1 and <= MostAdded && minutes == Math.Floor(minutes);
}
