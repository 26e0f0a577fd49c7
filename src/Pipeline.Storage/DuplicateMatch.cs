namespace Pipeline.Storage;

/// <summary>The duplicate index's verdict: <c>unique</c>, <c>exact</c> or <c>near</c>, with the original.</summary>
public sealed record DuplicateMatch(string Kind, Guid? OriginalId, double Similarity);
