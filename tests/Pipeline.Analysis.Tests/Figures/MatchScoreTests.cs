using Pipeline.Analysis.Figures;
using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>
/// "Le Real Madrid s'est imposé 3-1", "the Celtics' 120-117 victory": two bare numbers joined by a dash in a sentence that
/// names a match or its result are the match's score, a result named rather than a quantity counted (the guidelines' non-figure
/// of kind score), so neither a figure, a range nor a minus sign; a unit or a counted noun after them keeps them a range.
/// </summary>
public sealed class MatchScoreTests
{
    private static readonly FigureExtractor Extractor = new();

    [Theory]
    [InlineData("en", "The Celtics won 120-117 over the Cavaliers.")]
    [InlineData("en", "The Thunder extended their streak with a 117-107 victory.")]
    [InlineData("en", "Boston secured a 122-110 win over Memphis.")]
    [InlineData("en", "The hosts beat Egypt 3-1 to reach the final.")]
    [InlineData("en", "Juventus vs PSV, 0-3")]
    [InlineData("fr", "Le Real Madrid s'est imposé 3-1 face à Stuttgart.")]
    [InlineData("fr", "Le Bayern a écrasé le Dinamo Zagreb sur le score de 9-2.")]
    [InlineData("fr", "Rüdiger a marqué de la tête sur un corner de Modric (83e, 2-1).")]
    [InlineData("fr", "Young Boys vs Aston Villa, 0-3")]
    [InlineData("fr", "Lens l'a emporté 4-1 dimanche soir.")]
    [InlineData("fr", "Vendredi soir, Monaco et Lyon se sont neutralisés (1-1).")]
    [InlineData("fr", "Rennes et Nice se sont neutralisés (0-0) samedi.")]
    public void A_score_is_no_figure(string language, string text)
    {
        Assert.Empty(Extractor.Extract(text, language));
    }

    [Theory]
    [InlineData("en", "Haaland scored 4 goals as City won 6-2.", "4 goals")]
    [InlineData("fr", "Harry Kane a inscrit quatre buts lors de la victoire 9-2.", "quatre buts")]
    public void A_count_beside_a_score_stays_a_figure(string language, string text, string span)
    {
        var figure = Assert.Single(Extractor.Extract(text, language));

        Assert.Equal(span, figure.Text);
    }

    [Theory]
    [InlineData("en", "The party won 53-55 seats in the vote.", 53, 55)]
    [InlineData("en", "Ticket prices rose 5-8% after the match.", 5, 8)]
    [InlineData("en", "The team lost 2-3 players to injury.", 2, 3)]
    [InlineData("fr", "Le parti obtiendrait 20-25 sièges.", 20, 25)]
    [InlineData("fr", "Le match a attiré 3-4 millions de téléspectateurs.", 3000000, 4000000)]
    [InlineData("fr", "Le but de la réforme est de réduire les dépenses de 10-15 %.", 10, 15)]
    public void Numbers_before_a_unit_or_a_count_stay_a_range(string language, string text, double low, double high)
    {
        var figure = Assert.Single(Extractor.Extract(text, language));

        Assert.Equal((low, high), (figure.Low!.Value, figure.High!.Value));
    }
}
