using System.Globalization;

namespace Pipeline.Evaluation.NewsQuant;

/// <summary>
/// A quantity's value as CQE's evaluation compares it: one number, or a range as two numbers in the order written
/// ("from $36,040 to $34,935" is 36040-34935). A bound ("more than 230") is its number: CQE keeps the bound in the
/// quantity's change ("&gt;"), which the value and value+unit scores do not look at.
/// </summary>
public readonly record struct CqeValue(double First, double? Second)
{
    public bool IsRange => Second is not null;

    /// <summary>
    /// Reads a gold value as CQE's <c>decode_dictionary</c> does: a string holding "-" that neither starts with one nor
    /// holds an exponent "E" is a range split at its first "-"; anything else is one number ("-1.3" is minus 1.3).
    /// </summary>
    /// <exception cref="FormatException">The text is not a number or a range of two.</exception>
    public static CqeValue Parse(string text)
    {
        if (!text.Contains('E', StringComparison.Ordinal) && !text.StartsWith('-') && text.Contains('-', StringComparison.Ordinal))
        {
            var parts = text.Split('-');
            return new CqeValue(Number(parts[0]), Number(parts[1]));
        }

        return new CqeValue(Number(text), null);
    }

    /// <summary>
    /// CQE's <c>values_match</c>: a number matches a number, a range a range end by end, each as numpy's <c>isclose</c>
    /// (|gold - ours| ≤ 1e-8 + 1e-5 · |ours|); a number never matches a range.
    /// </summary>
    public bool Matches(CqeValue ours) =>
        IsRange == ours.IsRange && Close(First, ours.First) && (!IsRange || Close(Second!.Value, ours.Second!.Value));

    public override string ToString() =>
        IsRange ? $"{Format(First)}-{Format(Second!.Value)}" : Format(First);

    private static bool Close(double gold, double ours) => Math.Abs(gold - ours) <= 1e-8 + (1e-5 * Math.Abs(ours));

    private static double Number(string text) => double.Parse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture);

    private static string Format(double n) => n.ToString("G", CultureInfo.InvariantCulture);
}
