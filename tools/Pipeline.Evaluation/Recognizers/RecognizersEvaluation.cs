using System.Globalization;
using Pipeline.Analysis;

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
/// Runs Microsoft Recognizers-Text's French and English specs through the article reader, as <c>pipeline analyze</c>
/// runs it (<see cref="ArticleAnalyzer"/>), with the spec's own comparison: same number of results, and for each the
/// text, start, value and unit where the spec gives them. <see cref="SpecReading"/> says how each model sees a figure.
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

    private readonly ArticleAnalyzer analyzer = new();

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

    private static string Format(SpecResult a) =>
        a.Low is not null || a.High is not null
            ? $"{(a.LowInclusive ? '[' : '(')}{a.Low?.ToString(CultureInfo.InvariantCulture)},{a.High?.ToString(CultureInfo.InvariantCulture)}{(a.HighInclusive ? ']' : ')')}"
            : a.Value?.ToString(CultureInfo.InvariantCulture) ?? "";

    /// <summary>
    /// Spec intervals read "[20,30)", "(30,)", "(,100]": brackets say whether each bound is included. The spec writes
    /// every range between two numbers half-open ("entre 20 et 30" is [20,30)), where news means both ends, so a closing
    /// ")" on such a range accepts either reading of its end; a "]" must be matched.
    /// </summary>
    private static bool SameInterval(string? expected, SpecResult a)
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
            && (low is null || lowInclusive == a.LowInclusive) && (high is null || highInclusive == a.HighInclusive || (a.TwoEnded && !highInclusive));
    }

    private List<SpecResult> Recognize(SpecFile file, string input) =>
        SpecReading.Read(file.Model, input, analyzer.Analyze(input, file.Language, null).Figures);
}
