using System.Globalization;
using System.Text;
using Pipeline.Analysis.Claims;
using Xunit;

namespace Pipeline.Analysis.Tests.Claims;

/// <summary>
/// French reported speech and epistemic modality written from the grammar rather than from any article: incises after and
/// inside quotations, phrases that introduce a source, reporting verbs in every tense, passives, the conditional of report,
/// modals and forecasts, and how far an attribution reaches. The rows, each read by hand against the annotation
/// guidelines, are in Resources/fr-speech.txt; rows still read wrong wait in Resources/fr-speech-open.txt with their family.
/// </summary>
public sealed class FrenchSpeechBatteryTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    public static TheoryData<int, string, string, string?, string?, ClaimModality> Rows
    {
        get
        {
            var rows = new TheoryData<int, string, string, string?, string?, ClaimModality>();
            var line = 0;
            foreach (var text in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Claims", "Resources", "fr-speech.txt")))
            {
                line++;
                if (text.Length == 0 || text.StartsWith('#'))
                {
                    continue;
                }

                var cells = text.Split(" | ");
                Assert.True(cells.Length == 5, $"line {line}: five cells expected");
                rows.Add(
                    line,
                    cells[0],
                    cells[1],
                    cells[2] == "-" ? null : cells[2],
                    cells[3] == "-" ? null : cells[3],
                    Enum.Parse<ClaimModality>(cells[4], ignoreCase: true));
            }

            return rows;
        }
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void A_figure_in_reported_speech_names_its_source_and_how_firmly_it_is_said(
        int line, string text, string figure, string? source, string? role, ClaimModality modality)
    {
        var claim = Analyzer.Analyze(text, "fr", null).Claims.FirstOrDefault(c => c.Figure.Text.Contains(figure, StringComparison.Ordinal));

        Assert.True(claim is not null, $"line {line}: no claim for {figure}");
        Assert.True(SourceRight(source, role, claim.Source), $"line {line}: source {claim.Source ?? "none"}, expected {source ?? "none"}");
        Assert.True(claim.Modality == modality, $"line {line}: {claim.Modality}, expected {modality}");
    }

    /// <summary>As the news evaluation judges a source: the expected name's head word, and no word beyond the name and its role.</summary>
    private static bool SourceRight(string? expected, string? role, string? actual)
    {
        if (expected is null || actual is null)
        {
            return expected is null && actual is null;
        }

        var allowed = Words(expected).Concat(Words(role)).ToHashSet(StringComparer.Ordinal);
        var words = Words(actual);
        return Words(expected) is [.., var head] && words.Contains(head) && words.All(allowed.Contains);
    }

    private static readonly HashSet<string> Ignored = new(StringComparer.Ordinal)
    {
        "le", "la", "les", "l", "un", "une", "de", "des", "du", "d", "et", "pour", "au", "aux", "à", "en",
    };

    private static List<string> Words(string? name)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in (name ?? "").Normalize(NormalizationForm.FormC).ToLower(CultureInfo.InvariantCulture).Append(' '))
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(c);
            }
            else if (c != '.')
            {
                if (word.Length > 0 && !Ignored.Contains(word.ToString()))
                {
                    words.Add(word.ToString());
                }

                word.Clear();
            }
        }

        return words;
    }
}
