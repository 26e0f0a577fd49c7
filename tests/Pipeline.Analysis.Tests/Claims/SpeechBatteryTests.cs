using System.Globalization;
using System.Text;
using Pipeline.Analysis.Claims;
using Xunit;

namespace Pipeline.Analysis.Tests.Claims;

/// <summary>
/// The grammar of reported speech and epistemic modality in news English, one constructed sentence a row
/// (Claims/Battery/en-speech.txt): who says a figure and how firmly, read by the article reader the pipeline runs. Each
/// row's expected reading was written by hand from the annotation guidelines, not from the program's output.
/// </summary>
public sealed class SpeechBatteryTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal) { "the", "a", "an", "of", "for", "and", "to", "in", "at" };

    public static TheoryData<string, string, string, string, string> English() => Rows("en-speech.txt");

    [Theory]
    [MemberData(nameof(English))]
    public void A_figure_is_attributed_and_hedged_as_the_guidelines_read_it(string text, string figure, string source, string role, string modality)
    {
        var claim = Assert.Single(Analyzer.Analyze(text, "en", null).Claims, c => Holds(c.Figure.Text, figure));

        var sourceRight = source == "-" ? claim.Source is null : SameSource(source, role == "-" ? "" : role, claim.Source);
        var modalityRight = claim.Modality == Enum.Parse<ClaimModality>(modality, ignoreCase: true);
        Assert.True(sourceRight && modalityRight, $"read as \"{claim.Source ?? "-"}\" {claim.Modality}");
    }

    private static TheoryData<string, string, string, string, string> Rows(string file)
    {
        var rows = new TheoryData<string, string, string, string, string>();
        foreach (var line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Claims", "Battery", file)))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var cells = line.Split('|');
            rows.Add(cells[0], cells[1], cells[2], cells[3], cells[4]);
        }

        return rows;
    }

    /// <summary>The figure's text holds the row's number as a whole word ("40" in "about 40 people", not in "400").</summary>
    private static bool Holds(string figureText, string number)
    {
        var at = figureText.IndexOf(number, StringComparison.Ordinal);
        return at >= 0
            && (at == 0 || figureText[at - 1] == ' ')
            && (at + number.Length == figureText.Length || figureText[at + number.Length] == ' ');
    }

    /// <summary>As the evaluation judges a source: the program's source holds the expected name's last word and no word
    /// beyond the name and its role.</summary>
    private static bool SameSource(string expected, string role, string? program)
    {
        if (program is null)
        {
            return false;
        }

        var name = Words(expected);
        var allowed = name.Concat(Words(role)).ToHashSet(StringComparer.Ordinal);
        var words = Words(program);
        return name.Count > 0 && words.Contains(name[^1]) && words.All(allowed.Contains);
    }

    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in text.ToLower(CultureInfo.InvariantCulture).Append(' '))
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(c);
            }
            else if (c != '.')
            {
                if (word.Length > 0 && !FunctionWords.Contains(word.ToString()))
                {
                    words.Add(word.ToString());
                }

                word.Clear();
            }
        }

        return words;
    }
}
