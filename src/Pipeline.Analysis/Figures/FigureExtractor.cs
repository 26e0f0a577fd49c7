using Pipeline.Analysis.Text;

namespace Pipeline.Analysis.Figures;

/// <summary>
/// Finds every figure in an article: the number (digits or words), its bounds and hedges, and what it counts.
/// The engine is language-neutral; each language's words live in Figures/Resources/{language}.txt.
/// </summary>
public sealed class FigureExtractor
{
    [ThreadStatic]
    private static List<Token>? tokenBuffer;

    /// <summary>Figures in reading order, with UTF-16 offsets into <paramref name="text"/>; empty for a language without a lexicon.</summary>
    public IReadOnlyList<Figure> Extract(string text, string language)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lexicon = FigureLexicon.For(language ?? "");
        if (lexicon is null || text.Length == 0)
        {
            return [];
        }

        var tokens = tokenBuffer ??= new List<Token>(1024);
        Tokenizer.Tokenize(text, lexicon.Vocabulary, tokens);
        var figures = new List<Figure>();
        new FigureScan(text, tokens, lexicon, figures).Run();
        return figures;
    }
}
