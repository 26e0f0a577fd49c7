using Pipeline.Analysis.Claims;
using Pipeline.Evaluation.News;
using static Pipeline.Evaluation.Tests.News.GoldFigures;

namespace Pipeline.Evaluation.Tests.News;

/// <summary>Each measure's rule, on cases written by hand.</summary>
public sealed class GoldComparisonTests
{
    [Theory]
    [InlineData(30000.0, null, null, 30000.0, null, null, true)]
    [InlineData(null, 30000.0, null, null, 30000.0, null, true)]
    [InlineData(null, 30000.0, null, 30000.0, null, null, false)] // "more than 30,000" read as exactly 30,000
    [InlineData(null, null, 37000.0, 37000.0, null, null, false)] // "nearly 37,000" read as exactly 37,000
    [InlineData(30000.0, null, null, 30000.0, 30000.0, 30000.0, true)] // a program bound equal to its value is no bound
    [InlineData(null, 60.0, 83.0, null, 60.0, 83.0, true)]
    [InlineData(null, 60.0, 83.0, null, 60.0, null, false)]
    [InlineData(302400.0, null, null, 302.4, null, null, false)]
    public void Value_and_bounds_must_all_agree(double? value, double? low, double? high, double? programValue, double? programLow, double? programHigh, bool right)
    {
        var gold = Gold("x", 0, value, low, high);

        Assert.Equal(right, GoldComparison.ValueRight(gold, Program("x", 0, programValue, programLow, programHigh)));
    }

    [Theory]
    [InlineData(75.0, true)]
    [InlineData(0.75, true)]
    [InlineData(7.5, false)]
    public void A_percentage_may_be_given_as_written_or_as_a_fraction(double programValue, bool right)
    {
        var gold = Gold("75 percent", 0, value: 75, lemma: "percent", category: "percentage");

        Assert.Equal(right, GoldComparison.ValueRight(gold, Program("75 percent", 0, programValue)));
    }

    [Theory]
    [InlineData("réfugié", null, true)] // the lemma in the article's language
    [InlineData("refugee", null, true)] // the English unit as lemma
    [InlineData(null, "refugee", true)] // the language-neutral unit
    [InlineData(null, "Refugee", true)]
    [InlineData(null, "person", false)] // too general for refugees
    [InlineData("personne", "soldier", false)]
    [InlineData(null, null, false)]
    public void The_counted_thing_is_the_lemma_or_its_english_unit(string? programLemma, string? programUnit, bool right)
    {
        var gold = Gold("4.816.923", 0, lemma: "réfugié", unit: "refugee", category: "refugees");

        Assert.Equal(right, GoldComparison.CountedRight(gold, programLemma, programUnit));
    }

    [Theory]
    [InlineData("people", "person", true)]
    [InlineData("casualties:killed-or-wounded", "casualty", true)]
    [InlineData("equipment:tank", "tank", true)]
    [InlineData("count-other", "thing", false)]
    public void A_unit_may_be_the_category_s_canonical_name(string category, string programUnit, bool right)
    {
        var gold = Gold("x", 0, lemma: "thing-as-written", category: category);

        Assert.Equal(right, GoldComparison.CountedRight(gold, null, programUnit));
    }

    [Fact]
    public void Typographic_apostrophes_and_spaces_do_not_change_a_lemma()
    {
        var gold = Gold("x", 0, lemma: "demandeur d'asile", unit: "asylum seeker", category: "refugees");

        Assert.True(GoldComparison.CountedRight(gold, "demandeur  d’asile", null));
    }

    [Theory]
    [InlineData(null, null, true)]
    [InlineData(null, "the United States", false)]
    [InlineData("Antony Blinken", null, false)]
    [InlineData("Antony Blinken", "Antony Blinken", true)]
    [InlineData("Antony Blinken", "Blinken", true)]
    [InlineData("Antony Blinken", "U.S. Secretary of State Antony Blinken", true)] // the written role may come with the name
    [InlineData("Antony Blinken", "Secretary of State", false)] // the role without the name
    [InlineData("Antony Blinken", "Antony Blinken today", false)] // a word beyond name and role
    [InlineData("Antony Blinken", "he", false)]
    public void A_source_is_the_gold_name_with_at_most_its_written_role(string? goldSource, string? programSource, bool right)
    {
        var gold = Gold("x", 0, source: goldSource, role: goldSource is null ? null : "U.S. Secretary of State", modality: "reported");

        Assert.Equal(right, GoldComparison.SourceRight(gold, programSource));
    }

    [Fact]
    public void Source_names_compare_without_case_accents_folded_or_articles()
    {
        var gold = Gold("x", 0, source: "l’Organisation internationale pour les migrations", modality: "reported");

        Assert.True(GoldComparison.SourceRight(gold, "L'ORGANISATION INTERNATIONALE POUR LES MIGRATIONS"));
        Assert.False(GoldComparison.SourceRight(gold, "l'Organisation mondiale de la santé"));
    }

    [Theory]
    [InlineData("reported", ClaimModality.Reported, true)]
    [InlineData("hedged", ClaimModality.Reported, false)]
    [InlineData("asserted", ClaimModality.Asserted, true)]
    public void Modality_must_be_equal(string goldModality, ClaimModality program, bool right) =>
        Assert.Equal(right, GoldComparison.ModalityRight(Gold("x", 0, modality: goldModality), program));

    [Theory]
    [InlineData(null, null, true)]
    [InlineData(null, "WASHINGTON", false)]
    [InlineData("FEMA", null, false)]
    [InlineData("The Biden-Harris Administration", "Biden-Harris Administration", true)]
    [InlineData("the U.S. Government", "U.S. Government", true)]
    [InlineData("SDF", "Raqqah", false)]
    [InlineData("l’Union européenne", "Union européenne", true)]
    public void A_subject_is_right_when_one_head_word_is_among_the_other_s_words(string? gold, string? program, bool right) =>
        Assert.Equal(right, GoldComparison.SubjectRight(gold, program));
}
