using Xunit;

namespace Pipeline.Analysis.Tests.Claims;

/// <summary>Phrases that hold their own pronoun ("à l'en croire", "by his account") stand for the speaker named before, as
/// "selon lui" does; "à en croire X" introduces X as "selon X" does.</summary>
public sealed class SpeakerPhraseTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    [Theory]
    [InlineData("fr", "Le préfet Marc Dubois a parlé mardi. À l'en croire, 40 soldats sont morts.", "40 soldats", "Le préfet Marc Dubois")]
    [InlineData("fr", "Le FMI a publié son rapport. A l’en croire, 40 pays sont en récession.", "40 pays", "Le FMI")]
    [InlineData("en", "The Red Cross spoke on Monday. By its own account, 40 volunteers were hurt.", "40 volunteers", "The Red Cross")]
    [InlineData("fr", "À en croire le ministère, 40 soldats sont morts.", "40 soldats", "le ministère")]
    public void A_phrase_holding_its_pronoun_stands_for_the_speaker_named_before(string language, string text, string figureText, string source)
    {
        var claim = Assert.Single(Analyzer.Analyze(text, language, null).Claims, c => c.Figure.Text == figureText);

        Assert.Equal(source, claim.Source);
    }

    [Fact]
    public void With_no_speaker_before_the_phrase_names_nobody_rather_than_the_words_after_it()
    {
        var claim = Assert.Single(Analyzer.Analyze("À l'en croire, l'inflation atteindra 4 % en 2024.", "fr", null).Claims, c => c.Figure.Text == "4 %");

        Assert.Null(claim.Source);
    }
}
