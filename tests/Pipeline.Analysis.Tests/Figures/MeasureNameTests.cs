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

    [Theory]
    [InlineData("en", "An aftershock measuring 5.2 shook the coast an hour later.", "5.2")]
    [InlineData("en", "The quake, measuring 6.4, toppled dozens of homes.", "6.4")]
    [InlineData("en", "A second tremor registering 4.8 followed on Tuesday.", "4.8")]
    [InlineData("en", "The earthquake measured 7.1 according to the survey.", "7.1")]
    [InlineData("fr", "Une réplique de 5,2 a secoué la côte une heure plus tard.", "5,2")]
    [InlineData("fr", "Un séisme mesurant 6,4 a détruit des dizaines de maisons.", "6,4")]
    [InlineData("fr", "Une secousse d'une force de 4,8 a suivi mardi.", "4,8")]
    public void A_bare_number_measuring_a_seismic_event_is_its_magnitude(string language, string text, string number)
    {
        var figure = Assert.Single(Extractor.Extract(text, language), f => f.Start == text.IndexOf(number, StringComparison.Ordinal));

        Assert.Equal(number, figure.Text);
        Assert.Equal("magnitude", figure.Counted?.Lemma);
    }

    [Theory]
    [InlineData("en", "The quake killed 300 people in the valley.", "300", "people")]
    [InlineData("fr", "Le séisme a fait 300 morts dans la vallée.", "300", "mort")]
    public void A_count_after_a_seismic_event_keeps_its_own_noun(string language, string text, string number, string lemma)
    {
        var figure = Assert.Single(Extractor.Extract(text, language), f => f.Start == text.IndexOf(number, StringComparison.Ordinal));

        Assert.Equal(lemma, figure.Counted?.Lemma);
    }
}
