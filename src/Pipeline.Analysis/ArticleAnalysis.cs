using Pipeline.Analysis.Claims;
using Pipeline.Analysis.Entities;
using Pipeline.Analysis.Figures;

namespace Pipeline.Analysis;

/// <summary>What the analysis core read from one article.</summary>
public sealed record ArticleAnalysis(
    IReadOnlyList<EntityMention> Entities,
    IReadOnlyList<Figure> Figures,
    IReadOnlyList<Claim> Claims);
