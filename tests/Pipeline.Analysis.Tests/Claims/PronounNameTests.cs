using Xunit;

namespace Pipeline.Analysis.Tests.Claims;

/// <summary>A pronoun ("…, he said") stands for the person named before: their name, the shortest form that names them,
/// without the title written before it; an institution keeps its whole name.</summary>
public sealed class PronounNameTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    [Theory]
    [InlineData("en", "Interior minister Aftab Khan Sherpao said 19,136 people died. Of the deaths, 17,388 were reported in Kashmir, he said.", "17,388", "Aftab Khan Sherpao")]
    [InlineData("en", "WHO assistant director-general Bruce Aylward said the toll would rise. He also said that 70% of patients died.", "70%", "Bruce Aylward")]
    [InlineData("fr", "Le ministère de la Santé a annoncé 40 morts. « Nous comptons aussi 12 blessés », a-t-il ajouté.", "12 blessés", "Le ministère de la Santé")]
    [InlineData("en", "The Bureau of Labor Statistics said prices rose. It said 40 cities saw higher rents.", "40 cities", "The Bureau of Labor Statistics")]
    public void A_pronoun_takes_the_persons_name_without_the_title_before_it(string language, string text, string figureText, string source)
    {
        var claim = Assert.Single(Analyzer.Analyze(text, language, null).Claims, c => c.Figure.Text.StartsWith(figureText, StringComparison.Ordinal));

        Assert.Equal(source, claim.Source);
    }
}
