using System.Globalization;

namespace Pipeline.Evaluation.Langid;

/// <summary>The accuracies lingua-py published for other detectors on the same test lines (*-accuracy-values.csv).</summary>
internal sealed class PublishedAccuracy(IReadOnlyDictionary<(string Language, string Tool), double> values)
{
    public static readonly string[] Tools = ["cld2", "cld3", "langdetect", "langid", "lingua-high-accuracy"];

    public static PublishedAccuracy Read(FileInfo csv)
    {
        var values = new Dictionary<(string, string), double>();
        if (!csv.Exists)
        {
            return new PublishedAccuracy(values);
        }

        var lines = File.ReadAllLines(csv.FullName);
        var header = lines[0].Split(',');
        foreach (var line in lines.Skip(1))
        {
            var cells = line.Split(',');
            for (var i = 1; i < cells.Length && i < header.Length; i++)
            {
                if (double.TryParse(cells[i], NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && !double.IsNaN(v))
                {
                    values[(cells[0], header[i])] = v;
                }
            }
        }

        return new PublishedAccuracy(values);
    }

    /// <summary>Percentage, or null when the tool was not measured on that language.</summary>
    public double? Of(string languageName, string tool) => values.TryGetValue((languageName, tool), out var v) ? v : null;
}
