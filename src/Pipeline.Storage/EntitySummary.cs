namespace Pipeline.Storage;

/// <summary>One canonical entity across the store, as <c>pipeline entities</c> lists it.</summary>
public sealed record EntitySummary(string Id, string Canonical, string Type, int Mentions, int Articles, IReadOnlyList<string> Variants);
