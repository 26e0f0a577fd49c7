using System.Text;
using Microsoft.Extensions.Options;
using Pipeline.Contracts;
using Pipeline.Worker.Ingest;
using Xunit;

namespace Pipeline.Worker.Tests.Ingest;

public class ArticleFileIngestorTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly RecordingLogger<ArticleFileIngestor> _logger = new();

    public void Dispose() => _folder.Dispose();

    private ArticleFileIngestor Ingestor(MassTransit.IPublishEndpoint endpoint, int publishRetries = 3, int ioRetries = 3)
    {
        var options = Options.Create(new InboxOptions
        {
            PublishRetryAttempts = publishRetries,
            PublishRetryDelay = TimeSpan.FromMilliseconds(10),
            IoRetryAttempts = ioRetries,
            IoRetryDelay = TimeSpan.FromMilliseconds(100),
        });
        return new ArticleFileIngestor(endpoint, new ArticleFileReader(options), options, _logger, TimeProvider.System);
    }

    [Fact]
    public async Task Ingesting_in_place_publishes_the_article_and_leaves_the_file_where_it_is()
    {
        var (endpoint, broker) = FlakyPublishEndpoint.Create(failures: 0);
        var path = _folder.Write("seed.txt", Encoding.UTF8.GetBytes(" date 2023-02 Texte."));

        var outcome = await Ingestor(endpoint).IngestAsync(path, "seed.txt", CancellationToken.None);

        Assert.Equal(IngestOutcomeKind.Published, outcome.Kind);
        Assert.True(File.Exists(path));
        var message = Assert.IsType<ArticleReceived>(Assert.Single(broker.Published));
        Assert.Equal(outcome.ArticleId, message.ArticleId);
        Assert.Equal(("Texte.", "2023-02", "seed.txt"), (message.Article.Text, message.Article.Published, message.Article.FileName));
    }

    [Fact]
    public async Task A_broker_briefly_away_is_retried_and_each_retry_logged_with_the_article_id()
    {
        var (endpoint, broker) = FlakyPublishEndpoint.Create(failures: 2);
        var path = _folder.Write("a.txt", "Article."u8.ToArray());

        var outcome = await Ingestor(endpoint, publishRetries: 3).IngestAsync(path, "a.txt", CancellationToken.None);

        Assert.Equal(IngestOutcomeKind.Published, outcome.Kind);
        Assert.Equal(3, broker.Attempts);
        var retries = _logger.Entries.Where(e => e.Message.StartsWith("Publish of a.txt failed", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, retries.Count);
        Assert.All(retries, r => Assert.Equal(outcome.ArticleId, r.Properties["ArticleId"]));
    }

    [Fact]
    public async Task A_broker_that_stays_away_fails_the_file_without_rejecting_it()
    {
        var (endpoint, broker) = FlakyPublishEndpoint.Create(failures: 100);
        var path = _folder.Write("a.txt", "Article."u8.ToArray());

        var outcome = await Ingestor(endpoint, publishRetries: 2).IngestAsync(path, "a.txt", CancellationToken.None);

        Assert.Equal(IngestOutcomeKind.Failed, outcome.Kind);
        Assert.NotNull(outcome.ArticleId);
        Assert.Contains("broker unreachable", outcome.Reason);
        Assert.Equal(3, broker.Attempts);
        Assert.True(File.Exists(path));
    }

    [Fact]
    public async Task A_file_locked_by_its_writer_is_read_once_the_writer_lets_go()
    {
        var (endpoint, broker) = FlakyPublishEndpoint.Create(failures: 0);
        var path = _folder.Write("locked.txt", "Locked article."u8.ToArray());
        var writer = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
        _ = Task.Delay(250).ContinueWith(_ => writer.Dispose(), TaskScheduler.Default);

        var outcome = await Ingestor(endpoint, ioRetries: 5).IngestAsync(path, "locked.txt", CancellationToken.None);

        Assert.Equal(IngestOutcomeKind.Published, outcome.Kind);
        Assert.Contains(_logger.Entries, e => e.Message.StartsWith("File access of locked.txt failed", StringComparison.Ordinal));
        Assert.Single(broker.Published);
    }

    [Fact]
    public async Task A_file_that_stays_locked_fails_without_being_rejected()
    {
        var (endpoint, broker) = FlakyPublishEndpoint.Create(failures: 0);
        var path = _folder.Write("locked.txt", "Locked article."u8.ToArray());
        await using var writer = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None);

        var outcome = await Ingestor(endpoint, ioRetries: 1).IngestAsync(path, "locked.txt", CancellationToken.None);

        Assert.Equal(IngestOutcomeKind.Failed, outcome.Kind);
        Assert.Empty(broker.Published);
    }

    [Fact]
    public async Task A_bad_file_is_rejected_with_its_reason_and_nothing_published()
    {
        var (endpoint, broker) = FlakyPublishEndpoint.Create(failures: 0);
        var path = _folder.Write("notes.docx", "PK"u8.ToArray());

        var outcome = await Ingestor(endpoint).IngestAsync(path, "notes.docx", CancellationToken.None);

        Assert.Equal(IngestOutcomeKind.Rejected, outcome.Kind);
        Assert.Contains("unsupported file type '.docx'", outcome.Reason);
        Assert.Empty(broker.Published);
    }

    [Fact]
    public async Task A_file_above_the_byte_limit_is_rejected_unread()
    {
        var (endpoint, _) = FlakyPublishEndpoint.Create(failures: 0);
        var path = _folder.Write("huge.txt", new byte[9 * 1024 * 1024]);

        var outcome = await Ingestor(endpoint).IngestAsync(path, "huge.txt", CancellationToken.None);

        Assert.Equal(IngestOutcomeKind.Rejected, outcome.Kind);
        Assert.Contains("MaxFileBytes", outcome.Reason);
    }

    [Fact]
    public async Task Ingesting_the_seed_folder_publishes_five_articles_and_moves_no_seed()
    {
        var (endpoint, broker) = FlakyPublishEndpoint.Create(failures: 0);
        var plan = IngestPathEnumerator.Enumerate([Seeds.Folder]);

        var outcomes = new List<IngestOutcome>();
        await foreach (var outcome in Ingestor(endpoint).IngestAllAsync(plan.Files, CancellationToken.None))
        {
            outcomes.Add(outcome);
        }

        Assert.Equal(5, outcomes.Count(o => o.Kind == IngestOutcomeKind.Published));
        Assert.Equal(5, broker.Published.Cast<ArticleReceived>().Select(m => m.ArticleId).Distinct().Count());
        Assert.All(plan.Files, f => Assert.True(File.Exists(f.FullPath)));
        Assert.Contains(broker.Published.Cast<ArticleReceived>(), m => m.Article.Published == "2023-02");
    }
}
