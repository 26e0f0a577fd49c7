using Pipeline.Storage;
using Pipeline.Worker.Consumers;
using Pipeline.Worker.Ingest;

namespace Pipeline.Worker.Commands;

/// <summary>Publishes each given file and waits until the store holds every published article, or a stage gave up on it.</summary>
internal sealed class IngestRun(ArticleFileIngestor ingestor, IArticleReader store, StageFaults faults)
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(200);

    public async Task<IngestReport> RunAsync(IngestPlan plan, TimeSpan timeout, CancellationToken cancellationToken, IProgress<IngestProgress>? progress = null)
    {
        var outcomes = new List<IngestOutcome>();
        var publishedFiles = 0;
        foreach (var file in plan.Files)
        {
            var outcome = await ingestor.IngestAsync(file, cancellationToken);
            outcomes.Add(outcome);
            publishedFiles += outcome.Kind == IngestOutcomeKind.Published ? 1 : 0;
            progress?.Report(new(plan.Files.Count, outcomes.Count, publishedFiles, 0, 0));
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
                stored.UnionWith(await store.FindStoredAsync(waiting, deadline.Token));
                foreach (var id in waiting.Where(id => !stored.Contains(id)))
                {
                    if (faults.TryGet(id, out var reason))
                    {
                        failed[id] = reason;
                    }
                }

                progress?.Report(new(plan.Files.Count, outcomes.Count, publishedFiles, stored.Count, failed.Count));
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

        var articles = await store.ListArticlesAsync(new ArticleQuery(stored.ToList()), cancellationToken);
        var groups = await store.ListClaimGroupsAsync(new ClaimQuery(stored.ToList()), cancellationToken);
        return new IngestReport(plan, outcomes, articles, groups.Count, failed);
    }
}
