using Pipeline.Analysis.Claims;
using Xunit;

namespace Pipeline.Analysis.Tests.Claims;

/// <summary>A title's or a month's period ("Dr. Chan", "Oct. 7") does not end the sentence, so what follows it still belongs to the figure's sentence.</summary>
public sealed class AbbreviationSentenceTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    private static Claim ClaimFor(string text, string language, string figureText) =>
        Assert.Single(Analyzer.Analyze(text, language, null).Claims, c => c.Figure.Text == figureText);

    [Theory]
    [InlineData("en", "\"The outbreak has killed 300 people in the province,\" said Dr. Anne Chan, who leads the health agency.", "300 people", "Anne Chan")]
    [InlineData("en", "About 1,200 troops crossed the border, Lt. Gen. Mark Reyes told reporters on Friday.", "About 1,200 troops", "Mark Reyes")]
    [InlineData("en", "Some 40 families lost their homes, Sen. Laura Diaz said in a statement.", "Some 40 families", "Laura Diaz")]
    [InlineData("fr", "« Nous avons soigné 85 blessés depuis mardi », a déclaré le Pr. Jean Durand, chef du service.", "85 blessés", "Jean Durand")]
    public void A_title_before_the_speakers_name_keeps_the_speaker_in_the_figures_sentence(string language, string text, string figureText, string speaker)
    {
        var claim = ClaimFor(text, language, figureText);

        Assert.Contains(speaker, claim.Source);
        Assert.Equal(ClaimModality.Reported, claim.Modality);
    }

    [Theory]
    [InlineData("The army said that since Oct. 7 some 250 people have been held hostage in Gaza.", "some 250 people", "The army")]
    [InlineData("According to the agency, between Jan. 5 and Feb. 20 about 3,400 refugees crossed into the country.", "about 3,400 refugees", "the agency")]
    public void A_months_period_before_a_day_does_not_cut_the_figure_from_its_source(string text, string figureText, string source)
    {
        var claim = ClaimFor(text, "en", figureText);

        Assert.Equal(source, claim.Source);
        Assert.Equal(ClaimModality.Reported, claim.Modality);
    }

    [Theory]
    [InlineData("Police said the blast came at 6:30 a.m. EST and that 40 people were hurt.", "40 people", "Police")]
    [InlineData("Firefighters said the fire started at 11 p.m. Saturday and that 17 homes burned.", "17 homes", "Firefighters")]
    [InlineData("Officials said voting ended at 8 p.m. local time, when 2,000 ballots were still uncounted.", "2,000 ballots", "Officials")]
    public void An_hours_period_before_a_day_or_a_time_zone_does_not_end_the_sentence(string text, string figureText, string source)
    {
        var claim = ClaimFor(text, "en", figureText);

        Assert.Equal(source, claim.Source);
        Assert.Equal(ClaimModality.Reported, claim.Modality);
    }

    [Fact]
    public void An_hours_period_before_another_capital_ends_the_sentence()
    {
        var claim = ClaimFor("The mayor spoke until 8 p.m. Rescuers then found 12 survivors.", "en", "12 survivors");

        Assert.StartsWith("Rescuers", claim.Sentence);
        Assert.Null(claim.Source);
    }
}
