using System.Globalization;
using Pipeline.Analysis.Figures;

namespace Pipeline.Evaluation.Recognizers;

internal enum SpecModel
{
    Number,
    NumberRange,
    Percent,
    Currency,
    Dimension,
}

internal sealed record SpecFile(string Language, string Path, SpecModel Model);

/// <summary>How one spec file went: cases passed out of all judged, and out of those the reference .NET code supports.</summary>
internal sealed record FileScore(SpecFile File, int Cases, int Excluded, int Passed, int Supported, int PassedSupported, IReadOnlyList<string> Failures)
{
    public int Judged => Cases - Excluded;
}

/// <summary>
/// Runs Microsoft Recognizers-Text's French and English specs through <see cref="NumberRecognizer"/> with the
/// spec's own comparison: same number of results, and for each the text, start, value and unit where the spec gives them.
/// </summary>
internal sealed class RecognizersEvaluation
{
    public static readonly IReadOnlyList<SpecFile> Files =
    [
        new("fr", "Number/French/NumberModel.json", SpecModel.Number),
        new("fr", "Number/French/NumberRangeModel.json", SpecModel.NumberRange),
        new("fr", "Number/French/PercentModel.json", SpecModel.Percent),
        new("fr", "NumberWithUnit/French/CurrencyModel.json", SpecModel.Currency),
        new("fr", "NumberWithUnit/French/DimensionModel.json", SpecModel.Dimension),
        new("en", "Number/English/NumberModel.json", SpecModel.Number),
        new("en", "Number/English/NumberRangeModel.json", SpecModel.NumberRange),
        new("en", "Number/English/PercentModel.json", SpecModel.Percent),
        new("en", "NumberWithUnit/English/CurrencyModel.json", SpecModel.Currency),
        new("en", "NumberWithUnit/English/DimensionModel.json", SpecModel.Dimension),
    ];

    private readonly NumberRecognizer recognizer = new();

    public FileScore Run(DirectoryInfo folder, SpecFile file)
    {
        var cases = RecognizersCase.Load(System.IO.Path.Combine(folder.FullName, file.Path));
        int excluded = 0, passed = 0, supported = 0, passedSupported = 0;
        var failures = new List<string>();
        foreach (var c in cases)
        {
            if (RecognizersExclusions.Reason(file.Path, c.Input) is not null)
            {
                excluded++;
                continue;
            }

            var ok = Check(file, c, out var got);
            if (ok)
            {
                passed++;
            }
            else
            {
                failures.Add($"{c.Input} => expected [{string.Join("; ", c.Results.Select(r => $"{r.Text}@{r.Start}={r.Value} {r.Unit}"))}] got [{got}]");
            }

            if (c.SupportedByDotnet)
            {
                supported++;
                if (ok)
                {
                    passedSupported++;
                }
            }
        }

        return new FileScore(file, cases.Count, excluded, passed, supported, passedSupported, failures);
    }

    private readonly record struct Actual(string Text, int Start, double? Value, double? Low, bool LowInclusive, double? High, bool HighInclusive, string? Unit);

    private bool Check(SpecFile file, RecognizersCase c, out string got)
    {
        var actual = Recognize(file, c.Input);
        got = string.Join("; ", actual.Select(a => $"{a.Text}@{a.Start}={Format(a)} {a.Unit}"));
        if (actual.Count != c.Results.Count)
        {
            return false;
        }

        var expected = c.Results.All(r => r.Start is not null) ? c.Results.OrderBy(r => r.Start).ToList() : c.Results.ToList();
        var ours = c.Results.All(r => r.Start is not null) ? actual.OrderBy(a => a.Start).ToList() : actual;
        for (var k = 0; k < expected.Count; k++)
        {
            var e = expected[k];
            var a = ours[k];
            if (!string.Equals(e.Text.Trim(), a.Text.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            if (e.Start is not null && e.Start != a.Start)
            {
                return false;
            }

            if (file.Model == SpecModel.NumberRange)
            {
                if (!SameInterval(e.Value, a))
                {
                    return false;
                }
            }
            else if (e.Value is not null && !RecognizersCase.SameValue(RecognizersCase.ParseValue(e.Value), a.Value))
            {
                return false;
            }

            if (file.Model is SpecModel.Currency or SpecModel.Dimension && !UnitNames.Matches(a.Unit, e.Unit))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Recognizers-Text reads no rate in its currency model ("$ 98 a share" is "$ 98"), and in its dimension model only
    /// speeds, a length per a time ("50 km/ms"); any other rate of ours ("500,000 barrels a day") is compared by the
    /// quantity it is a rate of.
    /// </summary>
    private static RecognizedQuantity AsSpecReadsIt(SpecModel model, string input, RecognizedQuantity q)
    {
        if (q.BaseUnit is null || q.BaseEnd <= q.Start || (model == SpecModel.Dimension && IsSpeed(q)))
        {
            return q;
        }

        return q with { Text = input[q.Start..q.BaseEnd], End = q.BaseEnd, Unit = q.BaseUnit };
    }

    private static readonly string[] Lengths = ["km", "m", "dm", "cm", "mm", "nm", "pm", "mile", "foot", "inch", "yard"];

    private static readonly string[] Times = ["hour", "minute", "second", "millisecond", "day"];

    private static bool IsSpeed(RecognizedQuantity q)
    {
        var parts = (q.Unit ?? "").Split(" per ");
        return parts.Length == 2 && Lengths.Contains(parts[0]) && Times.Contains(parts[1]);
    }

    private static string Format(Actual a) =>
        a.Low is not null || a.High is not null
            ? $"{(a.LowInclusive ? '[' : '(')}{a.Low?.ToString(CultureInfo.InvariantCulture)},{a.High?.ToString(CultureInfo.InvariantCulture)}{(a.HighInclusive ? ']' : ')')}"
            : a.Value?.ToString(CultureInfo.InvariantCulture) ?? "";

    /// <summary>Spec intervals read "[20,30)", "(30,)", "(,100]": brackets say whether each bound is included.</summary>
    private static bool SameInterval(string? expected, Actual a)
    {
        if (expected is null || expected.Length < 3)
        {
            return false;
        }

        var lowInclusive = expected[0] == '[';
        var highInclusive = expected[^1] == ']';
        var parts = expected[1..^1].Split(',');
        if (parts.Length != 2)
        {
            return false;
        }

        var low = RecognizersCase.ParseValue(parts[0]);
        var high = RecognizersCase.ParseValue(parts[1]);
        return RecognizersCase.SameValue(low, a.Low) && RecognizersCase.SameValue(high, a.High)
            && (low is null || lowInclusive == a.LowInclusive) && (high is null || highInclusive == a.HighInclusive);
    }

    private List<Actual> Recognize(SpecFile file, string input)
    {
        switch (file.Model)
        {
            case SpecModel.Number:
                return [.. recognizer.Numbers(input, file.Language).Select(n => new Actual(n.Text, n.Start, n.Value, null, false, null, false, null))];
            case SpecModel.NumberRange:
                return [.. recognizer.Ranges(input, file.Language).Select(r => new Actual(r.Text, r.Start, null, r.Low, r.LowInclusive, r.High, r.HighInclusive, null))];
            default:
                var wanted = file.Model switch
                {
                    SpecModel.Percent => [FigureCategory.Percentage],
                    SpecModel.Currency => [FigureCategory.Money],
                    _ => new[] { FigureCategory.Distance, FigureCategory.Area, FigureCategory.Dimension },
                };
                // The currency model also reports a currency named with no amount, value null.
                var mentions = file.Model == SpecModel.Currency ? recognizer.CurrencyMentions(input, file.Language) : [];
                return
                [
                    .. recognizer.Quantities(input, file.Language)
                        .Where(q => wanted.Contains(q.Category))
                        .Concat(mentions)
                        .Select(q => AsSpecReadsIt(file.Model, input, q))
                        .Select(q => new Actual(q.Text, q.Start, q.Value, null, false, null, false, q.Unit)),
                ];
        }
    }
}
