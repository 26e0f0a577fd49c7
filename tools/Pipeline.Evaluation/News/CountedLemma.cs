using System.Reflection;
using Pipeline.Analysis.Figures;

namespace Pipeline.Evaluation.News;

/// <summary>
/// Reads <c>Figure.Counted?.Lemma</c>, the counted thing the analysis is gaining on another branch. It is read by name so
/// the scorer builds before that property reaches main and scores it as soon as it does; replace by
/// <c>figure.Counted?.Lemma</c> once it is there.
/// </summary>
public static class CountedLemma
{
    private static readonly PropertyInfo? Counted = typeof(Figure).GetProperty("Counted");
    private static readonly PropertyInfo? Lemma = Counted?.PropertyType.GetProperty("Lemma");

    /// <summary>Whether this build's <see cref="Figure"/> has a counted thing at all.</summary>
    public static bool Available => Lemma is not null;

    public static string? Of(Figure figure) =>
        Counted?.GetValue(figure) is { } counted ? Lemma?.GetValue(counted) as string : null;
}
