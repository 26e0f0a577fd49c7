using Pipeline.Analysis.Figures;
using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>
/// "une chute de –16,6 %", "(–52 %)": an en dash glued to a number and standing apart from what precedes it is a minus sign
/// typed with the dash key; between two numbers it still joins a range, and glued after a share's percent sign it joins two
/// results ("Harris leads 52%-47%").
/// </summary>
public sealed class DashMinusTests
{
    private static readonly FigureExtractor Extractor = new();

    [Theory]
    [InlineData("fr", "Les ventes enregistrent une chute de –16,6 % en un an.", "–16,6 %", -16.6)]
    [InlineData("fr", "L'investissement locatif s'est effondré (–52 %).", "–52 %", -52)]
    [InlineData("fr", "Les réservations reculent (–41 % au premier trimestre).", "–41 %", -41)]
    [InlineData("en", "The gasoline index fell –3.4 percent over the year.", "–3.4 percent", -3.4)]
    [InlineData("en", "Sales dropped (–12%) in March.", "–12%", -12)]
    public void A_dash_glued_to_a_number_is_its_minus_sign(string language, string text, string span, double value)
    {
        var figure = Assert.Single(Extractor.Extract(text, language));

        Assert.Equal((span, value), (figure.Text, figure.Value!.Value));
    }

    [Theory]
    [InlineData("en", "Prices rose 5–8 percent in the year.", 5, 8)]
    [InlineData("en", "Prices rose 10 – 20 percent in the year.", 10, 20)]
    public void A_dash_between_two_numbers_joins_a_range(string language, string text, double low, double high)
    {
        var figure = Assert.Single(Extractor.Extract(text, language));

        Assert.Equal((low, high), (figure.Low!.Value, figure.High!.Value));
    }

    [Theory]
    [InlineData("fr", "Le recul – 16 % selon la fédération – reste sévère.", 16)]
    [InlineData("en", "The drop – 16 percent, the agency said – was steep.", 16)]
    public void A_dash_set_apart_by_spaces_is_punctuation(string language, string text, double value)
    {
        var figure = Assert.Single(Extractor.Extract(text, language));

        Assert.Equal(value, figure.Value!.Value);
    }

    [Theory]
    [InlineData("en", "Harris leads 52%-47% among likely voters.", new[] { 52.0, 47.0 })]
    [InlineData("en", "Women back Harris (51%-45%) while men back Trump.", new[] { 51.0, 45.0 })]
    [InlineData("en", "Morning Consult reports Harris ahead 50%-46% this week.", new[] { 50.0, 46.0 })]
    [InlineData("fr", "Le oui l'emporterait à 54 %-46 % selon le sondage.", new[] { 54.0, 46.0 })]
    [InlineData("fr", "Le sondage donne le oui gagnant, 55%-45%.", new[] { 55.0, 45.0 })]
    public void A_dash_glued_between_two_shares_is_no_minus_sign(string language, string text, double[] values)
    {
        Assert.Equal(values, Extractor.Extract(text, language).Select(f => f.Value!.Value));
    }

    [Theory]
    [InlineData("fr", "Les prix ont varié de +3 %, -2 % et +1 % sur le trimestre.", new[] { 3.0, -2.0, 1.0 })]
    [InlineData("en", "Prices moved 3%, -2% and 1% in the quarter.", new[] { 3.0, -2.0, 1.0 })]
    public void A_minus_sign_set_apart_from_a_share_stays_a_sign(string language, string text, double[] values)
    {
        Assert.Equal(values, Extractor.Extract(text, language).Select(f => f.Value!.Value));
    }
}
