using Pipeline.Contracts;

namespace Pipeline.Storage;

/// <summary>A claim as the store holds it, with the group it joined and how well backed that group is.</summary>
public sealed record StoredClaim(Guid ClaimId, Guid GroupId, int GroupArticleCount, int GroupSourceCount, ClaimData Claim);
