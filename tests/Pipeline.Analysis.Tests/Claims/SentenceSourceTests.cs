using Pipeline.Analysis.Claims;
using Xunit;

namespace Pipeline.Analysis.Tests.Claims;

/// <summary>A source that opens or closes a sentence speaks for each of its clauses; a clause with its own source keeps it.</summary>
public sealed class SentenceSourceTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    private static Claim ClaimFor(string text, string language, string figureText) =>
        Assert.Single(Analyzer.Analyze(text, language, null).Claims, c => c.Figure.Text == figureText);

    [Theory]
    [InlineData("Russia has lost 300 tanks, while Ukraine has lost 100 tanks, the ministry said.", "en", "300 tanks", "100 tanks", "the ministry")]
    [InlineData("Russia has lost 300 tanks, while Ukraine has lost 100 tanks, according to Oryx.", "en", "300 tanks", "100 tanks", "Oryx")]
    [InlineData("Russia has lost 300 jets, while Ukraine has lost 10 jets, said the air force.", "en", "300 jets", "10 jets", "the air force")]
    [InlineData("\"Russia has lost 300 jets, while Ukraine has lost 10 jets,\" the spokesman said.", "en", "300 jets", "10 jets", "the spokesman")]
    [InlineData("Moscou a perdu 300 chars, tandis que Kiev a perdu 100 chars, a indiqué le ministère.", "fr", "300 chars", "100 chars", "le ministère")]
    [InlineData("La Russie a perdu 300 chars, tandis que l'Ukraine a perdu 100 chars, selon l'état-major.", "fr", "300 chars", "100 chars", "l'état-major")]
    [InlineData("According to the ministry, Russia has lost 300 jets, while Ukraine has lost 10 jets.", "en", "300 jets", "10 jets", "the ministry")]
    [InlineData("Selon le ministère, la Russie a perdu 300 avions, tandis que l'Ukraine a perdu 10 avions.", "fr", "300 avions", "10 avions", "le ministère")]
    public void A_source_that_opens_or_closes_the_sentence_speaks_for_both_clauses(
        string text, string language, string firstFigure, string secondFigure, string source)
    {
        var first = ClaimFor(text, language, firstFigure);
        var second = ClaimFor(text, language, secondFigure);

        Assert.Equal((source, ClaimModality.Reported), (first.Source, first.Modality));
        Assert.Equal((source, ClaimModality.Reported), (second.Source, second.Modality));
    }

    [Fact]
    public void Each_clause_keeps_its_own_subject_under_a_closing_source()
    {
        const string text = "Moscou a perdu 300 chars, tandis que Kiev a perdu 100 chars, a indiqué le ministère.";

        Assert.Equal("Moscou", ClaimFor(text, "fr", "300 chars").Subject);
        Assert.Equal("Kiev", ClaimFor(text, "fr", "100 chars").Subject);
    }

    [Theory]
    [InlineData("Russia may have lost 300 helicopters, while Ukraine lost 50 helicopters, a Western official told Reuters on Tuesday.", "en", "300 helicopters", "50 helicopters", "a Western official")]
    [InlineData("La Russie aurait perdu 300 hélicoptères, tandis que l'Ukraine a perdu 50 hélicoptères, selon un responsable occidental.", "fr", "300 hélicoptères", "50 hélicoptères", "un responsable occidental")]
    public void A_hedged_clause_under_a_closing_source_stays_hedged(string text, string language, string hedgedFigure, string otherFigure, string source)
    {
        var hedged = ClaimFor(text, language, hedgedFigure);
        var other = ClaimFor(text, language, otherFigure);

        Assert.Equal((source, ClaimModality.Hedged), (hedged.Source, hedged.Modality));
        Assert.Equal((source, ClaimModality.Reported), (other.Source, other.Modality));
    }

    [Theory]
    [InlineData("Russia has lost 2,000 tanks, according to Oryx, while Ukraine has lost 600 tanks, the ministry said.", "en", "2,000 tanks", "Oryx", "600 tanks", "the ministry")]
    [InlineData("La Russie a perdu 2 000 chars, selon Oryx, tandis que l'Ukraine a perdu 600 chars, a indiqué le ministère.", "fr", "2 000 chars", "Oryx", "600 chars", "le ministère")]
    public void A_clause_with_its_own_source_keeps_it(string text, string language, string firstFigure, string firstSource, string secondFigure, string secondSource)
    {
        Assert.Equal(firstSource, ClaimFor(text, language, firstFigure).Source);
        Assert.Equal(secondSource, ClaimFor(text, language, secondFigure).Source);
    }

    [Theory]
    [InlineData("Russia has lost 300 tanks, while Ukraine has lost 100 tanks, which officials said was a turning point.", "en")]
    [InlineData("Russia has lost 300 tanks, whereas Ukraine has lost 100 tanks, which the ministry said was a turning point.", "en")]
    public void A_closing_relative_clause_attributes_nothing(string text, string language)
    {
        var claims = Analyzer.Analyze(text, language, null).Claims;

        Assert.Equal([300.0, 100.0], claims.Select(c => c.Figure.Value!.Value));
        Assert.All(claims, c => Assert.Null(c.Source));
        Assert.All(claims, c => Assert.Equal(ClaimModality.Asserted, c.Modality));
    }

    [Fact]
    public void A_pronoun_closing_the_sentence_names_no_source_for_any_clause()
    {
        const string text = "Russia has lost 300 tanks, while Ukraine has lost 100 tanks, he said.";

        Assert.Null(ClaimFor(text, "en", "300 tanks").Source);
        Assert.Null(ClaimFor(text, "en", "100 tanks").Source);
    }
}
