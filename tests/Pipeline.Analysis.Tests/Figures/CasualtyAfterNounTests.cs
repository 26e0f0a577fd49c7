using Pipeline.Analysis.Figures;
using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>
/// A casualty verb after the counted people makes them casualties, as one before them does ("killed three people"):
/// "3 personnes ont été blessées" counts the wounded, not people.
/// </summary>
public sealed class CasualtyAfterNounTests
{
    private static readonly FigureExtractor Extractor = new();

    [Theory]
    [InlineData("fr", "Selon la police, 3 personnes ont été blessées dans l'attaque.", "3 personnes", 3, "wounded")]
    [InlineData("fr", "Selon la police, 3 personnes ont été tuées dans l'attaque.", "3 personnes", 3, "killed")]
    [InlineData("fr", "Deux personnes sont mortes sur place.", "Deux personnes", 2, "killed")]
    [InlineData("fr", "Au total, 7 civils ont été grièvement blessés.", "7 civils", 7, "wounded")]
    [InlineData("fr", "Au total, 12 habitants ont perdu la vie.", "12 habitants", 12, "killed")]
    [InlineData("fr", "Au moins 40 soldats ont été faits prisonniers.", "Au moins 40 soldats", 40, "captured")]
    [InlineData("en", "Officials said 3 people were injured in the attack.", "3 people", 3, "wounded")]
    [InlineData("en", "Officials said 3 people were killed in the attack.", "3 people", 3, "killed")]
    [InlineData("en", "Officials said 5 civilians were seriously injured.", "5 civilians", 5, "wounded")]
    [InlineData("en", "At least 14 people lost their lives on Monday.", "At least 14 people", 14, "killed")]
    [InlineData("en", "Three people, including a child, were killed in the strike.", "Three people", 3, "killed")]
    [InlineData("en", "Twelve soldiers, the ministry said, were wounded.", "Twelve soldiers", 12, "wounded")]
    [InlineData("fr", "Trois personnes, dont un enfant, ont été tuées.", "Trois personnes", 3, "killed")]
    public void A_casualty_verb_after_the_people_makes_them_casualties(string language, string text, string span, double value, string unit)
    {
        // Besides the count, only the number one of a part of it ("dont un enfant") may be a figure.
        var figures = Extractor.Extract(text, language);
        var figure = Assert.Single(figures, f => f.Text == span);
        Assert.All(figures, f => Assert.True(f == figure || f.Value == 1, f.Text));

        Assert.Equal(span, figure.Text);
        Assert.Equal(value, figure.Value ?? figure.Low);
        Assert.Equal(unit, figure.Unit);
        Assert.Equal(FigureCategory.Casualties, figure.Category);
    }

    [Theory]
    [InlineData("en", "Doctors warned that thousands could die without fuel.", "thousands", 1000)]
    [InlineData("en", "After the storm, hundreds were feared dead.", "hundreds", 100)]
    [InlineData("fr", "Des milliers pourraient mourir cet hiver, selon l'ONU.", "Des milliers", 1000)]
    public void A_bare_count_that_dies_is_people_killed(string language, string text, string span, double low)
    {
        var figure = Assert.Single(Extractor.Extract(text, language));

        Assert.Equal((span, low, "killed", FigureCategory.Casualties), (figure.Text[..span.Length], figure.Low!.Value, figure.Unit, figure.Category));
    }

    [Theory]
    [InlineData("en", "Organisers said thousands could vote by mail.")]
    [InlineData("fr", "Des milliers pourraient voter par correspondance.")]
    public void A_bare_count_with_another_fate_counts_no_casualties(string language, string text)
    {
        var figure = Assert.Single(Extractor.Extract(text, language));

        Assert.NotEqual(FigureCategory.Casualties, figure.Category);
    }

    [Theory]
    [InlineData("fr", "Selon la police, 3 personnes ont été interrogées.", "person")]
    [InlineData("fr", "Au total, 200 habitants sont restés sur place.", "inhabitant")]
    [InlineData("en", "Officials said 3 people were questioned.", "person")]
    [InlineData("en", "Three people, including a child, were questioned.", "person")]
    public void People_without_a_casualty_verb_stay_people(string language, string text, string unit)
    {
        var figure = Assert.Single(Extractor.Extract(text, language));

        Assert.Equal(unit, figure.Unit);
        Assert.Equal(FigureCategory.Count, figure.Category);
    }
}
