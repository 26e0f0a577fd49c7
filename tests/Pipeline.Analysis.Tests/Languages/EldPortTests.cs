using System.Globalization;
using Pipeline.Analysis.Languages;
using Xunit;

namespace Pipeline.Analysis.Tests.Languages;

/// <summary>
/// The C# port of Nito-ELD gives the scores of the original: the expected values were printed by the npm package
/// eld 2.1.0 (large database) itself, with detect(text).getScores() under Node 20.
/// </summary>
public sealed class EldPortTests
{
    private readonly EldLanguageIdentifier eld = new();

    [Theory]
    [InlineData("Le gouvernement a annoncé mercredi de nouvelles mesures.", "fr", 0.821429, "ca", 0.661908)]
    [InlineData("selon école", "fr", 0.817851, "fi", 0.514563)]
    [InlineData("Правительство в среду объявило о новых мерах.", "ru", 0.842609, "bg", 0.819521)]
    [InlineData("Уряд у середу оголосив про нові заходи.", "uk", 0.835280, "ru", 0.819138)]
    [InlineData("Die Regierung hat am Mittwoch neue Maßnahmen angekündigt.", "de", 0.817753, "nl", 0.455826)]
    [InlineData("l'Ukraine d’abord, aujourd'hui ' ,'' 42 ans", "fr", 0.799270, "ca", 0.424686)]
    [InlineData("buenos dias amigo", "es", 0.785592, "pt", 0.773551)]
    public void The_port_scores_a_text_as_the_original_library_does(string text, string first, double firstScore, string second, double secondScore)
    {
        var ranked = new List<(string Code, double Score)>();
        Span<int> scores = stackalloc int[EldModel.MaxLanguages];
        foreach (var language in eld.Rank(text, scores))
        {
            ranked.Add(language);
        }

        Assert.Equal(first, ranked[0].Code);
        Assert.Equal(firstScore, Math.Round(ranked[0].Score, 6), 6);
        Assert.Equal(second, ranked[1].Code);
        Assert.Equal(secondScore.ToString("0.000000", CultureInfo.InvariantCulture), ranked[1].Score.ToString("0.000000", CultureInfo.InvariantCulture));
    }
}
