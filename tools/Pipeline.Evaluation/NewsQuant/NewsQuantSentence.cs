namespace Pipeline.Evaluation.NewsQuant;

/// <summary>One sentence of NewsQuant with its gold quantities; <paramref name="Number"/> counts from 1 in file order.</summary>
public sealed record NewsQuantSentence(int Number, string Text, IReadOnlyList<CqeQuantity> Gold)
{
    /// <summary>The half it belongs to, fixed before any score was read: odd-numbered sentences are the development half.</summary>
    public string Split => Number % 2 == 1 ? "dev" : "test";
}
