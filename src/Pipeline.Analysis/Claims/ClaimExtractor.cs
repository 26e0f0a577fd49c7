using Pipeline.Analysis.Entities;
using Pipeline.Analysis.Figures;

namespace Pipeline.Analysis.Claims;

/// <summary>Turns figures into claims. Placeholder until the figures issue lands.</summary>
public sealed class ClaimExtractor
{
    public IReadOnlyList<Claim> Extract(
        string text, string language, IReadOnlyList<Figure> figures, IReadOnlyList<EntityMention> entities, string? date) => [];
}
