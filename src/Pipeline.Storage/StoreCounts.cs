namespace Pipeline.Storage;

/// <summary>How much the store holds.</summary>
public sealed record StoreCounts(long Articles, long Duplicates, long Entities, long Figures, long Claims, long ClaimGroups);
