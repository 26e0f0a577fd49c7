using Xunit;

namespace Pipeline.Analysis.Tests.Claims;

/// <summary>
/// A definite description whose head noun is the head, the title or the kind of a name written before ("the ministry"
/// after "the Transport Ministry", "The official" after "a senior Health Ministry official", "le journal économique" after
/// "le journal les Echos") names that source again, as the guidelines resolve it.
/// </summary>
public sealed class DescriptionReferenceTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    private static string? SourceOf(string language, string text, string figureText) =>
        Assert.Single(Analyzer.Analyze(text, language, null).Claims, c => c.Figure.Text == figureText).Source;

    [Theory]
    [InlineData("A senior Health Ministry official spoke on Monday. The official said 32 deaths were reported.", "32 deaths", "Health Ministry official")]
    [InlineData("The Transport Ministry confirmed the rescue on Monday. Three bodies were found, the ministry said.", "Three bodies", "The Transport Ministry")]
    [InlineData("Health Minister Jane Moss visited the site. The minister said 40 beds were added.", "40 beds", "Jane Moss")]
    [InlineData("The news agency Xinhua reported the flood. The agency said 12 people died.", "12 people", "Xinhua")]
    public void An_english_description_names_the_source_written_before_with_its_head(string text, string figureText, string source)
    {
        Assert.Equal(source, SourceOf("en", text, figureText));
    }

    [Theory]
    [InlineData("The National Bureau of Statistics on Tuesday declared that prices rose. According to the bureau, the rate of 12.2 percent is the highest in 21 months.", "12.2 percent", "The National Bureau of Statistics")]
    [InlineData("The Election Commission on Friday said voting had ended. The commission said 12 seats were still vacant.", "12 seats", "The Election Commission")]
    [InlineData("The Transport Ministry Tuesday confirmed the rescue. Three bodies were found, the ministry said.", "Three bodies", "The Transport Ministry")]
    [InlineData("The Ministry of Health on Monday issued an update. Forty people were discharged, the ministry said.", "Forty people", "The Ministry of Health")]
    [InlineData("The Ministry of Health published its report. Forty people were discharged, the ministry said.", "Forty people", "The Ministry of Health")]
    [InlineData("The Bureau of Labor Statistics released its data. According to the bureau, 250,000 jobs were added.", "250,000 jobs", "The Bureau of Labor Statistics")]
    public void The_name_a_description_takes_up_ends_before_the_day_it_spoke(string text, string figureText, string source)
    {
        Assert.Equal(source, SourceOf("en", text, figureText));
    }

    [Theory]
    [InlineData("Le projet a été dévoilé mardi dans le journal les Echos. La hausse concerne 25 millions de foyers, précise le journal économique.", "25 millions de foyers", "les Echos")]
    [InlineData("L'agence Reuters a publié l'information. Selon l'agence, 40 soldats ont été tués.", "40 soldats", "Reuters")]
    [InlineData("Le ministre Bernard Martin est arrivé lundi. Le ministre a annoncé 300 nouveaux lits.", "300 nouveaux lits", "Bernard Martin")]
    public void A_french_description_names_the_source_written_before_with_its_head(string text, string figureText, string source)
    {
        Assert.Equal(source, SourceOf("fr", text, figureText));
    }
}
