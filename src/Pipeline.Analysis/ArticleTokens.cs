using System.Collections.Concurrent;
using Pipeline.Analysis.Claims;
using Pipeline.Analysis.Figures;
using Pipeline.Analysis.Text;

namespace Pipeline.Analysis;

/// <summary>
/// An article's tokens, read once for the two stages that read it word by word: figures and claims. Each stage's lexicon
/// numbers words its own way, so each gets its own list, with the ids its own tokenization would give.
/// </summary>
internal sealed class ArticleTokens
{
    private static readonly ConcurrentDictionary<string, VocabularyPair> Pairs = new(StringComparer.OrdinalIgnoreCase);

    [ThreadStatic]
    private static ArticleTokens? buffers;

    public List<Token> ForFigures { get; } = new(4096);

    public List<Token> ForClaims { get; } = new(4096);

    /// <summary>The tokens of <paramref name="text"/>, in lists reused per thread; null when the language lacks either lexicon.</summary>
    public static ArticleTokens? Read(string text, string language)
    {
        if (FigureLexicon.For(language) is not { } figures || ClaimLexicon.For(language) is not { } claims)
        {
            return null;
        }

        if (!Pairs.TryGetValue(language, out var pair) || !pair.Matches(figures.Vocabulary, claims.Vocabulary))
        {
            Pairs[language] = pair = new VocabularyPair(figures.Vocabulary, claims.Vocabulary);
        }

        var tokens = buffers ??= new ArticleTokens();
        Tokenizer.Tokenize(text, pair, tokens.ForFigures, tokens.ForClaims);
        return tokens;
    }
}
