using Pipeline.Analysis.Claims;
using Xunit;

namespace Pipeline.Analysis.Tests.Claims;

/// <summary>
/// A share of a vote followed by whom it went to ("11 % des voix pour le PSD", "11% of the vote for the Liberal Party")
/// is that party's or candidate's, and so is a share coordinated after it ("et 9 % pour le FPR").
/// </summary>
public sealed class VoteRecipientSubjectTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    private static Claim ClaimFor(string language, string text, string figureText) =>
        Assert.Single(Analyzer.Analyze(text, language, null).Claims, c => c.Figure.Text == figureText);

    [Theory]
    [InlineData("en", "The results show 11% of the vote for the Liberal Party and 9% for the Social Democratic Party.", "11%", "Liberal Party")]
    [InlineData("en", "The results show 11% of the vote for the Liberal Party and 9% for the Social Democratic Party.", "9%", "Social Democratic Party")]
    [InlineData("en", "Official figures gave 52% of votes for Marine Le Pen.", "52%", "Marine Le Pen")]
    [InlineData("fr", "Ces résultats indiquent 11 % des voix pour le PSD et 9 % pour le FPR.", "11 %", "PSD")]
    [InlineData("fr", "Ces résultats indiquent 11 % des voix pour le PSD et 9 % pour le FPR.", "9 %", "FPR")]
    [InlineData("fr", "Le décompte donne 41 % des suffrages exprimés pour Marine Le Pen.", "41 %", "Marine Le Pen")]
    public void A_share_of_a_vote_is_whom_it_went_to(string language, string text, string figureText, string subject)
    {
        Assert.Equal(subject, ClaimFor(language, text, figureText).Subject);
    }

    [Theory]
    [InlineData("en", "Prices rose 4% for Apple customers.", "4%")]
    [InlineData("en", "The rate rose 3% for the UK.", "3%")]
    [InlineData("fr", "Le taux a progressé de 3 % pour la France.", "3 %")]
    [InlineData("fr", "Les prix ont augmenté de 4 % pour les clients d'Orange.", "4 %")]
    public void A_figure_that_is_no_share_of_a_vote_gives_nothing_to_whom_it_is_for(string language, string text, string figureText)
    {
        Assert.Null(ClaimFor(language, text, figureText).Subject);
    }
}
