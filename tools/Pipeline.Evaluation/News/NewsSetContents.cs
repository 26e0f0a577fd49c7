namespace Pipeline.Evaluation.News;

/// <summary>What <see cref="NewsSet.Load"/> read: the articles to score, and the gold files skipped for want of their text.</summary>
/// <param name="Skipped">The missing article files, as split and file name ("test/fr02.txt").</param>
public sealed record NewsSetContents(IReadOnlyList<NewsArticle> Articles, IReadOnlyList<string> Skipped);
