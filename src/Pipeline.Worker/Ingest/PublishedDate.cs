using System.Globalization;
using System.Text.RegularExpressions;

namespace Pipeline.Worker.Ingest;

/// <summary>
/// Publication dates as the contract carries them: ISO 8601, possibly partial (<c>2023</c>, <c>2023-02</c>,
/// <c>2023-02-14</c>, or a full timestamp). A partial date stays partial: "February 2023" must not become the 1st.
/// </summary>
public static partial class PublishedDate
{
    /// <summary>The ISO form of <paramref name="value"/>, or null when it is not a date we can trust.</summary>
    public static string? Normalize(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var trimmed = value.Trim();
        var partial = PartialIso().Match(trimmed);
        if (partial.Success)
        {
            return IsValidPartial(partial) ? trimmed : null;
        }

        if (!DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
        {
            return null;
        }

        return IsoTimestamp().IsMatch(trimmed) ? trimmed : FormatTimestamp(trimmed, parsed);
    }

    private static string FormatTimestamp(string original, DateTimeOffset parsed) =>
        original.Contains(':') ? parsed.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture) : parsed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static bool IsValidPartial(Match m)
    {
        var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        if (year < 1000 || !m.Groups["m"].Success)
        {
            return year >= 1000;
        }

        var month = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
        if (month is < 1 or > 12)
        {
            return false;
        }

        return !m.Groups["d"].Success || int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture) is var day && day >= 1 && day <= DateTime.DaysInMonth(year, month);
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?$")]
    private static partial Regex IsoTimestamp();

    [GeneratedRegex(@"^(?<y>\d{4})(?:-(?<m>\d{2})(?:-(?<d>\d{2}))?)?$")]
    private static partial Regex PartialIso();
}
