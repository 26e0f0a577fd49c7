using Pipeline.Analysis.Claims;
using Xunit;

namespace Pipeline.Analysis.Tests.Claims;

/// <summary>
/// A measure, a benchmark, a time zone or a rank written with a capital or in capitals ("GDP", "le PIB", "Brent", "GMT",
/// "a Captain") is no name of whom a figure belongs to; whose it is is said around it ("Germany's GDP", "le PIB de la
/// France", "Colonel Ahmed Khan").
/// </summary>
public sealed class MeasureNameSubjectTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    private static Claim ClaimFor(string language, string text, string figureText) =>
        Assert.Single(Analyzer.Analyze(text, language, null).Claims, c => c.Figure.Text == figureText);

    [Theory]
    [InlineData("en", "The forecasters predicted real GDP will contract 5.2% this year.", "5.2%")]
    [InlineData("en", "Forecasters expect GDP to grow 2.1% next year.", "2.1%")]
    [InlineData("en", "Headline CPI inflation will average 2.3% over the decade.", "2.3%")]
    [InlineData("en", "Oil prices rose as Brent climbed 3% to $82 a barrel.", "3%")]
    [InlineData("en", "Meanwhile Brent crude gained 2% on Monday.", "2%")]
    [InlineData("en", "The airstrike, which occurred at about 8.45 a.m. local time (0545 GMT), destroyed 30 homes.", "30 homes")]
    [InlineData("en", "A Captain led the patrol of 40 soldiers.", "40 soldiers")]
    [InlineData("fr", "Le PIB devrait progresser de 0,8 % en 2023.", "0,8 %")]
    [InlineData("fr", "Selon l'Insee, le PIB a progressé de 0,1 % au troisième trimestre.", "0,1 %")]
    [InlineData("fr", "L'IPC a augmenté de 2,1 % sur un an.", "2,1 %")]
    [InlineData("fr", "Le Brent a gagné 3 % à 82 dollars lundi.", "3 %")]
    [InlineData("fr", "Le Brent de la mer du Nord régresse à 61,50 dollars.", "61,50 dollars")]
    [InlineData("fr", "Adidas réalise un résultat net de 1 369 ME sur 9 mois.", "9 mois")]
    [InlineData("fr", "Un capitaine et un Colonel ont mené une patrouille de 40 soldats.", "40 soldats")]
    public void A_measure_benchmark_or_rank_holds_no_figure(string language, string text, string figureText)
    {
        Assert.Null(ClaimFor(language, text, figureText).Subject);
    }

    [Theory]
    [InlineData("en", "Forecasters expect Germany's GDP to grow 2.1% next year.", "2.1%", "Germany")]
    [InlineData("fr", "Le PIB de la France devrait progresser de 0,1 %.", "0,1 %", "France")]
    [InlineData("en", "Colonel Ahmed Khan led the patrol of 40 soldiers.", "40 soldiers", "Ahmed Khan")]
    [InlineData("en", "Captain Ahmed Khan led the patrol of 40 soldiers.", "40 soldiers", "Ahmed Khan")]
    [InlineData("fr", "Le colonel Ahmed Khan a mené une patrouille de 40 soldats.", "40 soldats", "Ahmed Khan")]
    public void The_holder_named_around_a_measure_or_after_a_rank_keeps_the_figure(string language, string text, string figureText, string subject)
    {
        Assert.Contains(subject, ClaimFor(language, text, figureText).Subject);
    }
}
