using Pipeline.Analysis.Claims;
using Xunit;

namespace Pipeline.Analysis.Tests.Claims;

/// <summary>
/// "Un responsable, cité par l'agence Reuters, a fait état de 20 morts": who quoted or relayed a speaker ("cité par X",
/// "quoted by X") is a source or a go-between, never the subject of the figure.
/// </summary>
public sealed class RelayerSubjectTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    [Theory]
    [InlineData("fr", "Un responsable militaire, cité par l'agence Reuters, a fait état de 20 morts.", "20 morts")]
    [InlineData("fr", "Un diplomate, cité par l'agence Tass, a évoqué 300 soldats.", "300 soldats")]
    [InlineData("fr", "Un officier, cité par le quotidien Le Monde, a parlé de 40 chars détruits.", "40 chars")]
    [InlineData("en", "An official quoted by the state news agency Tass said 300 troops had left.", "300 troops")]
    [InlineData("en", "A diplomat, quoted by the agency Ukrinform, said 300 tanks were sent.", "300 tanks")]
    public void Who_quoted_the_speaker_is_not_the_subject(string language, string text, string figureText)
    {
        var claim = Assert.Single(Analyzer.Analyze(text, language, null).Claims, c => c.Figure.Text == figureText);

        Assert.Null(claim.Subject);
    }
}
