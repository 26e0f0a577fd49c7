using Xunit;

namespace Pipeline.Analysis.Tests.Claims;

/// <summary>
/// A source is a name (issue 14: "source spans that are not names"): words read as a speaker that hold a finite auxiliary,
/// a negation or a comparison in lower case ("Those are grim numbers", "Les chiffres de l'Office restent pourtant moins
/// alarmants") are a clause the reader ran into, and the figure keeps no source rather than a clause for one.
/// </summary>
public sealed class ClauseAsSpeakerTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    [Theory]
    [InlineData("en", "Those are sobering numbers, on par with the estimated 6,000 that died in the floods two years ago.", "estimated 6,000")]
    [InlineData("en", "These were grim totals, close to the estimated 4,500 that died in the storm a decade ago.", "estimated 4,500")]
    [InlineData("en", "The war has already killed thousands of people, with some estimates as high as 90,000.", "as high as 90,000")]
    [InlineData("en", "The conflict had already displaced millions of people, with some counts as high as 7 million.", "as high as 7 million")]
    [InlineData("en", "Four cases were found in people who said they had received at least one dose.", "at least one dose")]
    [InlineData("en", "Drones and helicopters were both reported to have struck the market, killing between 8 and 12 civilians.", "between 8 and 12")]
    [InlineData("fr", "Les chiffres de l'Office restent pourtant moins alarmants que ceux de l'agence, dont le nombre d'inscrits a grimpé de 3,1% sur un an.", "3,1%")]
    [InlineData("fr", "Les prévisions du Fonds demeurent plus sombres que celles de la Commission, qui attend une croissance de 0,9%.", "0,9%")]
    public void A_clause_read_as_a_speaker_is_no_source(string language, string text, string figure)
    {
        var claim = Assert.Single(Analyzer.Analyze(text, language, null).Claims, c => c.Figure.Text.StartsWith(figure, StringComparison.Ordinal));

        Assert.Null(claim.Source);
    }

    [Theory]
    [InlineData("en", "The Ministry of Health said 12 people were injured in the blast.", "12 people", "The Ministry of Health")]
    [InlineData("en", "Officials from the State of Georgia said 40 homes were damaged.", "40 homes", "Officials from the State of Georgia")]
    [InlineData("en", "The storm destroyed 300 homes, the agency has said.", "300 homes", "the agency")]
    [InlineData("fr", "La préfecture du Nord a annoncé 30 morts.", "30 morts", "La préfecture du Nord")]
    [InlineData("fr", "Médecins sans frontières a indiqué que 40 patients avaient été soignés.", "40 patients", "Médecins sans frontières")]
    public void A_name_holding_no_clause_word_stays_the_source(string language, string text, string figure, string source)
    {
        var claim = Assert.Single(Analyzer.Analyze(text, language, null).Claims, c => c.Figure.Text.StartsWith(figure, StringComparison.Ordinal));

        Assert.Equal(source, claim.Source);
    }

    [Theory]
    [InlineData("Les autorités locales n'ont pas commenté l'attaque, bien que le maire ait évoqué 14 blessés.", "14 blessés", "le maire")]
    [InlineData("Aucun bilan officiel n'a été publié, bien que la préfecture ait évoqué 25 interpellations.", "25 interpellations", "la préfecture")]
    [InlineData("Bien que les secours aient recensé 40 blessés, le bilan reste provisoire.", "40 blessés", "les secours")]
    public void A_subjunctive_auxiliary_ends_the_speaker_before_its_verb(string text, string figure, string source)
    {
        var claim = Assert.Single(Analyzer.Analyze(text, "fr", null).Claims, c => c.Figure.Text.StartsWith(figure, StringComparison.Ordinal));

        Assert.Equal(source, claim.Source);
    }
}
