using Microsoft.Extensions.Logging.Abstractions;
using Pipeline.Contracts;
using Pipeline.Storage;
using Pipeline.Worker.Commands;
using Pipeline.Worker.Tests.Consumers;
using Pipeline.Worker.Tests.Ingest;

namespace Pipeline.Worker.Tests.Commands;

public sealed class IngestSummaryTests
{
    [Fact]
    public async Task The_summary_counts_every_stored_article_past_a_thousand_and_each_claim_group_once()
    {
        using var folder = new TempFolder();
        using var opened = StoreFactory.Open(StoreLocation.Parse(folder.Combine("pipeline.db")), NullLoggerFactory.Instance);
        await opened.Schema.MigrateAsync(CancellationToken.None);

        // 1,050 articles: more than one listing of a thousand ids. The first and the last make the same claim (one
        // group across two listings); every other article has a group of its own.
        var ids = new List<Guid>();
        for (var i = 0; i < 1050; i++)
        {
            var value = i == 1049 ? 0 : i;
            ids.Add(Guid.NewGuid());
            await opened.Sink.SaveAsync(Analyzed(ids[^1], value), CancellationToken.None);
        }

        var (articles, groups) = await IngestRun.SummariseAsync(opened.Reader, ids, CancellationToken.None);

        Assert.Equal(ids.Order(), articles.Select(a => a.Id).Order());
        Assert.Equal(1049, groups);
    }

    private static ArticleAnalyzed Analyzed(Guid id, int value)
    {
        var text = $"{value} soldats";
        var figure = new FigureData { Text = text, Start = 0, End = text.Length, Value = value, Approximate = false, Unit = "soldier", Category = "personnel" };
        return new ArticleAnalyzed
        {
            ArticleId = id,
            ReceivedAt = DateTimeOffset.UtcNow,
            Article = Messages.Content($"La Russie a rassemblé {text}.", $"a{id:N}.txt"),
            Language = new LanguageData { Code = "fr", Confidence = 0.99 },
            Duplicate = new DuplicateData { Kind = "unique", Fingerprint = id.ToString("N") },
            Entities = [],
            Figures = [figure],
            Claims =
            [
                new ClaimData
                {
                    Figure = figure,
                    Subject = "la Russie",
                    Modality = "asserted",
                    Sentence = $"La Russie a rassemblé {text}.",
                    Key = $"personnel|soldier|{value}|russia",
                },
            ],
        };
    }
}
