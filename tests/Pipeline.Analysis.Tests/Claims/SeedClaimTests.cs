using Pipeline.Analysis.Claims;
using Pipeline.Analysis.Tests.Figures;
using Xunit;

namespace Pipeline.Analysis.Tests.Claims;

/// <summary>Claims read from the seed articles with no entities given: subject, source, place and modality come from the text.</summary>
public sealed class SeedClaimTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    private static Claim ClaimFor(string seed, string figureText, int occurrence = 0)
    {
        var analysis = Analyzer.Analyze(Seeds.Read(seed), "fr", "2023-02");
        return analysis.Claims.Where(c => c.Figure.Text == figureText).ElementAt(occurrence);
    }

    [Fact]
    public void A_conditional_claim_with_selon_is_hedged_and_names_subject_and_source()
    {
        var claim = ClaimFor("000", "1 800 chars");

        Assert.Equal("La Russie", claim.Subject);
        Assert.Equal("un responsable ukrainien", claim.Source);
        Assert.Equal(ClaimModality.Hedged, claim.Modality);
        Assert.Contains("aurait massé 1 800 chars", claim.Sentence);
        Assert.Equal("2023-02", claim.Date);
    }

    [Fact]
    public void Every_figure_of_an_enumeration_shares_subject_and_source()
    {
        foreach (var text in new[] { "3 950 véhicules blindés", "400 avions de chasse", "300 hélicoptères" })
        {
            var claim = ClaimFor("000", text);
            Assert.Equal("La Russie", claim.Subject);
            Assert.Equal("un responsable ukrainien", claim.Source);
        }
    }

    [Fact]
    public void A_trailing_rapporte_is_the_source_and_the_name_before_the_figure_the_subject()
    {
        var claim = ClaimFor("000", "2 700 canons d’artillerie");

        Assert.Equal("Poutine", claim.Subject);
        Assert.Equal("Police étrangère", claim.Source);
        Assert.Equal(ClaimModality.Reported, claim.Modality);
    }

    [Fact]
    public void A_demonym_counted_is_the_side_of_its_own_casualty_figure_not_its_subject()
    {
        var claim = ClaimFor("000", "plus de 135 000 Russes");

        Assert.Null(claim.Subject);
        Assert.Equal("l’Ukraine", claim.Source);
        Assert.Contains("|russia|", claim.Key);
    }

    [Fact]
    public void A_statement_of_fact_without_source_or_conditional_is_asserted()
    {
        var claim = ClaimFor("002", "Près de 170 chars de combat");

        Assert.Equal(ClaimModality.Asserted, claim.Modality);
        Assert.Null(claim.Source);
    }

    [Fact]
    public void A_nationality_after_the_noun_keys_its_side_but_is_no_subject()
    {
        var claim = ClaimFor("003", "Plusieurs dizaines de milliers de soldats");

        Assert.Null(claim.Subject);
        Assert.Contains("|russia|", claim.Key);
        // "…, prévient ce dimanche un responsable américain cité par CNN et le New York Times": the official speaks, the papers cite him.
        Assert.Equal("un responsable américain", claim.Source);
    }

    [Fact]
    public void The_same_figure_in_two_articles_written_differently_has_the_same_key()
    {
        var fromLeMonde = ClaimFor("003", "pas moins de 50 000 soldats");
        var fromTheOther = ClaimFor("004", "pas moins de 50 000 soldats");

        Assert.Equal("le New York Times", fromLeMonde.Source);
        Assert.Contains("New York Times", fromTheOther.Source);
        Assert.Equal("les Russes", fromTheOther.Subject);
        Assert.Equal("Koursk", fromTheOther.Location);
        Assert.Equal("Koursk", fromLeMonde.Location);
        Assert.Equal(fromLeMonde.Key, fromTheOther.Key);
        Assert.Equal("personnel|soldier||50000||russia|kursk", fromLeMonde.Key);
    }

    [Fact]
    public void A_place_after_en_is_the_location()
    {
        var claim = ClaimFor("000", "environ 300 000 soldats");

        Assert.Equal("Ukraine", claim.Location);
        Assert.Equal(ClaimModality.Hedged, claim.Modality);
    }

    [Theory]
    [InlineData("000")]
    [InlineData("001")]
    public void Every_figure_counting_something_is_a_claim_but_sizes_and_bare_numbers(string seed)
    {
        var analysis = Analyzer.Analyze(Seeds.Read(seed), "fr", null);

        Assert.DoesNotContain(analysis.Claims, c => c.Figure.Unit is null && c.Figure.Counted is null);
        Assert.DoesNotContain(analysis.Claims, c => c.Figure.Unit == "mm");
        Assert.Equal(
            analysis.Figures.Count(f => (f.Counted is not null || f.Unit is not null) && f.Unit != "mm"),
            analysis.Claims.Count);
    }

    [Fact]
    public void A_noun_our_knowledge_has_no_unit_for_still_makes_a_claim_keyed_by_its_lemma()
    {
        var claim = ClaimFor("000", "deux parties");

        Assert.Null(claim.Figure.Unit);
        Assert.StartsWith("count|partie|2|", claim.Key);
    }

    [Fact]
    public void Entities_when_given_name_the_subject()
    {
        const string text = "Hier, l'armée de Ruritanie a perdu 40 chars près de Zenda.";
        var figures = new Pipeline.Analysis.Figures.FigureExtractor().Extract(text, "fr");
        var entities = new[]
        {
            new Pipeline.Analysis.Entities.EntityMention("Ruritanie", 17, 26, Pipeline.Analysis.Entities.EntityType.Place, "Ruritania", "place:ruritania"),
        };

        var claim = Assert.Single(new ClaimExtractor().Extract(text, "fr", figures, entities, null));

        Assert.Equal("Ruritanie", claim.Subject);
        Assert.Equal("Zenda", claim.Location);
        Assert.Contains("|ruritania|zenda", claim.Key);
    }

    [Fact]
    public void English_according_to_is_a_source_and_would_hedges()
    {
        const string text = "Russia would send 5,000 troops to Belarus, according to a Ukrainian official.";
        var analysis = Analyzer.Analyze(text, "en", null);

        var claim = Assert.Single(analysis.Claims);
        Assert.Equal("Russia", claim.Subject);
        Assert.Equal("a Ukrainian official", claim.Source);
        Assert.Equal(ClaimModality.Hedged, claim.Modality);
    }
}
