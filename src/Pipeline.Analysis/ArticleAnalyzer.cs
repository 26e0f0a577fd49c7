using Pipeline.Analysis.Claims;
using Pipeline.Analysis.Duplicates;
using Pipeline.Analysis.Entities;
using Pipeline.Analysis.Figures;

namespace Pipeline.Analysis;

/// <summary>Reads entities, figures and claims from an article whose language is known.</summary>
public sealed class ArticleAnalyzer(EntityExtractor entities, FigureExtractor figures, ClaimExtractor claims)
{
    public ArticleAnalyzer()
        : this(new EntityExtractor(), new FigureExtractor(), new ClaimExtractor())
    {
    }

    public ArticleAnalysis Analyze(string text, string language, string? date)
    {
        var foundEntities = entities.Extract(text, language);
        return Analyze(text, language, date, foundEntities);
    }

    /// <summary>Figures and claims of an article whose entities are known: both stages read one tokenization of it.</summary>
    internal ArticleAnalysis Analyze(string text, string language, string? date, IReadOnlyList<EntityMention> foundEntities)
    {
        var tokens = ArticleTokens.Read(text, language);

        // A headline printed three times is one statement: figures in later copies are not counted again.
        var repeats = RepeatedPassages.In(text);
        var foundFigures = figures.Extract(text, language, foundEntities, tokens?.ForFigures).Where(f => !repeats.IsRepeat(f.Start)).ToList();
        var foundClaims = claims.Extract(text, language, foundFigures, foundEntities, date, tokens?.ForClaims);
        return new ArticleAnalysis(foundEntities, foundFigures, foundClaims);
    }
}
