using Pipeline.Analysis.Figures;
using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>
/// "Marine Tondelier 1-2%", "- Philippe 53 à 47": a number right after a name is a model's number ("Leopard 2") unless it opens
/// a dashed range whose far end carries a unit, or a pair falling to a smaller second number (a duel's two results); then it
/// states the name's result.
/// </summary>
public sealed class ResultAfterNameTests
{
    private static readonly FigureExtractor Extractor = new();

    [Theory]
    [InlineData("fr", "O. Faure recueille 4-6% et Marine Tondelier 1-2%.", new[] { 4.0, 6.0, 1.0, 2.0 })]
    [InlineData("fr", "Selon le sondage, Philippe 25-26% et Attal 19%.", new[] { 25.0, 26.0, 19.0 })]
    [InlineData("fr", "Bardella l'emporterait face à :\n- Philippe 53 à 47\n- Attal 56 à 44\n", new[] { 53.0, 47.0, 56.0, 44.0 })]
    [InlineData("en", "In the poll, Harris 48-50% and Trump 45-47%.", new[] { 48.0, 50.0, 45.0, 47.0 })]
    [InlineData("en", "Head to head:\n- Haley 52 to 46\n", new[] { 52.0, 46.0 })]
    public void A_result_after_a_name_is_a_figure(string language, string text, double[] numbers)
    {
        Assert.Equal(numbers, ArticleFigures.Numbers(text, language).Select(n => n.Value));
    }

    [Theory]
    [InlineData("en", "The Leopard 2 tanks arrived.", new double[0])]
    [InlineData("fr", "L'iPhone 15 à 969 euros se vend bien.", new[] { 969.0 })]
    [InlineData("fr", "Le Rafale F4 coûte cher.", new double[0])]
    public void A_model_number_stays_no_figure(string language, string text, double[] numbers)
    {
        Assert.Equal(numbers, ArticleFigures.Numbers(text, language).Select(n => n.Value));
    }
}
