namespace Pipeline.Analysis.Duplicates;

/// <summary>An earlier article found similar to the one looked up.</summary>
/// <param name="ArticleId">The earlier article.</param>
/// <param name="Similarity">Estimated Jaccard similarity of word shingles, from the two sketches; 0 to 1.</param>
public readonly record struct NearDuplicateMatch(Guid ArticleId, double Similarity);
