using Pipeline.Analysis.Figures;
using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>
/// A bare integer opening a line and closed by a dash, a bracket, a colon or a full stop numbers an item of a list; the
/// figures are the item's own.
/// </summary>
public sealed class ListMarkerTests
{
    private static readonly FigureExtractor Extractor = new();

    [Theory]
    [InlineData("fr", "Les résultats par parti :\n\n1- UPR : 37,56 % (53 sièges)\n\n2- BR : 29,23 % (28 sièges)\n", new[] { 37.56, 53.0, 29.23, 28.0 })]
    [InlineData("fr", "Voici le classement.\n4: FCBE : 4,42 %\n5: MPL : 1,28 %\n", new[] { 4.42, 1.28 })]
    [InlineData("en", "The parties' shares:\n1) Labour, 34 percent\n2) Reform, 29 percent\n", new[] { 34.0, 29.0 })]
    [InlineData("en", "What the report found:\n1. Prices rose 3 percent.\n2. Wages rose 2 percent.\n", new[] { 3.0, 2.0 })]
    [InlineData("en", "Results:\n3 – Greens: 12 seats\n", new[] { 12.0 })]
    public void A_number_opening_a_list_item_is_no_figure(string language, string text, double[] values)
    {
        var figures = Extractor.Extract(text, language);

        Assert.Equal(values, figures.Select(f => f.Value!.Value));
    }

    [Theory]
    [InlineData("en", "Results came in overnight.\n12 people died in the floods, officials said.\n", 12.0)]
    [InlineData("fr", "Le bilan s'alourdit.\n12 morts ont été recensés.\n", 12.0)]
    [InlineData("en", "Rainfall overnight:\n3 - 5 mm in the valleys.\n", 3.0)]
    public void A_number_opening_a_line_without_a_marker_stays_a_figure(string language, string text, double first)
    {
        var figures = Extractor.Extract(text, language);

        Assert.Equal(first, figures[0].Numbers[0].Value);
    }
}
