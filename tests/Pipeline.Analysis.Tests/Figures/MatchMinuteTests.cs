using Pipeline.Analysis.Figures;
using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>
/// "(90+5, 3-1)", "Lotomba (2-2, 90e+3)": the minute closing a period of play with the minutes added after it is a moment of
/// the match, never a figure nor an exponent ("90e+3" is no 90,000); a goal's minute beside a score in its brackets names the
/// match, so the score is no figure either.
/// </summary>
public sealed class MatchMinuteTests
{
    [Theory]
    [InlineData("en", "Salah scored in added time (90+5, 3-1) to seal the win.")]
    [InlineData("en", "Kane headed in at 45+2 for Bayern.")]
    [InlineData("en", "Son equalised deep into stoppage time (90+4').")]
    [InlineData("fr", "Les Niçois ont égalisé par Lotomba (2-2, 90e+3) dans le temps additionnel.")]
    [InlineData("fr", "Ndombele a marqué (90e+2) pour l'OL.")]
    [InlineData("fr", "Buts pour l'OL : Nicolaisen (csc, 28e) et Fofana (90e+5)")]
    [InlineData("fr", "Mbappé a égalisé juste avant la pause (45e+1, 1-1).")]
    [InlineData("fr", "Les Dogues ont renversé les Aiglons par André (2-1, 73e).")]
    [InlineData("fr", "Les Parisiens ont pris l'avantage par Soler (0-1, 7e) et Lee (0-2, 12e).")]
    public void Added_time_and_a_score_beside_a_minute_are_no_figures(string language, string text)
    {
        Assert.Empty(ArticleFigures.Of(text, language));
    }

    [Theory]
    [InlineData("en", "A sample held about 2e+6 cells.", 2e6)]
    [InlineData("en", "The probe counted 90e+3 particles per second.", 9e4)]
    [InlineData("fr", "L'échantillon comptait 12,5e+3 cellules.", 12500)]
    [InlineData("en", "The players ran 90 minutes without a break.", 90)]
    [InlineData("en", "Residents aged 90+ made up 3 percent of the town.", 3)]
    [InlineData("fr", "Le groupe compte 15 joueurs (+3 par rapport à l'an dernier).", 15)]
    public void An_exponent_a_count_or_a_change_stays_a_figure(string language, string text, double value)
    {
        Assert.Contains(ArticleFigures.Of(text, language), f => f.Value == value);
    }

    [Theory]
    [InlineData("en", "The rally attracted 2-1 odds (2-1, 5) among bookmakers.")]
    [InlineData("fr", "Le parti obtiendrait 20-25 sièges (20-25, 30e).")]
    public void A_count_after_numbers_or_a_minute_past_the_match_keeps_them(string language, string text)
    {
        Assert.NotEmpty(ArticleFigures.Of(text, language));
    }
}
