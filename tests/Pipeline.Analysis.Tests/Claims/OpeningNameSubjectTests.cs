using Pipeline.Analysis.Claims;
using Xunit;

namespace Pipeline.Analysis.Tests.Claims;

/// <summary>
/// A capitalised word opening a sentence is capitalised for its own sake, unless no word list knows it as a common word
/// and the holder's own verb follows it: then it names who acts ("Cadbury cut 580 jobs", "Alstom a supprimé 1 200
/// postes"), and the figure is that name's.
/// </summary>
public sealed class OpeningNameSubjectTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    private static Claim ClaimFor(string language, string text, string figureText) =>
        Assert.Single(Analyzer.Analyze(text, language, null).Claims, c => c.Figure.Text == figureText);

    [Theory]
    [InlineData("en", "Cadbury cut 580 jobs on Tuesday.", "580 jobs", "Cadbury")]
    [InlineData("en", "Dexia lost 3% on Monday.", "3%", "Dexia")]
    [InlineData("en", "Alstom has cut 1,200 jobs in France.", "1,200 jobs", "Alstom")]
    [InlineData("en", "Nokia shares fell 4% in late trading.", "4%", "Nokia")]
    [InlineData("en", "Danone slashed 900 jobs last year.", "900 jobs", "Danone")]
    [InlineData("en", "Estee Lauder will cut 2,000 jobs over two years.", "2,000 jobs", "Estee Lauder")]
    [InlineData("fr", "Alstom a supprimé 1 200 postes en France.", "1 200 postes", "Alstom")]
    [InlineData("fr", "Dexia a perdu 3 % lundi.", "3 %", "Dexia")]
    [InlineData("fr", "Danone va supprimer 900 postes.", "900 postes", "Danone")]
    [InlineData("fr", "Cadbury recule de 3,6 % à Londres.", "3,6 %", "Cadbury")]
    [InlineData("fr", "Pastef remporte 130 sièges sur 165.", "130 sièges", "Pastef")]
    [InlineData("fr", "Quant à Soumaïla Cissé, il a recueilli 17,80 % des voix.", "17,80 %", "Soumaïla Cissé")]
    public void A_name_the_word_lists_do_not_know_opening_the_sentence_before_its_verb_holds_the_figure(
        string language, string text, string figureText, string subject)
    {
        Assert.Equal(subject, ClaimFor(language, text, figureText).Subject);
    }

    [Theory]
    [InlineData("en", "Meanwhile Brent crude gained 2% on Monday.", "2%")]
    [InlineData("en", "However prices fell 3% on Monday.", "3%")]
    [InlineData("en", "Headline inflation rose 3.1% in May.", "3.1%")]
    [InlineData("en", "Overall sales rose 4% in May.", "4%")]
    [InlineData("en", "Shares fell 4% in late trading.", "4%")]
    [InlineData("fr", "Hier a été marqué par une baisse de 3 %.", "3 %")]
    [InlineData("fr", "Ensuite les ventes ont progressé de 4 %.", "4 %")]
    [InlineData("fr", "Cependant les prix ont reculé de 2 %.", "2 %")]
    [InlineData("fr", "Demain a lieu le vote des 165 députés.", "165 députés")]
    [InlineData("fr", "Parallèlement à la hausse des prix, les ventes ont reculé de 2 %.", "2 %")]
    [InlineData("fr", "Contrairement à l'an dernier, les ventes ont progressé de 5 %.", "5 %")]
    public void A_common_word_or_an_adverb_opening_the_sentence_names_nobody(string language, string text, string figureText)
    {
        Assert.Null(ClaimFor(language, text, figureText).Subject);
    }
}
