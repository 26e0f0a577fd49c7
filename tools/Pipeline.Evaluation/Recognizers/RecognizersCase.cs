using System.Globalization;
using System.Text.Json;

namespace Pipeline.Evaluation.Recognizers;

/// <summary>One expected result of a Recognizers-Text spec case.</summary>
internal sealed record ExpectedResult(string Text, int? Start, string? Value, string? Unit);

/// <summary>One Recognizers-Text spec case: input, expected results, and which reference implementations skip it.</summary>
internal sealed record RecognizersCase(int Index, string Input, IReadOnlyList<ExpectedResult> Results, bool SupportedByDotnet)
{
    public static IReadOnlyList<RecognizersCase> Load(string path)
    {
        using var stream = File.OpenRead(path);
        using var document = JsonDocument.Parse(stream, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        var cases = new List<RecognizersCase>();
        var index = 0;
        foreach (var item in document.RootElement.EnumerateArray())
        {
            var input = item.GetProperty("Input").GetString() ?? "";
            var results = new List<ExpectedResult>();
            if (item.TryGetProperty("Results", out var list) && list.ValueKind == JsonValueKind.Array)
            {
                foreach (var r in list.EnumerateArray())
                {
                    string? value = null;
                    string? unit = null;
                    if (r.TryGetProperty("Resolution", out var resolution) && resolution.ValueKind == JsonValueKind.Object)
                    {
                        value = Scalar(resolution, "value");
                        unit = Scalar(resolution, "unit");
                    }

                    int? start = r.TryGetProperty("Start", out var s) && s.ValueKind == JsonValueKind.Number ? s.GetInt32() : null;
                    results.Add(new ExpectedResult(r.GetProperty("Text").GetString() ?? "", start, value, unit));
                }
            }

            var notSupported = (Scalar(item, "NotSupported") ?? "") + "," + (Scalar(item, "NotSupportedByDesign") ?? "");
            var dotnet = !notSupported.Contains("dotnet", StringComparison.OrdinalIgnoreCase);
            cases.Add(new RecognizersCase(index++, input, results, dotnet));
        }

        return cases;
    }

    private static string? Scalar(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var p))
        {
            return null;
        }

        return p.ValueKind switch
        {
            JsonValueKind.String => p.GetString(),
            JsonValueKind.Number => p.GetRawText(),
            _ => null,
        };
    }

    /// <summary>Spec values are written with the culture's decimal mark ("0,2" in French files, "0.2" in English).</summary>
    public static double? ParseValue(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var cleaned = value.Trim().TrimEnd('%').Replace(',', '.');
        return double.TryParse(cleaned, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null;
    }

    public static bool SameValue(double? expected, double? actual)
    {
        if (expected is null || actual is null)
        {
            return expected is null && actual is null;
        }

        var e = expected.Value;
        var a = actual.Value;
        return Math.Abs(e - a) <= Math.Max(1e-6, Math.Abs(e) * 1e-9);
    }
}
