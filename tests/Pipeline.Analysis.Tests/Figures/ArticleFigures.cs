using Pipeline.Analysis.Figures;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>The article reader's figures seen as a test asks about them: the numbers written, the bounds stated, the quantities.</summary>
internal static class ArticleFigures
{
    private static readonly FigureExtractor Extractor = new();

    public static IReadOnlyList<Figure> Of(string text, string language) => Extractor.Extract(text, language);

    /// <summary>Every number the figures are read from, with its text as written ("trois cinquièmes", each end of "20 à 30").</summary>
    public static List<(string Text, double Value)> Numbers(string text, string language) =>
        [.. Extractor.Extract(text, language).SelectMany(f => f.Numbers).Select(n => (text[n.Start..n.End], n.Value))];

    /// <summary>The figures stating a bound or a range rather than a value ("plus de 30", "between 20 and 30").</summary>
    public static List<Figure> Bounded(string text, string language) =>
        [.. Extractor.Extract(text, language).Where(f => f.Value is null && f.Numbers.Count > 0)];

    /// <summary>A figure's quantity without its hedge: the number or range, its bound words after it, and its unit.</summary>
    public static string Quantity(string text, Figure figure) => text[figure.QuantityStart..figure.End];
}
