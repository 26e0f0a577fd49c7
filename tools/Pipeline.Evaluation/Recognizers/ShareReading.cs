using Pipeline.Analysis.Figures;

namespace Pipeline.Evaluation.Recognizers;

/// <summary>
/// A share read from a fraction or a proportion ("two thirds", "one in five"): the reader states it in percent, its written
/// fraction times a hundred; the suites state it as the fraction, a dimensionless number.
/// </summary>
internal static class ShareReading
{
    public static bool IsShare(Figure figure) =>
        figure.Category == FigureCategory.Percentage && figure.Numbers.Count > 0 && figure.Numbers[0].Value > 0
        && (figure.Value ?? figure.Low ?? figure.High) is { } percent && Math.Abs(percent - (100 * figure.Numbers[0].Value)) < 1e-9 * Math.Max(1, percent);

    /// <summary>A share's value or bound as the fraction it was written as; any other figure's as it is.</summary>
    public static double? AsWritten(Figure figure, double? value) => IsShare(figure) ? value / 100 : value;
}
