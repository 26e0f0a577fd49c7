using Pipeline.Contracts;

namespace Pipeline.Worker.Tests.Infrastructure;

static class TestMessages
{
    public static ClaimExtracted Claim() => new()
    {
        ClaimId = Guid.NewGuid(),
        ArticleId = Guid.NewGuid(),
        GroupId = Guid.NewGuid(),
        GroupArticleCount = 1,
        GroupSourceCount = 1,
        Language = "fr",
        Claim = new ClaimData
        {
            Figure = new FigureData { Text = "trois chars", Start = 0, End = 11, Value = 3, Approximate = false, Unit = "tank", Category = "equipment" },
            Modality = "asserted",
            Sentence = "Trois chars ont été détruits.",
            Key = "tank|3",
        },
    };
}
