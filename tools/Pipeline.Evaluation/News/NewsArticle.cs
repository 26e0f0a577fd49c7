namespace Pipeline.Evaluation.News;

/// <summary>An article of the real-news set as <c>pipeline</c> reads its file, with its gold annotation.</summary>
/// <param name="Split">The folder it sits in ("dev", "test").</param>
/// <param name="Text">The article text, as <c>ArticleFileReader</c> returns it.</param>
/// <param name="Date">The date from the file's first line, when it has one.</param>
public sealed record NewsArticle(string Split, string Text, string? Date, GoldArticle Gold);
