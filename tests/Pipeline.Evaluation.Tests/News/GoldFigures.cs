using Pipeline.Analysis.Claims;
using Pipeline.Analysis.Figures;
using Pipeline.Evaluation.News;

namespace Pipeline.Evaluation.Tests.News;

/// <summary>Small hand-made gold and program figures for the scorer's tests.</summary>
internal static class GoldFigures
{
    public static GoldFigure Gold(
        string text, int start, double? value = null, double? low = null, double? high = null, string? lemma = "person",
        string? unit = null, string category = "people", bool claim = true, string? source = null, string? role = null,
        string modality = "asserted", string? subject = null) =>
        new(text, start, start + text.Length, value, low, high, false, lemma, lemma, unit ?? lemma, category, claim, source, role, modality, subject);

    public static Figure Program(string text, int start, double? value = null, double? low = null, double? high = null, string? unit = null) =>
        new(text, start, start + text.Length, value, low, high, false, unit, FigureCategory.Count);

    public static Claim ClaimOn(Figure figure, string? source = null, ClaimModality modality = ClaimModality.Asserted, string? subject = null) =>
        new(figure, subject, null, source, modality, "", null, "");
}
