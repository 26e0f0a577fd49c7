using Pipeline.Analysis.Figures;
using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>
/// An ordinal hyphened to the next word ("first-team", "third-party") describes what a number counts; a number before
/// an ordinal standing alone ("the 14 millionth visitor") or glued to it ("twenty-first") is still a rank.
/// </summary>
public sealed class OrdinalCompoundTests
{
    private static readonly FigureExtractor Extractor = new();

    [Theory]
    [InlineData("As many as 9 first-team regulars missed the cup tie.", "As many as 9 first-team regulars", null, 9.0)]
    [InlineData("The council hired 12 third-party contractors.", "12 third-party contractors", 12.0, 12.0)]
    public void A_number_before_an_ordinal_compound_counts_what_follows(string text, string span, double? low, double? high)
    {
        var figure = Assert.Single(Extractor.Extract(text, "en"));

        Assert.Equal((span, low, high), (figure.Text, figure.Low, figure.High));
    }

    [Theory]
    [InlineData("She became the 3 millionth visitor to the museum.")]
    [InlineData("It was a twenty-first-century problem.")]
    public void A_number_before_a_plain_ordinal_is_a_rank(string text)
    {
        Assert.Empty(Extractor.Extract(text, "en"));
    }

    [Theory]
    [InlineData("She is a third-year student at the academy.")]
    [InlineData("Workers restored a fifth-century church near the port.")]
    [InlineData("The club held its tenth-year reunion in May.")]
    public void An_ordinal_hyphened_to_a_unit_before_a_noun_is_a_rank_not_a_fraction(string text)
    {
        Assert.Empty(Extractor.Extract(text, "en"));
    }

    [Theory]
    [InlineData("The network aired a half-hour show on the strike.", 0.5, "hour")]
    [InlineData("He ended a quarter-century of rule.", 0.25, "century")]
    public void A_fraction_hyphened_to_a_unit_stays_a_fraction_of_it(string text, double value, string unit)
    {
        var figure = Assert.Single(Extractor.Extract(text, "en"));

        Assert.Equal((value, unit), (figure.Value!.Value, figure.Unit));
    }

    [Theory]
    [InlineData("fr", "Le vingt et unième siècle sera celui de l'Asie.")]
    [InlineData("fr", "Le vingt-et-unième jour du siège, la ville a capitulé.")]
    [InlineData("fr", "La France fête le soixante et onzième anniversaire de la libération.")]
    [InlineData("fr", "C'est la cent vingt-cinquième édition du tournoi.")]
    [InlineData("fr", "Il a joué son mille et unième match dimanche.")]
    [InlineData("en", "It is the one hundred and first edition of the race.")]
    [InlineData("en", "The town marks the hundred and twenty-fifth anniversary of the flood.")]
    [InlineData("en", "This is the two hundred and fortieth day of the strike.")]
    [InlineData("en", "It was the thousand and first night of the siege.")]
    public void Number_words_that_read_on_into_a_singular_ordinal_are_one_rank(string language, string text)
    {
        Assert.Empty(Extractor.Extract(text, language));
    }

    [Theory]
    [InlineData("fr", "Le vingt et unième jour, 40 soldats sont arrivés.", "40 soldats")]
    [InlineData("en", "On the hundred and first day, 40 soldiers arrived.", "40 soldiers")]
    public void A_rank_in_words_leaves_the_count_beside_it_alone(string language, string text, string span)
    {
        var figure = Assert.Single(Extractor.Extract(text, language));

        Assert.Equal(span, figure.Text);
    }
}
