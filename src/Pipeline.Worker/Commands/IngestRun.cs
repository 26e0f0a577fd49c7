using Pipeline.Storage;
using Pipeline.Worker.Consumers;
using Pipeline.Worker.Ingest;

namespace Pipeline.Worker.Commands;

/// <summary>Publishes each given file and waits until the store holds every published article, or a stage gave up on it.</summary>
internal sealed class IngestRun(ArticleFileIngestor ingestor, IArticleReader store, StageFaults faults)
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(200);

    // Ids per store query: each is one SQL parameter, and SQLite takes at most 32,766 in one statement.
    private const int IdsPerQuery = 1000;

    public async Task<IngestReport> RunAsync(IngestPlan plan, TimeSpan timeout, CancellationToken cancellationToken, IProgress<IngestProgress>? progress = null)
    {
        // What the walk of a folder left out (links, pipes) is reported as rejected, unread.
        var outcomes = plan.Skipped
            .Select(s => new IngestOutcome(s.Name, s.Name, null, IngestOutcomeKind.Rejected, s.Reason))
            .ToList();
        var files = plan.Files.Count + plan.Skipped.Count;
        var publishedFiles = 0;
        foreach (var file in plan.Files)
        {
            var outcome = await ingestor.IngestAsync(file, cancellationToken);
            outcomes.Add(outcome);
            publishedFiles += outcome.Kind == IngestOutcomeKind.Published ? 1 : 0;
            progress?.Report(new(files, outcomes.Count, publishedFiles, 0, 0));
        }

        var published = outcomes
            .Where(o => o.Kind == IngestOutcomeKind.Published && o.ArticleId is not null)
            .Select(o => o.ArticleId!.Value)
            .Distinct()
            .ToList();

        var stored = new HashSet<Guid>();
        var failed = new Dictionary<Guid, string>();
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            while (stored.Count + failed.Count < published.Count)
            {
                var waiting = published.Where(id => !stored.Contains(id) && !failed.ContainsKey(id)).ToList();
                foreach (var chunk in waiting.Chunk(IdsPerQuery))
                {
                    stored.UnionWith(await store.FindStoredAsync(chunk, deadline.Token));
                }

                foreach (var id in waiting.Where(id => !stored.Contains(id)))
                {
                    if (faults.TryGet(id, out var reason))
                    {
                        failed[id] = reason;
                    }
                }

                progress?.Report(new(files, outcomes.Count, publishedFiles, stored.Count, failed.Count));
                if (stored.Count + failed.Count < published.Count)
                {
                    await Task.Delay(PollInterval, deadline.Token);
                }
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            foreach (var id in published.Where(id => !stored.Contains(id) && !failed.ContainsKey(id)))
            {
                failed[id] = $"not stored within {timeout}";
            }
        }

        var (articles, groups) = await SummariseAsync(store, stored, cancellationToken);
        return new IngestReport(plan, outcomes, articles, groups, failed);
    }

    /// <summary>Every stored article, however many (listed a chunk at a time), and the claim groups they are in, each counted once.</summary>
    internal static async Task<(IReadOnlyList<ArticleSummary> Articles, int ClaimGroups)> SummariseAsync(
        IArticleReader store, IReadOnlyCollection<Guid> stored, CancellationToken cancellationToken)
    {
        var articles = new List<ArticleSummary>(stored.Count);
        var groups = new HashSet<Guid>();
        foreach (var chunk in stored.Chunk(IdsPerQuery))
        {
            articles.AddRange(await store.ListArticlesAsync(new ArticleQuery(chunk, Limit: chunk.Length), cancellationToken));
            groups.UnionWith((await store.ListClaimGroupsAsync(new ClaimQuery(chunk, Limit: int.MaxValue), cancellationToken)).Select(g => g.GroupId));
        }

        return (articles, groups.Count);
    }
}
