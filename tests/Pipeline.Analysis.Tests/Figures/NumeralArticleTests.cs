using Pipeline.Analysis.Figures;
using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>
/// A numeral that is no article counts before its unit ("one soldier", "one penny"); an article never does ("a soldier",
/// "un soldat", "un penny"), since news uses it for every noun.
/// </summary>
public sealed class NumeralArticleTests
{
    private static readonly FigureExtractor Extractor = new();

    [Theory]
    [InlineData("One soldier was killed and 12 were injured.", new[] { 1.0, 12 }, new[] { "killed", "wounded" })]
    [InlineData("Its shares slid to close one penny lower.", new[] { 1.0 }, new[] { "penny" })]
    [InlineData("The company withdrew its one-yen bid.", new[] { 1.0 }, new[] { "JPY" })]
    public void One_counts_before_its_unit(string text, double[] values, string[] units)
    {
        var figures = Extractor.Extract(text, "en");

        Assert.Equal(values, figures.Select(f => f.Value!.Value));
        Assert.Equal(units, figures.Select(f => f.Unit!));
    }

    [Theory]
    [InlineData("Un seul canon est hors d'usage.", "Un seul canon", "canon")]
    [InlineData("Une seule frappe a touché la centrale.", "Une seule frappe", "frappe")]
    public void Un_seul_counts_one(string text, string span, string lemma)
    {
        var figure = Assert.Single(Extractor.Extract(text, "fr"));

        Assert.Equal((span, 1.0, lemma), (figure.Text, figure.Value!.Value, figure.Counted?.Lemma));
    }

    [Theory]
    [InlineData("Il n'y a pas un seul soldat dans la ville.")]
    [InlineData("C'est un seul et même réseau.")]
    public void Un_seul_denied_or_as_one_and_the_same_counts_nothing(string text)
    {
        Assert.Empty(Extractor.Extract(text, "fr"));
    }

    [Theory]
    [InlineData("en", "A soldier was killed near the border.")]
    [InlineData("en", "He bought a gallon of fuel.")]
    [InlineData("en", "One of the soldiers was wounded.")]
    [InlineData("fr", "Un soldat a été tué près de la frontière.")]
    [InlineData("fr", "Ses actions ont clôturé à un penny.")]
    [InlineData("fr", "Une frappe a touché un immeuble.")]
    public void An_article_or_a_pronoun_counts_nothing(string language, string text)
    {
        Assert.Empty(Extractor.Extract(text, language));
    }

    [Theory]
    [InlineData("fr", "Le président a annoncé à la télévision un bilan de 912 morts et 5400 blessés.", new[] { "912 morts", "5400 blessés" })]
    [InlineData("fr", "L'agence affiche un bilan de plus de 1000 morts et 7000 blessés.", new[] { "plus de 1000 morts", "7000 blessés" })]
    [InlineData("fr", "Un bilan de 45 morts et 120 blessés a été donné par la préfecture.", new[] { "45 morts", "120 blessés" })]
    [InlineData("fr", "La police a dressé un bilan d'au moins 20 interpellations et 3 blessés.", new[] { "au moins 20 interpellations", "3 blessés" })]
    [InlineData("en", "The president announced a toll of 912 dead and 5,400 injured.", new[] { "912 dead", "5,400 injured" })]
    public void An_article_before_a_noun_governing_a_list_of_counts_counts_nothing(string language, string text, string[] spans)
    {
        Assert.Equal(spans, Extractor.Extract(text, language).Select(f => f.Text));
    }

    [Theory]
    [InlineData("fr", "Le convoi comptait un char, 12 camions et 40 soldats.", new[] { "un char", "12 camions", "40 soldats" })]
    [InlineData("fr", "Les frappes ont fait un mort et 12 blessés.", new[] { "un mort", "12 blessés" })]
    [InlineData("en", "The convoy had one tank, 12 trucks and 40 soldiers.", new[] { "one tank", "12 trucks", "40 soldiers" })]
    public void A_weak_numeral_listed_beside_counts_still_counts_one(string language, string text, string[] spans)
    {
        Assert.Equal(spans, Extractor.Extract(text, language).Select(f => f.Text));
    }
}
