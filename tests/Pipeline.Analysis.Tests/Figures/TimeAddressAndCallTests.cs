using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>
/// Numbers that state no quantity: a French clock time ("à 14 h 30", "18h00", "vers 21 h"), an address's number before
/// a comma ("au 10, rue de la Paix"), a year with a footnote call glued after its full stop ("in 2023.1 Analysts"); beside
/// them, the quantities of the same shapes stay figures; a house number or a range of them before a street ("16-18 Harbour
/// Avenue"). Sentences written for these tests.
/// </summary>
public sealed class TimeAddressAndCallTests
{
    [Theory]
    [InlineData("fr", "La réunion s'est ouverte à 14 h 30 au siège.")]
    [InlineData("fr", "Le vote s'est achevé à 18h00 et le dépouillement vers 21 h.")]
    [InlineData("fr", "Les départements sont en vigilance orange depuis dimanche 22 h.")]
    [InlineData("fr", "La circulation reprendra lundi 6 h sur l'autoroute.")]
    [InlineData("fr", "Le dernier train partira vendredi 23 h de la gare.")]
    [InlineData("fr", "Le siège du parti est au 10, rue de la Paix.")]
    [InlineData("en", "Prices rose sharply in 2023.1 Analysts expect more.")]
    public void A_time_an_address_or_a_year_with_its_call_is_no_figure(string language, string text)
    {
        Assert.Empty(ArticleFigures.Of(text, language));
    }

    [Theory]
    [InlineData("en", "A bakery at 16-18 Harbour Avenue has leased the ground floor.")]
    [InlineData("en", "Offices at 221-223 Baker Street were sold last week.")]
    [InlineData("en", "A shop at 40 Mill Road has closed.")]
    [InlineData("fr", "Les bureaux du 12-14 rue de la Paix sont vendus.")]
    public void A_house_number_or_a_range_of_them_before_a_street_is_no_figure(string language, string text)
    {
        Assert.Empty(ArticleFigures.Of(text, language));
    }

    [Theory]
    [InlineData("fr", "Le feu a été maîtrisé en 24 h par 300 pompiers.", 300)]
    [InlineData("en", "The index stood at 2023.5 in May.", 2023.5)]
    [InlineData("fr", "Il a plu pendant 12 h sur la ville.", 12)]
    [InlineData("fr", "Dimanche, 40 h de travaux ont suffi.", 40)]
    public void A_quantity_of_the_same_shape_stays_a_figure(string language, string text, double value)
    {
        Assert.Contains(ArticleFigures.Of(text, language), f => f.Value == value);
    }
}
