using Pipeline.Evaluation.News;
using static Pipeline.Evaluation.Tests.News.GoldFigures;

namespace Pipeline.Evaluation.Tests.News;

/// <summary>A program figure matches a gold figure when their spans overlap, each at most once, longest overlap first.</summary>
public sealed class FigureAlignmentTests
{
    [Fact]
    public void Overlapping_spans_match_and_the_rest_are_missed_or_extra()
    {
        var thirty = Gold("more than 30,000", 10);
        var seven = Gold("seven", 50);
        var programThirty = Program("30,000 federal partners", 20, value: 30000);
        var date = Program("2017", 80, value: 2017);

        var alignment = FigureAlignment.Of([thirty, seven], [programThirty, date]);

        Assert.Equal([(thirty, programThirty)], alignment.Pairs);
        Assert.Equal([seven], alignment.Missed);
        Assert.Equal([date], alignment.Extra);
    }

    [Fact]
    public void Two_program_figures_on_one_gold_figure_match_once_and_the_longer_overlap_wins()
    {
        var billion = Gold("1,1 milliard", 0);
        var one = Program("1", 0, value: 1);
        var whole = Program("1,1 milliard", 0, value: 1.1e9);

        var alignment = FigureAlignment.Of([billion], [one, whole]);

        Assert.Equal([(billion, whole)], alignment.Pairs);
        Assert.Equal([one], alignment.Extra);
    }

    [Fact]
    public void Spans_that_only_touch_do_not_match()
    {
        var alignment = FigureAlignment.Of([Gold("24", 10)], [Program("blessés", 12)]);

        Assert.Empty(alignment.Pairs);
    }
}
