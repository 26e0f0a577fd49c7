using Pipeline.Analysis.Entities;
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

    [ThreadStatic]
    private static List<FigureFinding>? findingBuffer;

    /// <summary>Figures in reading order, with UTF-16 offsets into <paramref name="text"/>; empty for a language without a lexicon.</summary>
    /// <param name="text">The article text.</param>
    /// <param name="language">Its language code ("fr", "en").</param>
    /// <param name="entities">
    /// The entities found in the same text, when known: an equipment model among them counts as its kind ("les 31 Abrams"
    /// are tanks).
    /// </param>
    public IReadOnlyList<Figure> Extract(string text, string language, IReadOnlyList<EntityMention>? entities = null) =>
        Extract(text, language, entities, null);

    /// <summary>The figures of an article whose tokens the caller may have read already (<see cref="ArticleAnalyzer"/> reads them once for figures and claims).</summary>
    /// <param name="text">The article text.</param>
    /// <param name="language">Its language code.</param>
    /// <param name="entities">The entities found in the same text, when known.</param>
    /// <param name="tokens">The text's tokens with this language's figure ids, when the caller has read them already.</param>
    internal IReadOnlyList<Figure> Extract(string text, string language, IReadOnlyList<EntityMention>? entities, List<Token>? tokens)
    {
        var findings = Find(text, language, entities, tokens);
        if (findings.Count == 0)
        {
            return [];
        }

        var figures = new Figure[findings.Count];
        for (var k = 0; k < figures.Length; k++)
        {
            var f = findings[k];
            figures[k] = new Figure(
                text[f.Start..f.End],
                f.Start,
                f.End,
                f.Value,
                f.Low,
                f.High,
                f.Approximate,
                f.Unit?.Unit,
                f.Unit?.Category ?? FigureCategory.Count)
            {
                LowInclusive = f.LowInclusive,
                HighInclusive = f.HighInclusive,
                QuantityStart = f.CoreStart,
                NumberEnd = f.CoreEnd,
                RateBaseEnd = f.BaseEnd,
                FirstNumber = f.First,
                SecondNumber = f.Second,
                Counted = f.Counted,
            };
        }

        return figures;
    }

    /// <summary>The raw findings, reused per thread: valid until the next call on the same thread.</summary>
    internal static List<FigureFinding> Find(
        string text, string language, IReadOnlyList<EntityMention>? entities = null, List<Token>? tokens = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var findings = findingBuffer ??= new List<FigureFinding>(64);
        findings.Clear();
        var lexicon = FigureLexicon.For(language ?? "");
        if (lexicon is null || text.Length == 0)
        {
            return findings;
        }

        if (tokens is null)
        {
            tokens = tokenBuffer ??= new List<Token>(1024);
            Tokenizer.Tokenize(text, lexicon.Vocabulary, tokens);
        }

        new FigureScan(text, tokens, lexicon, findings, NamedMentions.From(entities)).Run();
        return findings;
    }
}
