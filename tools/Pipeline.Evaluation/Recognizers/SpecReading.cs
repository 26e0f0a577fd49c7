using Pipeline.Analysis.Figures;

namespace Pipeline.Evaluation.Recognizers;

/// <summary>One result as a spec model states it: its text and start, a value, or an interval with its brackets, and a unit.</summary>
internal readonly record struct SpecResult(string Text, int Start, double? Value, double? Low, bool LowInclusive, double? High, bool HighInclusive, string? Unit)
{
    /// <summary>A range between two numbers, which the spec writes half-open ("entre 20 et 30" is [20,30)).</summary>
    public bool TwoEnded { get; init; }
}

/// <summary>
/// The article reader's figures (what <c>pipeline analyze</c> prints) seen as each Recognizers-Text model states its
/// results. Nothing is read again here: every result comes from a figure's value, bounds, unit and the spans it records.
/// </summary>
internal static class SpecReading
{
    private static readonly string[] Lengths = ["km", "m", "dm", "cm", "mm", "nm", "pm", "mile", "foot", "inch", "yard"];

    private static readonly string[] Times = ["hour", "minute", "second", "millisecond", "day"];

    public static List<SpecResult> Read(SpecModel model, string input, IReadOnlyList<Figure> figures)
    {
        var results = new List<SpecResult>();
        foreach (var figure in figures)
        {
            switch (model)
            {
                case SpecModel.Number:
                    AddNumbers(input, figure, results);
                    break;
                case SpecModel.NumberRange:
                    AddRange(input, figure, results);
                    break;
                default:
                    AddQuantity(model, input, figure, results);
                    break;
            }
        }

        return results;
    }

    /// <summary>Every number a figure is read from; the model leaves out a number glued to letters ("180ml", "29km"), which its dimension model reads.</summary>
    private static void AddNumbers(string input, Figure figure, List<SpecResult> results)
    {
        foreach (var n in figure.Numbers)
        {
            if (n.End < input.Length && char.IsLetter(input[n.End]))
            {
                continue;
            }

            results.Add(new SpecResult(input[n.Start..n.End], n.Start, n.Value, null, false, null, false, null));
        }
    }

    /// <summary>
    /// A figure stating a bound or a range, or an equality in words ("égal à 20" is [20,20]). Its text is the bound words
    /// and the numbers without the unit; a hedge stays out ("about five hundred or more" is "five hundred or more"). Before
    /// a range, or a bound written after its number, the words before the number are a hedge; otherwise they are the bound.
    /// </summary>
    private static void AddRange(string input, Figure figure, List<SpecResult> results)
    {
        if (figure.Numbers.Count == 0 || (figure.Value is not null && (figure.Start == figure.QuantityStart || figure.Approximate)))
        {
            return;
        }

        var twoEnded = figure.Low is not null && figure.High is not null && figure.Low != figure.High;
        var start = figure.Approximate && (twoEnded || figure.NumberEnd > figure.Numbers[^1].End) ? figure.QuantityStart : figure.Start;
        results.Add(new SpecResult(input[start..figure.NumberEnd], start, null, ShareReading.AsWritten(figure, figure.Low), figure.LowInclusive, ShareReading.AsWritten(figure, figure.High), figure.HighInclusive, null) { TwoEnded = twoEnded });
    }

    /// <summary>
    /// A figure of the model's category, from its currency sign or number to its unit, without hedge or bound words.
    /// Recognizers-Text reads no rate in its currency model ("$ 98 a share" is "$ 98"), and in its dimension model only
    /// speeds, a length per a time ("50 km/ms"); any other rate is compared as the quantity it is a rate of.
    /// </summary>
    private static void AddQuantity(SpecModel model, string input, Figure figure, List<SpecResult> results)
    {
        var wanted = model switch
        {
            SpecModel.Percent => figure.Category == FigureCategory.Percentage && !ShareReading.IsShare(figure),
            SpecModel.Currency => figure.Category == FigureCategory.Money,
            _ => figure.Category is FigureCategory.Distance or FigureCategory.Area or FigureCategory.Dimension,
        };
        if (!wanted || (figure.Numbers.Count == 0 && figure.Value is null))
        {
            return;
        }

        var unit = figure.Unit;
        var end = figure.End;
        var per = unit?.IndexOf(" per ", StringComparison.Ordinal) ?? -1;
        if (per > 0 && figure.RateBaseEnd > figure.QuantityStart && !(model == SpecModel.Dimension && IsSpeed(unit!)))
        {
            unit = unit![..per];
            end = figure.RateBaseEnd;
        }

        results.Add(new SpecResult(input[figure.QuantityStart..end], figure.QuantityStart, figure.Value ?? figure.Low ?? figure.High, null, false, null, false, unit));
    }

    private static bool IsSpeed(string unit)
    {
        var parts = unit.Split(" per ");
        return parts.Length == 2 && Lengths.Contains(parts[0]) && Times.Contains(parts[1]);
    }
}
