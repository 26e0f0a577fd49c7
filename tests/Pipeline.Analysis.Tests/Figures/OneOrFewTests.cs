using Pipeline.Analysis.Figures;
using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>
/// "a day or two", "another pick or two", "un siècle ou deux": an article, one noun, "or" and a small number state one
/// of the noun or that many, a range from one of the noun before the joiner (the guidelines' "from X to Y" bounds); a
/// number with a noun of its own after "or" is a count apart. The numeral one before "or"/"to" and a number is a range's
/// low end ("one or two ships", "une à trois semaines").
/// </summary>
public sealed class OneOrFewTests
{
    private static readonly FigureExtractor Extractor = new();

    [Theory]
    [InlineData("en", "The repairs added a day or two to the trip.", "a day or two", 2, "day")]
    [InlineData("en", "Talks may take a decade or two to settle it.", "a decade or two", 2, "decade")]
    [InlineData("fr", "Il faudra un siècle ou deux pour reconstruire la ville.", "un siècle ou deux", 2, "century")]
    [InlineData("fr", "Le dépouillement prendra une heure ou trois.", "une heure ou trois", 3, "hour")]
    [InlineData("en", "Prices may settle within a month or three.", "a month or three", 3, "month")]
    [InlineData("fr", "Il faudra une semaine ou deux pour rouvrir la route.", "une semaine ou deux", 2, "week")]
    public void A_unit_or_a_few_is_a_range_of_that_unit_from_one(string language, string text, string span, double high, string unit)
    {
        var figure = Assert.Single(Extractor.Extract(text, language));

        Assert.Equal((span, (double?)null, 1.0, high, unit), (figure.Text, figure.Value, figure.Low!.Value, figure.High!.Value, figure.Unit));
    }

    [Theory]
    [InlineData("en", "We will need another day or two to finish.", "another day or two", 2, "day")]
    [InlineData("en", "The storm may last another week or two.", "another week or two", 2, "week")]
    [InlineData("en", "Give the paint a day or 3 to dry.", "a day or 3", 3, "day")]
    [InlineData("fr", "Il faudra encore une semaine ou 2 pour finir.", "une semaine ou 2", 2, "week")]
    public void A_unit_opens_its_range_as_a_noun_does_after_another_and_before_digits(string language, string text, string span, double high, string unit)
    {
        var figure = Assert.Single(Extractor.Extract(text, language));

        Assert.Equal((span, (double?)null, 1.0, high, unit), (figure.Text, figure.Value, figure.Low!.Value, figure.High!.Value, figure.Unit));
    }

    [Theory]
    [InlineData("en", "One or two ships sank in the storm.", "One or two ships", 2, "ship")]
    [InlineData("en", "Repairs should take one to three weeks.", "one to three weeks", 3, "week")]
    [InlineData("fr", "Un ou deux navires ont coulé pendant la tempête.", "Un ou deux navires", 2, "navire")]
    [InlineData("fr", "Les réparations prendront une à trois semaines.", "une à trois semaines", 3, "week")]
    public void The_numeral_one_opening_a_range_is_its_low_end(string language, string text, string span, double high, string unit)
    {
        var figure = Assert.Single(Extractor.Extract(text, language));

        Assert.Equal((span, 1.0, high, unit), (figure.Text, figure.Low!.Value, figure.High!.Value, figure.Counted?.Lemma ?? figure.Unit));
    }

    [Theory]
    [InlineData("en", "The club hopes to add another striker or two before June.", "another striker or two", "striker")]
    [InlineData("en", "Each guest brought a bottle or two of wine.", "a bottle or two", "bottle")]
    [InlineData("fr", "Chaque famille a perdu une chèvre ou deux pendant la sécheresse.", "une chèvre ou deux", "chèvre")]
    public void A_noun_or_a_few_counts_the_noun_from_one(string language, string text, string span, string lemma)
    {
        var figure = Assert.Single(Extractor.Extract(text, language));

        Assert.Equal((span, 1.0, 2.0, lemma), (figure.Text, figure.Low!.Value, figure.High!.Value, figure.Counted?.Lemma));
    }

    [Theory]
    [InlineData("en", "A sergeant or two officers will lead the patrol.", 2, "officer")]
    [InlineData("fr", "Un sergent ou deux officiers dirigeront la patrouille.", 2, "officier")]
    public void A_number_with_its_own_noun_after_or_is_a_count_apart(string language, string text, double value, string lemma)
    {
        var figure = Assert.Single(Extractor.Extract(text, language), f => f.Value == value);

        Assert.Equal(lemma, figure.Counted?.Lemma);
    }
}
