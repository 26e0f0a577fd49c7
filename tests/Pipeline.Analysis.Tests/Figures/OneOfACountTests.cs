using Pipeline.Analysis.Figures;
using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>
/// After a count in its sentence, a weak numeral ("one", "un", "une") that opens a part of that count ("dont une personne
/// morale", "including one by the minister", "parmi lesquels un enfant") or is shared out ("one each", "un pour chacun")
/// is the number one, not an article; "one of", "un des" stay the partitive idiom, and with no count before it nothing
/// changes. Sentences written for these tests.
/// </summary>
public sealed class OneOfACountTests
{
    private static readonly FigureExtractor Extractor = new();

    [Theory]
    [InlineData("fr", "Trois prévenus, dont une personne morale, ont été jugés.", "une personne")]
    [InlineData("fr", "Sept blessés, parmi lesquels un enfant, ont été hospitalisés.", "un enfant")]
    [InlineData("fr", "Ils ont reçu dix lettres, dont une du ministre.", "une")]
    [InlineData("fr", "Les cinq sièges restants : deux pour l'ADDI et un pour chacun des partis suivants.", "un")]
    [InlineData("en", "At least seven review meetings were held, including one by the health minister.", "one")]
    [InlineData("en", "Karnataka reported five deaths, followed by Tamil Nadu two and Gujarat and Kerala one each.", "one")]
    [InlineData("en", "Germany sent six tanks, Poland five and Norway one apiece.", "one")]
    public void A_weak_numeral_that_opens_a_part_of_a_count_or_shares_it_out_is_the_number_one(string language, string text, string span)
    {
        var figures = Extractor.Extract(text, language);

        var one = Assert.Single(figures, f => f.Text == span && f.Start > figures[0].Start);
        Assert.Equal(1.0, one.Value);
    }

    [Theory]
    [InlineData("fr", "Trois personnes sont mortes, dont un des secouristes.")]
    [InlineData("fr", "Le ministre, dont un conseiller a parlé, est parti.")]
    [InlineData("en", "Three people died, including one of the nurses.")]
    [InlineData("en", "The ministry, including a spokesman, declined to comment.")]
    public void The_partitive_or_a_part_of_no_count_is_no_figure_of_one(string language, string text)
    {
        Assert.DoesNotContain(Extractor.Extract(text, language), f => f.Value == 1);
    }
}
