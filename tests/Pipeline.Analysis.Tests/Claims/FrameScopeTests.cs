using Pipeline.Analysis.Claims;
using Xunit;

namespace Pipeline.Analysis.Tests.Claims;

/// <summary>How far an attribution reaches: past an aside about the speaker, not into a clause the article adds after it.</summary>
public sealed class FrameScopeTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    private static Claim ClaimFor(string language, string text, string figureText) =>
        Assert.Single(Analyzer.Analyze(text, language, null).Claims, c => c.Figure.Text == figureText);

    [Theory]
    [InlineData("en", "\"The toll may change,\" said Smith, as rescuers found 40 more bodies.", "40 more bodies", null)]
    [InlineData("en", "\"The toll may change,\" Smith said, as rescuers found 40 more bodies.", "40 more bodies", null)]
    [InlineData("en", "\"The toll may change,\" said Smith, adding that 40 more bodies were found.", "40 more bodies", "Smith")]
    [InlineData("fr", "« Le bilan peut changer », a insisté Paul Dubois alors que l'attentat s'était produit environ 45 minutes plus tôt.", "environ 45 minutes", null)]
    [InlineData("fr", "« Le bilan peut changer », a insisté Paul Dubois, alors que 40 personnes sont portées disparues.", "40 personnes", null)]
    [InlineData("fr", "L'attaque a été revendiquée, a confirmé le porte-parole Paul Dubois, évoquant 40 morts.", "40 morts", "le porte-parole Paul Dubois")]
    [InlineData("fr", "Le bilan est lourd, a précisé la préfecture : 40 morts et 12 blessés.", "40 morts", "la préfecture")]
    public void A_speaker_set_in_after_what_was_said_does_not_reach_a_clause_the_article_opens_after_it(string language, string text, string figureText, string? source)
    {
        Assert.Equal(source, ClaimFor(language, text, figureText).Source);
    }

    [Theory]
    [InlineData("The agency, which has 40 staff in the area, said 200 families were displaced.", "200 families", "The agency")]
    [InlineData("The agency, which has 40 staff in the area, said 200 families were displaced.", "40 staff", null)]
    public void A_relative_aside_with_a_figure_stands_between_the_speaker_and_its_verb(string text, string figureText, string? source)
    {
        Assert.Equal(source, ClaimFor("en", text, figureText).Source);
    }

    [Theory]
    [InlineData("Selon le ministre de la Santé, Manaouda Malachie, 120 personnes sont mortes.", "120 personnes", "Manaouda Malachie")]
    [InlineData("Selon le porte-parole de l'armée, le colonel Souleymane Dembélé, 40 terroristes ont été tués.", "40 terroristes", "Souleymane Dembélé")]
    public void A_name_set_after_the_role_an_introducer_names_is_the_source(string text, string figureText, string source)
    {
        Assert.Contains(source, ClaimFor("fr", text, figureText).Source, StringComparison.Ordinal);
    }

    [Fact]
    public void The_subject_after_an_introduced_source_is_no_apposed_name()
    {
        Assert.Equal("le ministère", ClaimFor("fr", "Selon le ministère, Paul Koné a obtenu 55 % des voix.", "55 %").Source);
    }
}
