using Pipeline.Analysis.Claims;
using Xunit;

namespace Pipeline.Analysis.Tests.Claims;

/// <summary>
/// A sentence opening on what its holder has ("Avec 33 sièges, l'UPC…", "With 18 seats, the CDP…") names the holder
/// right after the comma: the figure is that holder's, unless the phrase says what happened to the figure ("With 90% of
/// the ballots counted").
/// </summary>
public sealed class HoldingPhraseSubjectTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    private static Claim ClaimFor(string language, string text, string figureText) =>
        Assert.Single(Analyzer.Analyze(text, language, null).Claims, c => c.Figure.Text == figureText);

    [Theory]
    [InlineData("en", "With 18 seats, the CDP came third.", "18 seats", "CDP")]
    [InlineData("en", "With 55 seats out of 127, the MPP must find allies to govern.", "55 seats", "MPP")]
    [InlineData("en", "With 2,000 employees, Alstom has become the largest employer in the region.", "2,000 employees", "Alstom")]
    [InlineData("fr", "Avec 33 sièges, l'UPC devient la deuxième force du Parlement.", "33 sièges", "UPC")]
    [InlineData("fr", "Fort de 62 % des voix, le FPR conserve la majorité.", "62 %", "FPR")]
    [InlineData("fr", "Avec 130 députés sur 165, le Pastef dispose d'une large majorité.", "130 députés", "Pastef")]
    public void A_figure_in_an_opening_phrase_of_what_is_held_is_the_holder_after_the_comma(
        string language, string text, string figureText, string subject)
    {
        Assert.Equal(subject, ClaimFor(language, text, figureText).Subject);
    }

    [Theory]
    [InlineData("en", "With 300 soldiers, the army entered the town.", "300 soldiers")]
    [InlineData("en", "With 90% of the ballots counted, the ANC led the race.", "90%")]
    [InlineData("en", "With prices up 4% this year, the ECB raised rates.", "4%")]
    [InlineData("en", "Along with 300 soldiers, the UN sent doctors.", "300 soldiers")]
    [InlineData("fr", "Avec 40 % des voix au premier tour, il part favori.", "40 %")]
    [InlineData("fr", "Avec 90 % des bulletins dépouillés, le PDG mène la course.", "90 %")]
    [InlineData("fr", "Avec 300 soldats tués, l'armée recule.", "300 soldats")]
    [InlineData("fr", "Avec des prix en hausse de 4 % cette année, la BCE a relevé ses taux.", "4 %")]
    public void A_phrase_that_does_not_say_what_a_holder_has_gives_nothing_to_the_name_after_it(string language, string text, string figureText)
    {
        Assert.Null(ClaimFor(language, text, figureText).Subject);
    }
}
