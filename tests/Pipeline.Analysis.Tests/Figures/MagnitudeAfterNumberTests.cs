using Pipeline.Analysis.Figures;
using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>
/// "a 7.8 magnitude earthquake and multiple aftershocks", "the 7.0 earthquake": a magnitude written after its number, or a
/// decimal before a seismic event, is the magnitude measured; the phrase the measure opens is no counted thing.
/// </summary>
public sealed class MagnitudeAfterNumberTests
{
    private static readonly FigureExtractor Extractor = new();

    [Theory]
    [InlineData("en", "The region was hit by a 7.8 magnitude earthquake and multiple aftershocks.", "7.8 magnitude", 7.8)]
    [InlineData("en", "A 6.4 magnitude earthquake and two tremors shook the coast.", "6.4 magnitude", 6.4)]
    [InlineData("en", "The 7.0 earthquake was followed by a magnitude 5.7 earthquake.", "7.0", 7.0)]
    [InlineData("en", "A 6.2 quake struck the island on Monday.", "6.2", 6.2)]
    [InlineData("en", "Officials said the 5.9 aftershock damaged 40 homes.", "5.9", 5.9)]
    public void A_magnitude_after_its_number_is_what_the_number_measures(string language, string text, string span, double value)
    {
        var figure = Assert.Single(Extractor.Extract(text, language), f => f.Text == span);

        Assert.Equal((value, "magnitude"), (figure.Value!.Value, figure.Counted?.Lemma));
    }

    [Theory]
    [InlineData("en", "The USGS has recorded over 19 earthquakes in the area.", "over 19 earthquakes", "earthquake")]
    [InlineData("en", "Three quakes struck the island on Monday.", "Three quakes", "quake")]
    [InlineData("fr", "Trois séismes ont frappé l'île lundi.", "Trois séismes", "séisme")]
    [InlineData("fr", "Plus de 4 000 répliques ont été enregistrées.", "Plus de 4 000 répliques", "réplique")]
    public void Seismic_events_counted_stay_counted(string language, string text, string span, string lemma)
    {
        var figure = Assert.Single(Extractor.Extract(text, language), f => f.Text == span);

        Assert.Equal(lemma, figure.Counted?.Lemma);
    }
}
