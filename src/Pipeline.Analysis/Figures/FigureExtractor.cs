namespace Pipeline.Analysis.Figures;

/// <summary>Finds every figure in a text. Placeholder until the figures issue lands.</summary>
public sealed class FigureExtractor
{
    public IReadOnlyList<Figure> Extract(string text, string language) => [];
}
