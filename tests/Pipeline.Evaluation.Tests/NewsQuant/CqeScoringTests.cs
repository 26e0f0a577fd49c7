using Pipeline.Evaluation.NewsQuant;

namespace Pipeline.Evaluation.Tests.NewsQuant;

/// <summary>
/// CQE's calculate_metrics on hand-made sentences; each expected count was worked out by hand from evaluate_models.py
/// (both lists sorted by normalized unit, value matches capped at the sentence's gold count, a value+unit match taken out).
/// </summary>
public sealed class CqeScoringTests
{
    private static CqeQuantity Q(double value, string unit) => new(new CqeValue(value, null), unit, $"{value} {unit}");

    [Fact]
    public void A_value_with_another_unit_counts_for_value_only()
    {
        var score = new CqeScore();

        var outcomes = CqeScoring.Score([Q(6, "dollar"), Q(40, "yard")], [Q(6, "dollar"), Q(40, "yard line")], score);

        Assert.Equal([CqeOutcome.Found, CqeOutcome.UnitDiffers], outcomes);
        Assert.Equal((2, 2, 2, 1), (score.Gold, score.Reported, score.ValueMatched, score.ValueUnitMatched));
    }

    [Fact]
    public void Two_of_ours_with_one_gold_value_count_twice_for_value_as_CQE_counts()
    {
        // Ours sorted: "-" before "kilometre". Gold 5 km meets 5 "-" (value 1) then 5 km (value 2, value+unit 1);
        // gold 7 mile meets nothing. One to one, only one of ours gives 5 to a gold quantity.
        var score = new CqeScore();

        var outcomes = CqeScoring.Score([Q(5, "kilometre"), Q(7, "mile")], [Q(5, "kilometre"), Q(5, "-")], score);

        Assert.Equal([CqeOutcome.Found, CqeOutcome.Missed], outcomes);
        Assert.Equal((2, 1, 1), (score.ValueMatched, score.ValueUnitMatched, score.ValueMatchedOneToOne));
    }

    [Fact]
    public void Value_matches_never_exceed_the_sentences_gold_count()
    {
        var score = new CqeScore();

        var outcomes = CqeScoring.Score([Q(5, "kilometre")], [Q(5, "-"), Q(5, "-")], score);

        Assert.Equal([CqeOutcome.UnitDiffers], outcomes);
        Assert.Equal((2, 1, 0), (score.Reported, score.ValueMatched, score.ValueUnitMatched));
    }

    [Fact]
    public void One_of_ours_gives_its_value_to_every_gold_quantity_it_does_not_match_in_unit()
    {
        // Gold sorted: "-" then "percentage"; our 3 apples has neither unit, so it stays and matches both values.
        var score = new CqeScore();

        CqeScoring.Score([Q(3, "percentage"), Q(3, "-")], [Q(3, "apple")], score);

        Assert.Equal((2, 1, 0), (score.ValueMatched, score.ValueMatchedOneToOne, score.ValueUnitMatched));
    }

    [Fact]
    public void A_value_and_unit_match_is_taken_out_so_a_second_gold_quantity_needs_another()
    {
        var score = new CqeScore();

        var outcomes = CqeScoring.Score([Q(-1.3, "percentage"), Q(-1.3, "percentage")], [Q(-1.3, "Percentage")], score);

        Assert.Equal([CqeOutcome.Found, CqeOutcome.Missed], outcomes);
        Assert.Equal((1, 1), (score.ValueMatched, score.ValueUnitMatched));
    }

    [Fact]
    public void Scores_divide_by_all_gold_and_all_reported_quantities()
    {
        // CQE's published value score: 831 of 904 gold, 903 reported gives P 92.0, R 91.9, F1 92.0 (1662 / 1807).
        var measure = new CqeMeasure(831, 904, 903);

        Assert.Equal(92.03, measure.Precision, 2);
        Assert.Equal(91.92, measure.Recall, 2);
        Assert.Equal(91.98, measure.F1, 2);
    }
}
