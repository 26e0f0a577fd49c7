namespace Pipeline.Storage;

/// <summary>One stored claim, as <c>pipeline claims</c> lists it.</summary>
public sealed record ClaimSummary(
    Guid Id,
    Guid ArticleId,
    Guid GroupId,
    string Text,
    double? Value,
    double? Low,
    double? High,
    bool Approximate,
    string? Unit,
    string Category,
    string? Subject,
    string? Location,
    string? Source,
    string Modality,
    string Sentence,
    string? Date,
    string Key);
