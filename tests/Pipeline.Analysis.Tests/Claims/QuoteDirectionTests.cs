using Pipeline.Analysis.Claims;
using Xunit;

namespace Pipeline.Analysis.Tests.Claims;

/// <summary>An opening quote mark typed where a closing one goes (glued to the word before it, apart from what follows)
/// closes the quotation, so the speaker after it speaks for it.</summary>
public sealed class QuoteDirectionTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    [Theory]
    [InlineData("« C'est une attaque. Ils sont arrivés à une quarantaine de personnes. Ils ont tiré sur les tentes« , a indiqué M. Dah.", "une quarantaine de personnes", "M. Dah")]
    [InlineData("« C'est une attaque. Ils sont arrivés à une quarantaine de personnes. Ils ont tiré sur les tentes », a indiqué M. Dah.", "une quarantaine de personnes", "M. Dah")]
    [InlineData("« C'est une attaque. Ils ont tiré sur 12 véhicules. Le bilan est lourd« , a déclaré le préfet.", "12 véhicules", "le préfet")]
    public void A_mistyped_closing_mark_closes_the_quotation(string text, string figureText, string source)
    {
        var claim = Assert.Single(Analyzer.Analyze(text, "fr", null).Claims, c => c.Figure.Text.StartsWith(figureText, StringComparison.Ordinal));

        Assert.Equal(source, claim.Source);
    }

    [Fact]
    public void An_opening_mark_glued_to_the_word_after_it_still_opens()
    {
        var claim = Assert.Single(Analyzer.Analyze("Le préfet a parlé d'une «opération» qui a fait 12 morts, selon la police.", "fr", null).Claims, c => c.Figure.Text.StartsWith("12", StringComparison.Ordinal));

        Assert.Equal("la police", claim.Source);
    }

    [Theory]
    [InlineData("fr", "Le ministre a déclaré : « Nous avons perdu 12 soldats. Les combats ont été durs.\n\n« Nous avons aussi détruit 3 chars. »", "3 chars", "Le ministre")]
    [InlineData("fr", "Le préfet a prévenu : « Le bilan est lourd. Nous comptons 40 blessés.\n\n« Et 7 maisons sont détruites. »", "7 maisons", "Le préfet")]
    [InlineData("en", "The report states: “Attendance fell this year.\n\n“Some 18 countries reported a change of less than five per cent.”", "Some 18 countries", "The report")]
    [InlineData("en", "Smith said: “We lost ground in the north.\n\n“We also lost 40 vehicles.\n\n“And 12 drones.”", "12 drones", "Smith")]
    public void A_paragraph_opening_on_a_quotation_mark_after_an_open_quotation_goes_on_with_its_speaker(string language, string text, string figureText, string source)
    {
        var claim = Assert.Single(Analyzer.Analyze(text, language, null).Claims, c => c.Figure.Text.StartsWith(figureText, StringComparison.Ordinal));

        Assert.Equal(source, claim.Source);
        Assert.Equal(ClaimModality.Reported, claim.Modality);
    }

    [Theory]
    [InlineData("The ministry states that 40 people died in the floods.", "40 people", "The ministry")]
    [InlineData("The report states: “Attendance was down one per cent this year.”", "one per cent", "The report")]
    [InlineData("The EU member states agreed to send 300 tanks.", "300 tanks", null)]
    public void States_reports_only_before_what_it_states(string text, string figureText, string? source)
    {
        var claim = Assert.Single(Analyzer.Analyze(text, "en", null).Claims, c => c.Figure.Text.StartsWith(figureText, StringComparison.Ordinal));

        Assert.Equal(source, claim.Source);
    }
}
