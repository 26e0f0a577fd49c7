namespace Pipeline.Storage;

/// <summary>One stored article, as <c>pipeline articles</c> lists it.</summary>
public sealed record ArticleSummary(
    Guid Id,
    string FileName,
    string? Title,
    string? Published,
    string Language,
    double LanguageConfidence,
    string DuplicateKind,
    Guid? OriginalId,
    double Similarity,
    int EntityCount,
    int FigureCount,
    int ClaimCount,
    DateTimeOffset StoredAt);
