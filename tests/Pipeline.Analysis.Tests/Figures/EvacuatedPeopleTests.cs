using Pipeline.Analysis.Figures;
using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>
/// People evacuated are displaced, as the guidelines' category table says (tools/news-set/README.md: "displaced people,
/// evacuated people, people in shelters"; the tenth set's "more than a half-million people" evacuated, the twelfth set's
/// "32 autres personnes … évacuées"), whatever noun counts them; a household is people living together and meets the same
/// fates. A casualty said of the people stays theirs when they are evacuated: wounded people taken to hospital are wounded.
/// Each row was written by hand from the guidelines.
/// </summary>
public sealed class EvacuatedPeopleTests
{
    private static readonly FigureExtractor Extractor = new();

    [Theory]
    [InlineData("en", "Officials said 3 people were evacuated.", "3 people", "people")]
    [InlineData("en", "Three people, including a child, were evacuated.", "Three people", "people")]
    [InlineData("en", "About 12,000 residents were evacuated on Monday.", "About 12,000 residents", "residents")]
    [InlineData("en", "More than 500 people have been evacuated from the valley.", "More than 500 people", "people")]
    [InlineData("en", "Some 2,000 families had been evacuated by nightfall.", "Some 2,000 families", "families")]
    [InlineData("en", "The storm left three displaced families in the valley.", "three displaced families", "families")]
    [InlineData("en", "About 40 households were displaced by the flood.", "About 40 households", "households")]
    [InlineData("fr", "Selon la police, 3 personnes ont été évacuées.", "3 personnes", "personnes")]
    [InlineData("fr", "Environ 12 000 personnes ont été évacuées dimanche.", "Environ 12 000 personnes", "personnes")]
    [InlineData("fr", "Au total, 300 habitants ont dû être évacués.", "300 habitants", "habitants")]
    [InlineData("fr", "Au total, 200 résidents ont été évacués de l'immeuble.", "200 résidents", "résidents")]
    [InlineData("fr", "Au total, 300 familles ont été évacuées.", "300 familles", "familles")]
    [InlineData("fr", "Quelque 120 ménages sont déplacés après les inondations.", "Quelque 120 ménages", "ménages")]
    public void People_evacuated_are_displaced(string language, string text, string span, string counted)
    {
        var figure = Assert.Single(Extractor.Extract(text, language));

        Assert.Equal((span, counted, FigureCategory.Displaced), (figure.Text, figure.Counted?.Text, figure.Category));
    }

    [Theory]
    [InlineData("en", "Three people were killed and 40 were evacuated.", "40")]
    [InlineData("fr", "Deux personnes sont mortes et 40 ont été évacuées.", "40")]
    public void People_counted_again_and_evacuated_are_displaced(string language, string text, string number)
    {
        var figure = Assert.Single(Extractor.Extract(text, language), f => f.Text == number);

        Assert.Equal(FigureCategory.Displaced, figure.Category);
    }

    [Theory]
    [InlineData("en", "Five injured people were evacuated to the hospital.", "Five injured people", "wounded")]
    [InlineData("en", "Twelve wounded soldiers were evacuated by helicopter.", "Twelve wounded soldiers", "wounded")]
    [InlineData("fr", "Selon la préfecture, 12 blessés ont été évacués vers l'hôpital.", "12 blessés", "wounded")]
    [InlineData("fr", "Trois soldats blessés ont été évacués par hélicoptère.", "Trois soldats", "wounded")]
    public void Casualties_evacuated_stay_casualties(string language, string text, string span, string unit)
    {
        var figure = Assert.Single(Extractor.Extract(text, language));

        Assert.Equal((span, unit, FigureCategory.Casualties), (figure.Text, figure.Unit, figure.Category));
    }

    [Theory]
    [InlineData("en", "The town has 3,000 families and 1,200 households.", "3,000 families")]
    [InlineData("en", "Officials said 300 people were questioned.", "300 people")]
    [InlineData("fr", "La commune compte 3 000 familles et 1 200 ménages.", "3 000 familles")]
    [InlineData("fr", "Selon la police, 300 personnes ont été interrogées.", "300 personnes")]
    public void People_with_no_fate_stay_counted(string language, string text, string span)
    {
        var figure = Assert.Single(Extractor.Extract(text, language), f => f.Text == span);

        Assert.Equal(FigureCategory.Count, figure.Category);
    }
}
