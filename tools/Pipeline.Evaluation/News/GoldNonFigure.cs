namespace Pipeline.Evaluation.News;

/// <summary>A number that is not a figure (a date, a year, an ordinal, a designation, an identifier...), so a figure read there is false.</summary>
public sealed record GoldNonFigure(string Text, int Start, int End, string Kind);
