namespace Pipeline.Evaluation.News;

/// <summary>The content of one <c>&lt;id&gt;.gold.json</c>: every figure of the article and every number that is not one.</summary>
public sealed record GoldArticle(string Id, string Language, IReadOnlyList<GoldFigure> Figures, IReadOnlyList<GoldNonFigure> NonFigures);
