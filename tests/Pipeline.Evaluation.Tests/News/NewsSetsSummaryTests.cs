using Pipeline.Evaluation.Commands;
using Pipeline.Evaluation.News;

namespace Pipeline.Evaluation.Tests.News;

/// <summary>Parts of several sets pool into one score by summing their counts, and each goal is met where its share reaches it.</summary>
public sealed class NewsSetsSummaryTests
{
    private static NewsScore Score(int gold, int program, int matched, int sourceRight, int claimsFound) => new()
    {
        Articles = 2,
        GoldFigures = gold,
        ProgramFigures = program,
        Matched = matched,
        ValueRight = matched,
        CountedJudged = matched,
        CountedRight = matched,
        GoldClaims = gold,
        ClaimsFound = claimsFound,
        SourceRight = sourceRight,
        ModalityRight = claimsFound,
        SubjectRight = 0,
        NonFigures = 10,
        FalseOnNonFigures = 1,
    };

    [Theory]
    [InlineData(19, 20, true)] // 95.0 %: the goal is "at least"
    [InlineData(18, 20, false)] // 90.0 %
    [InlineData(0, 0, false)] // nothing to judge reaches no goal
    public void Recall_reaches_its_goal_at_95_percent_exactly(int matched, int gold, bool met)
    {
        var recall = NewsGoal.All.Single(g => g.Measure == "recall");

        Assert.Equal(95, recall.Percent);
        Assert.Equal(met, recall.IsMet(new NewsScore { Matched = matched, GoldFigures = gold }));
    }

    [Fact]
    public void The_goals_are_the_issues_seven()
    {
        Assert.Equal(
            [("recall", 95.0), ("precision", 95.0), ("values", 97.0), ("counted thing", 90.0), ("claims", 95.0), ("source", 90.0), ("modality", 93.0)],
            NewsGoal.All.Select(g => (g.Measure, g.Percent)));
    }

    [Fact]
    public void Pooling_sums_every_count_so_each_figure_weighs_the_same()
    {
        // Source: 9 of 10 in one part (90 %), 1 of 30 in the other (3 %); pooled 10 of 40 = 25 %, not the mean of 46.5 %.
        var summary = new NewsSetsSummary(
        [
            new("set-a", new NewsPart("fr", "test", Score(gold: 10, program: 10, matched: 10, sourceRight: 9, claimsFound: 10))),
            new("set-b", new NewsPart("en", "test", Score(gold: 40, program: 32, matched: 30, sourceRight: 1, claimsFound: 30))),
        ]);

        var pooled = summary.Pooled;
        Assert.Equal((4, 50, 42, 40), (pooled.Articles, pooled.GoldFigures, pooled.ProgramFigures, pooled.Matched));
        Assert.Equal((10, 40), (pooled.SourceRight, pooled.ClaimsFound));
        Assert.Equal((20, 2), (pooled.NonFigures, pooled.FalseOnNonFigures));
        Assert.Equal("25.0 % (10/40)", NewsScore.Ratio(pooled.SourceRight, pooled.ClaimsFound));
    }

    [Fact]
    public void Goals_met_count_the_parts_that_reach_each_goal()
    {
        var summary = new NewsSetsSummary(
        [
            // Every measure at 100 % but source, at 90 %: every goal met.
            new("set-a", new NewsPart("fr", "test", Score(gold: 10, program: 10, matched: 10, sourceRight: 9, claimsFound: 10))),
            // Recall 30/40 = 75 %, precision 30/32 = 93.75 %, claims 30/40 = 75 %, source 1/30: only values, counted and modality met.
            new("set-b", new NewsPart("en", "test", Score(gold: 40, program: 32, matched: 30, sourceRight: 1, claimsFound: 30))),
        ]);

        Assert.Equal(1, summary.GoalsMet["recall"]);
        Assert.Equal(1, summary.GoalsMet["precision"]);
        Assert.Equal(2, summary.GoalsMet["values"]);
        Assert.Equal(2, summary.GoalsMet["counted thing"]);
        Assert.Equal(1, summary.GoalsMet["claims"]);
        Assert.Equal(1, summary.GoalsMet["source"]);
        Assert.Equal(2, summary.GoalsMet["modality"]);
    }

    [Fact]
    public void The_table_bolds_a_met_goal_and_ends_with_the_pooled_row_and_the_goals_met()
    {
        var summary = new NewsSetsSummary(
        [
            new("set-a", new NewsPart("fr", "test", Score(gold: 10, program: 10, matched: 10, sourceRight: 9, claimsFound: 10))),
            new("set-b", new NewsPart("en", "test", Score(gold: 40, program: 32, matched: 30, sourceRight: 1, claimsFound: 30))),
        ]);

        var lines = EvalNewsSetsCommand.Table(summary).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.StartsWith("| set-a | fr test | 2 | 10 | **100.0 % (10/10)** |", lines[2], StringComparison.Ordinal);
        Assert.Contains("| **90.0 % (9/10)** |", lines[2], StringComparison.Ordinal); // source 90 %: met
        Assert.StartsWith("| set-b | en test | 2 | 40 | 75.0 % (30/40) | 93.8 % (30/32) |", lines[3], StringComparison.Ordinal);
        Assert.StartsWith("| **pooled** | 2 rows | 4 | 50 | 80.0 % (40/50) |", lines[4], StringComparison.Ordinal);
        Assert.DoesNotContain("**80.0", lines[4], StringComparison.Ordinal); // the pooled row marks no goal
        Assert.Equal(
            "Goals met (bold), of 2 rows: recall ≥ 95 %: 1, precision ≥ 95 %: 1, values ≥ 97 %: 2, counted thing ≥ 90 %: 2, claims ≥ 95 %: 1, source ≥ 90 %: 1, modality ≥ 93 %: 2.",
            lines[5].TrimEnd('\r'));
    }
}
