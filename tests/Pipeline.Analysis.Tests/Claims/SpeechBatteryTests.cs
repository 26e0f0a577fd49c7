using System.Globalization;
using System.Text;
using Pipeline.Analysis.Claims;
using Xunit;

namespace Pipeline.Analysis.Tests.Claims;

/// <summary>
/// The grammar of reported speech and epistemic modality in news English and French, one constructed sentence (or a short
/// passage) a row (Claims/Battery/{language}-speech.txt): who says a figure and how firmly, read by the article reader the
/// pipeline runs. Each row's expected reading was written by hand from the annotation guidelines, not from the program's
/// output; rows still read wrong wait in Claims/Battery/{language}-speech-open.txt with their family, not run.
/// </summary>
public sealed class SpeechBatteryTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    /// <summary>Words a source may hold or lack without naming anyone else: articles, prepositions and conjunctions.</summary>
    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "of", "for", "and", "to", "in", "at",
        "le", "la", "les", "l", "un", "une", "de", "des", "du", "d", "et", "pour", "au", "aux", "à", "en",
    };

    public static TheoryData<string, int, string, string, string, string, string> English() => Rows("en");

    public static TheoryData<string, int, string, string, string, string, string> French() => Rows("fr");

    [Theory]
    [MemberData(nameof(English))]
    [MemberData(nameof(French))]
    public void A_figure_is_attributed_and_hedged_as_the_guidelines_read_it(
        string language, int line, string text, string figure, string source, string role, string modality)
    {
        var claim = Analyzer.Analyze(text, language, null).Claims.FirstOrDefault(c => Holds(c.Figure.Text, figure));

        Assert.True(claim is not null, $"line {line}: no claim for {figure}");
        var sourceRight = source == "-" ? claim.Source is null : SameSource(source, role == "-" ? "" : role, claim.Source);
        var modalityRight = claim.Modality == Enum.Parse<ClaimModality>(modality, ignoreCase: true);
        Assert.True(sourceRight && modalityRight, $"line {line}: read as \"{claim.Source ?? "-"}\" {claim.Modality}");
    }

    private static TheoryData<string, int, string, string, string, string, string> Rows(string language)
    {
        var rows = new TheoryData<string, int, string, string, string, string, string>();
        var line = 0;
        foreach (var text in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Claims", "Battery", $"{language}-speech.txt")))
        {
            line++;
            if (text.Length == 0 || text[0] == '#')
            {
                continue;
            }

            var cells = text.Split('|').Select(c => c.Trim()).ToArray();
            Assert.True(cells.Length == 5, $"{language}-speech.txt line {line}: five cells expected");
            rows.Add(language, line, cells[0], cells[1], cells[2], cells[3], cells[4]);
        }

        return rows;
    }

    /// <summary>The figure's text holds the row's figure as whole words ("40" in "about 40 people", not in "400").</summary>
    private static bool Holds(string figureText, string figure)
    {
        var at = figureText.IndexOf(figure, StringComparison.Ordinal);
        return at >= 0
            && (at == 0 || !char.IsLetterOrDigit(figureText[at - 1]))
            && (at + figure.Length == figureText.Length || !char.IsLetterOrDigit(figureText[at + figure.Length]));
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
        foreach (var c in text.Normalize(NormalizationForm.FormC).ToLower(CultureInfo.InvariantCulture).Append(' '))
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
