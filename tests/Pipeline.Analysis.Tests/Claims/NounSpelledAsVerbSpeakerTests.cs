using Xunit;

namespace Pipeline.Analysis.Tests.Claims;

/// <summary>
/// "est" is a verb ("le bilan est passé à 30") and a noun ("l'est du pays", "le nord-est"): glued after an elided article
/// or a hyphen it is the noun, so a speaker named by a region of the east keeps its name and its verb.
/// </summary>
public sealed class NounSpelledAsVerbSpeakerTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    [Theory]
    [InlineData("Les autorités de l'est du pays ont annoncé 30 morts.", "30 morts", "Les autorités de l'est du pays")]
    [InlineData("Le gouverneur de l'est du pays a annoncé 32 morts.", "32 morts", "Le gouverneur de l'est du pays")]
    [InlineData("L'armée de l'est a annoncé 34 morts.", "34 morts", "L'armée de l'est")]
    [InlineData("Les autorités de l'est ont fait état de 12 blessés.", "12 blessés", "Les autorités de l'est")]
    [InlineData("Les autorités du nord-est du pays ont annoncé 31 morts.", "31 morts", "Les autorités du nord-est du pays")]
    [InlineData("Le commandement du sud-est a indiqué que 15 soldats avaient été tués.", "15 soldats", "Le commandement du sud-est")]
    public void A_region_of_the_east_stays_in_the_speakers_name(string text, string figure, string source)
    {
        var claim = Assert.Single(Analyzer.Analyze(text, "fr", null).Claims, c => c.Figure.Text.StartsWith(figure, StringComparison.Ordinal));

        Assert.Equal(source, claim.Source);
    }

    [Theory]
    [InlineData("Le bilan est passé à 40 morts, selon la préfecture.", "40 morts", "la préfecture")]
    [InlineData("Un bilan de 25 morts est annoncé par les secours.", "25 morts", "les secours")]
    public void The_verb_est_still_reads_as_a_verb(string text, string figure, string source)
    {
        var claim = Assert.Single(Analyzer.Analyze(text, "fr", null).Claims, c => c.Figure.Text.StartsWith(figure, StringComparison.Ordinal));

        Assert.Equal(source, claim.Source);
    }

    [Fact]
    public void A_passive_with_est_names_no_speaker_before_it()
    {
        var claim = Assert.Single(Analyzer.Analyze("Le chiffre de 18 morts est annoncé dans la soirée.", "fr", null).Claims, c => c.Figure.Text.StartsWith("18 morts", StringComparison.Ordinal));

        Assert.Null(claim.Source);
    }
}
