using Pipeline.Analysis.Figures;
using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>"a magnitude 7.6 quake", "the magnitude-8.3 quake": a measure named before its number is what the number measures.</summary>
public sealed class MeasureNameTests
{
    private static readonly FigureExtractor Extractor = new();

    [Theory]
    [InlineData("en", "The magnitude 7.6 quake struck the mountains of Kashmir.", 7.6)]
    [InlineData("en", "A million people fled after the magnitude-8.3 quake struck Wednesday.", 8.3)]
    [InlineData("fr", "Un séisme de magnitude 7,0 a frappé mardi soir le Sichuan.", 7.0)]
    public void A_number_after_a_measure_name_measures_it(string language, string text, double value)
    {
        var figure = Assert.Single(Extractor.Extract(text, language), f => f.Value == value);

        Assert.Equal("magnitude", figure.Counted?.Lemma);
    }

    [Theory]
    [InlineData("The F-16 landed at dawn.")]
    [InlineData("Troops fired Hydra-70 rockets.")]
    public void A_number_hyphened_to_another_word_stays_a_designation(string text)
    {
        Assert.Empty(Extractor.Extract(text, "en"));
    }

    [Theory]
    [InlineData("en", "The quake measured 6.9 on the Richter scale.", 6.9)]
    [InlineData("fr", "La secousse a atteint 6,9 sur l'échelle de Richter.", 6.9)]
    [InlineData("en", "The quake measured 6.9 on the Richter scale.\nRescuers searched the rubble.", 6.9)]
    [InlineData("en", "The quake measured 6.9 on the Richter scale, officials said.", 6.9)]
    public void A_number_before_the_richter_scale_is_a_magnitude(string language, string text, double value)
    {
        var figure = Assert.Single(Extractor.Extract(text, language));

        Assert.Equal(value, figure.Value);
        Assert.Equal("magnitude", figure.Unit);
    }

    [Fact]
    public void A_range_may_name_its_measure_after_its_opener()
    {
        const string text = "Five major tremors, between magnitudes 6.4 and 7.0, have since rocked the region.";
        var range = Assert.Single(Extractor.Extract(text, "en"), f => f.Low == 6.4);

        Assert.Equal(7.0, range.High);
        Assert.Equal("magnitude", range.Counted?.Lemma);
        Assert.DoesNotContain(Extractor.Extract(text, "en"), f => f.Value == 7.0);
    }
}
