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
}
