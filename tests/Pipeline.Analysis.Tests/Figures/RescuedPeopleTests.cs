using Pipeline.Analysis.Figures;
using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>
/// People rescued are people (the tenth set: "39 people were rescued" is `people`): counted again after a toll, they take
/// none of its casualties ("15 marins sont portés disparus… Quinze autres sont secourus" are no missing sailors), and people
/// counted with a sense of their own keep it. Each row was written by hand from the guidelines.
/// </summary>
public sealed class RescuedPeopleTests
{
    private static readonly FigureExtractor Extractor = new();

    [Theory]
    [InlineData("en", "Three people were killed and 40 were rescued.", "40")]
    [InlineData("en", "Officials said 15 sailors are missing and 15 were rescued.", "15")]
    [InlineData("fr", "Deux personnes sont mortes et 40 ont été secourues.", "40")]
    [InlineData("fr", "Au total, 15 marins sont portés disparus après le naufrage. Quinze autres sont secourus par les garde-côtes.", "Quinze")]
    public void People_rescued_after_a_toll_are_people(string language, string text, string span)
    {
        var figure = Extractor.Extract(text, language).Last(f => f.Text == span);

        Assert.Equal(("person", FigureCategory.Count), (figure.Unit, figure.Category));
    }

    [Theory]
    [InlineData("en", "Three people were killed and 40 were injured.", "40", "wounded")]
    [InlineData("fr", "Au total, 15 marins sont portés disparus. Quinze autres sont blessés.", "Quinze", "wounded")]
    [InlineData("fr", "Selon la préfecture, 40 marins ont été secourus lundi.", "40 marins", "sailor")]
    [InlineData("en", "Officials said 39 people were rescued.", "39 people", "person")]
    public void Other_fates_and_senses_stay(string language, string text, string span, string unit)
    {
        var figure = Extractor.Extract(text, language).Last(f => f.Text.StartsWith(span, StringComparison.Ordinal));

        Assert.Equal(unit, figure.Unit);
    }
}
