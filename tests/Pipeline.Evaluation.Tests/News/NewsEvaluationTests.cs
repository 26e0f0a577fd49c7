using Pipeline.Analysis;
using Pipeline.Analysis.Claims;
using Pipeline.Evaluation.News;
using static Pipeline.Evaluation.Tests.News.GoldFigures;

namespace Pipeline.Evaluation.Tests.News;

/// <summary>One article scored by hand: every counter of every measure, and the failure lines.</summary>
public sealed class NewsEvaluationTests
{
    // "Nearly 37,000 people in 270 shelters, said FEMA on September 2, 2017." — offsets into this text.
    private static readonly GoldFigure Nearly = Gold("Nearly 37,000", 0, high: 37000, lemma: "person", category: "displaced", source: "FEMA", modality: "reported");
    private static readonly GoldFigure Shelters = Gold("270", 24, value: 270, lemma: "shelter", category: "count-other", source: "FEMA", modality: "reported");
    private static readonly GoldNonFigure Date = new("September 2, 2017", 51, 68, "date");

    private static NewsArticle Article() => new("dev", "", null, new GoldArticle("en99", "en", [Nearly, Shelters], [Date]));

    [Fact]
    public void Each_measure_counts_what_its_rule_says()
    {
        var people = Program("Nearly 37,000 people", 0, high: 37000, unit: "displaced person");
        var shelters = Program("270", 24, value: 270);
        var day = Program("2", 61, value: 2);
        var analysis = new ArticleAnalysis([], [people, shelters, day], [ClaimOn(people, source: "FEMA", modality: ClaimModality.Reported, subject: "FEMA")]);
        var score = new NewsScore();
        var failures = new List<string>();

        NewsEvaluation.Score(Article(), "en", analysis, score, failures);

        Assert.Equal((1, 2, 3, 2), (score.Articles, score.GoldFigures, score.ProgramFigures, score.Matched));
        Assert.Equal(2, score.ValueRight);
        Assert.Equal((2, 1), (score.CountedJudged, score.CountedRight)); // shelters: no unit
        Assert.Equal((2, 1), (score.GoldClaims, score.ClaimsFound)); // shelters: no claim
        Assert.Equal((1, 1, 0), (score.SourceRight, score.ModalityRight, score.SubjectRight)); // subject: gold none, program FEMA
        Assert.Equal((1, 1), (score.NonFigures, score.FalseOnNonFigures));
        Assert.Equal(0, score.LanguageMismatches);
        Assert.Contains(failures, f => f.StartsWith("dev/en99 \"270\"@24 NO CLAIM", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("dev/en99 \"Nearly 37,000\"@0 SUBJECT expected none, got FEMA", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("dev/en99 FALSE FIGURE \"2\"@61 on the date", StringComparison.Ordinal));
    }

    [Fact]
    public void A_gold_figure_nobody_found_is_missed_and_counts_against_claims()
    {
        var score = new NewsScore();
        var failures = new List<string>();

        NewsEvaluation.Score(Article(), "fr", new ArticleAnalysis([], [], []), score, failures);

        Assert.Equal((0, 0, 2), (score.Matched, score.ClaimsFound, score.GoldClaims));
        Assert.Equal(0, score.FalseOnNonFigures);
        Assert.Equal(1, score.LanguageMismatches);
        Assert.Equal(3, failures.Count); // the language and the two misses
    }

    [Theory]
    [InlineData(3, 4, "75.0 % (3/4)")]
    [InlineData(0, 0, "–")]
    [InlineData(1, 3, "33.3 % (1/3)")]
    public void A_ratio_shows_the_percentage_and_the_counts(int part, int whole, string shown) =>
        Assert.Equal(shown, NewsScore.Ratio(part, whole));
}
