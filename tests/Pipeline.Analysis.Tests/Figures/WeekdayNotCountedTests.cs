using Xunit;
using Pipeline.Analysis.Figures;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>
/// "19 361 personnes restent hospitalisées contre 19 432 samedi", "three over the Lipetsk region": a day of the week or a
/// preposition after a number is never what it counts; the number counts the noun named before it.
/// </summary>
public sealed class WeekdayNotCountedTests
{
    private static readonly FigureExtractor Extractor = new();

    [Theory]
    [InlineData("fr", "Les hospitalisations baissent : 19.361 personnes restent hospitalisées contre 19.432 samedi.", "19.432", "personne")]
    [InlineData("fr", "Le nombre total des cas est estimé à 142.411 contre 142.291 lundi.", "142.291", "cas")]
    [InlineData("fr", "Les unités ont détruit 55 drones, dont trois au-dessus de la région de Lipetsk.", "trois", "drone")]
    [InlineData("en", "Hospitalizations fell to 19,361 people, down from 19,432 Saturday.", "19,432", "people")]
    [InlineData("en", "The state reported 1,200 new cases, up from 980 Monday.", "980", "case")]
    public void The_number_counts_the_noun_before_not_the_day_after(string language, string text, string span, string lemma)
    {
        var figure = Assert.Single(Extractor.Extract(text, language), f => f.Text == span);

        Assert.Equal(lemma, figure.Counted?.Lemma);
    }

    [Theory]
    [InlineData("fr", "Les 12 samedis de grève ont coûté cher.", "12 samedis", "samedi")]
    [InlineData("en", "The 12 Saturdays of strikes were costly.", "12 Saturdays", "saturday")]
    public void Days_counted_in_the_plural_stay_counted(string language, string text, string span, string lemma)
    {
        var figure = Assert.Single(Extractor.Extract(text, language), f => f.Text == span);

        Assert.Equal(lemma, figure.Counted?.Lemma, ignoreCase: true);
    }
}
