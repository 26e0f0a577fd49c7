using System.Text.Json;
using Pipeline.Analysis;
using Pipeline.Evaluation.Recognizers;

namespace Pipeline.Evaluation.Quantulum;

/// <summary>How one quantulum3 file went: expected quantities found with the same value and unit, and how many we reported.</summary>
internal sealed record QuantulumScore(string File, int Sentences, int Expected, int Matched, int Reported, IReadOnlyList<string> Misses)
{
    public double Recall => Expected == 0 ? 0 : (double)Matched / Expected;

    public double Precision => Reported == 0 ? 0 : (double)Matched / Reported;

    public double F1 => Recall + Precision == 0 ? 0 : 2 * Recall * Precision / (Recall + Precision);
}

/// <summary>
/// Runs quantulum3's English test sentences through the article reader, as <c>pipeline analyze</c> runs it: every figure
/// (with its unit, or a bare number as "dimensionless") is matched against the expected quantities by value and unit.
/// Ranges count at their midpoint, as quantulum3 resolves them; a bound counts at its value.
/// </summary>
internal sealed class QuantulumEvaluation
{
    private readonly ArticleAnalyzer analyzer = new();

    public QuantulumScore Run(FileInfo file)
    {
        using var stream = file.OpenRead();
        using var document = JsonDocument.Parse(stream);
        int sentences = 0, expected = 0, matched = 0, reported = 0;
        var misses = new List<string>();
        foreach (var item in document.RootElement.EnumerateArray())
        {
            sentences++;
            var input = item.GetProperty("req").GetString() ?? "";
            var wanted = new List<(double Value, string Unit, string Surface)>();
            foreach (var r in item.GetProperty("res").EnumerateArray())
            {
                wanted.Add((r.GetProperty("value").GetDouble(), r.GetProperty("unit").GetString() ?? "", r.GetProperty("surface").GetString() ?? ""));
            }

            var ours = Recognize(input);
            expected += wanted.Count;
            reported += ours.Count;
            var used = new bool[ours.Count];
            foreach (var w in wanted)
            {
                var hit = -1;
                for (var k = 0; k < ours.Count; k++)
                {
                    if (!used[k] && RecognizersCase.SameValue(w.Value, ours[k].Value) && UnitNames.Matches(ours[k].Unit ?? "dimensionless", w.Unit))
                    {
                        hit = k;
                        break;
                    }
                }

                if (hit >= 0)
                {
                    used[hit] = true;
                    matched++;
                }
                else
                {
                    misses.Add($"{input} => wanted {w.Surface} = {w.Value} {w.Unit}; got [{string.Join("; ", ours.Select(o => $"{o.Text} = {o.Value} {o.Unit ?? "dimensionless"}"))}]");
                }
            }
        }

        return new QuantulumScore(file.Name, sentences, expected, matched, reported, misses);
    }

    private List<(string Text, double? Value, string? Unit)> Recognize(string input) =>
    [
        .. analyzer.Analyze(input, "en", null).Figures.Select(f =>
            (f.Text, ShareReading.AsWritten(f, f.Value ?? (f.Low is not null && f.High is not null ? (f.Low + f.High) / 2 : f.Low ?? f.High)), ShareReading.IsShare(f) ? null : f.Unit)),
    ];
}
