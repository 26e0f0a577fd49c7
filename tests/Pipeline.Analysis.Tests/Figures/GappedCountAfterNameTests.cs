using Pipeline.Analysis.Figures;
using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>
/// A number right after a capitalised name is a model's number ("the Airbus 320 fleet") unless it counts the noun an
/// earlier number of the same sentence counts: then it is the next count of a gapped list ("X won 53 seats, the Bloc 28 seats").
/// </summary>
public sealed class GappedCountAfterNameTests
{
    private static readonly FigureExtractor Extractor = new();

    [Theory]
    [InlineData("fr", "L'UP a 53 sièges, le Bloc Républicain 28 sièges et le parti Les Démocrates 28 sièges également.", new[] { 53.0, 28.0, 28.0 })]
    [InlineData("fr", "Le PS obtient 31 sièges, Les Républicains 28 sièges.", new[] { 31.0, 28.0 })]
    [InlineData("fr", "La région Nord compte 120 écoles, la région Bretagne 85 écoles.", new[] { 120.0, 85.0 })]
    [InlineData("en", "Dhaka reported 136 cases, Chattogram 53 cases and Khulna 41 cases.", new[] { 136.0, 53.0, 41.0 })]
    public void A_number_after_a_name_counting_an_earlier_noun_is_a_count(string language, string text, double[] values)
    {
        var figures = Extractor.Extract(text, language);

        Assert.Equal(values, figures.Select(f => f.Value!.Value));
    }

    [Theory]
    [InlineData("en", "The shop sold 40 phones, and its Galaxy 23 stock sold out.", new[] { 40.0 })]
    [InlineData("fr", "Le magasin a vendu 40 téléphones et ses Galaxy 23 reconditionnés.", new[] { 40.0 })]
    [InlineData("en", "Officials counted 40 cases in Region 9 offices.", new[] { 40.0 })]
    public void A_number_after_a_name_before_another_noun_stays_a_designation(string language, string text, double[] values)
    {
        var figures = Extractor.Extract(text, language);

        Assert.Equal(values, figures.Select(f => f.Value!.Value));
    }
}
