using Pipeline.Analysis.Claims;
using Xunit;

namespace Pipeline.Analysis.Tests.Claims;

/// <summary>
/// A name after a preposition is a complement of its clause, not who the figure belongs to, unless it owns the noun that
/// opens the clause ("le budget de la France") or receives what is given ("à la Russie").
/// </summary>
public sealed class ComplementSubjectTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    private static Claim ClaimFor(string language, string text, string figureText) =>
        Assert.Single(Analyzer.Analyze(text, language, null).Claims, c => c.Figure.Text == figureText);

    [Theory]
    [InlineData("en", "Rescuers worked with the Red Cross to feed 2,000 families.", "2,000 families", null)]
    [InlineData("en", "The team played against Brazil before 60,000 fans.", "60,000 fans", null)]
    [InlineData("fr", "Le match s'est joué contre la Belgique devant 40.000 spectateurs.", "40.000 spectateurs", null)]
    [InlineData("fr", "L'équipe a joué contre le Brésil devant 60.000 spectateurs.", "60.000 spectateurs", null)]
    [InlineData("en", "Militants attacked a post in the Kurram area, and the fight went on for two hours.", "two hours", null)]
    [InlineData("en", "Gunmen stormed a school in the Swat valley, and the standoff lasted 12 hours.", "12 hours", null)]
    [InlineData("fr", "Des hommes armés ont attaqué une école à Bamako, et le siège a duré 12 heures.", "12 heures", null)]
    [InlineData("en", "The index of the Federal Reserve Bank rose 3 percent.", "3 percent", "Federal Reserve Bank")]
    [InlineData("fr", "Le budget de la France atteindra 500 milliards d'euros.", "500 milliards d'euros", "France")]
    public void A_name_after_a_preposition_holds_no_figure_unless_it_owns_the_clause_subject(string language, string text, string figureText, string? subject)
    {
        var found = ClaimFor(language, text, figureText).Subject;
        if (subject is null)
        {
            Assert.Null(found);
        }
        else
        {
            Assert.Contains(subject, found);
        }
    }

    [Theory]
    [InlineData("en", "The accident occurred in Nitranske Hrnciarovce, about 100 kilometers east of the capital.", "about 100 kilometers", null)]
    [InlineData("fr", "L'accident s'est produit à Nitranske Hrnciarovce, à environ 100 kilomètres de la capitale.", "environ 100 kilomètres", null)]
    [InlineData("en", "Floods in Sierra Leone displaced 3,000 people.", "3,000 people", null)]
    [InlineData("fr", "Les inondations en Sierra Leone ont déplacé 3 000 personnes.", "3 000 personnes", null)]
    [InlineData("en", "Heavy rain in Port Moresby destroyed 40 homes.", "40 homes", null)]
    [InlineData("fr", "Les pluies à Saint Leu ont détruit 40 maisons.", "40 maisons", null)]
    [InlineData("en", "In Sierra Leone, the Red Cross fed 2,000 families.", "2,000 families", "Red Cross")]
    [InlineData("fr", "En Sierra Leone, la Croix-Rouge a nourri 2 000 familles.", "2 000 familles", "Croix-Rouge")]
    [InlineData("fr", "Quant à Soumaïla Cissé, il a recueilli 17,80 % des voix.", "17,80 %", "Soumaïla Cissé")]
    [InlineData("fr", "Quant au Parti libéral, il obtient 11 % des voix.", "11 %", "Parti")]
    public void A_place_of_several_words_after_a_place_word_is_where_not_who_but_quant_a_introduces_no_place(string language, string text, string figureText, string? subject)
    {
        var found = ClaimFor(language, text, figureText).Subject;
        if (subject is null)
        {
            Assert.Null(found);
        }
        else
        {
            Assert.Contains(subject, found);
        }
    }
}
