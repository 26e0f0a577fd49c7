namespace Pipeline.Worker.Ingest;

/// <summary>An article as one format read it: its text and what the file said about it.</summary>
public sealed record ParsedArticle(string Text, ArticleMetadata Metadata);
