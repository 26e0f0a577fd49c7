using Pipeline.Worker.Tests.Processes;
using Pipeline.Testing;
using Pipeline.Worker.Ingest;
using Xunit.Abstractions;

namespace Pipeline.Worker.Tests.Reliability;

/// <summary>
/// <c>kill -9</c> of real worker processes in the middle of a batch of 300 files, then a restart: every article is
/// stored exactly once, none is lost, and no file sits in the processed folder unless its article is held for good.
/// </summary>
[Collection(RabbitMqNode.CollectionName)]
public sealed class CrashRecoveryTests(RabbitMqNode node, ITestOutputHelper output)
{
    internal const int Files = 300;
    private static readonly TimeSpan Generous = TimeSpan.FromMinutes(5);

    [Fact]
    public async Task The_embedded_worker_killed_mid_batch_stores_every_article_once_after_a_restart_and_moves_only_stored_files()
    {
        using var batch = new Batch();
        string[] run = ["run", "--inbox", batch.Inbox, "--store", batch.StorePath];

        using (var first = PipelineProcess.Start(run, batch.Folder))
        {
            await batch.Store.WaitForAsync(20, Generous, first);
            first.KillHard();
        }

        // The embedded promise, checked at the moment of the crash: a file in processed/ means its article is stored.
        var (processed, stored) = await batch.SnapshotAsync();
        output.WriteLine($"at the kill: {stored.Count} stored, {processed.Count} in processed/, {Directory.GetFiles(batch.Inbox).Length} still in the inbox");
        Assert.Subset(stored.ToHashSet(), processed.ToHashSet());

        using (var second = PipelineProcess.Start(run, batch.Folder))
        {
            await batch.WaitUntilAllProcessedAsync(second);
            Assert.Equal(0, await second.StopAsync(TimeSpan.FromMinutes(1)));
        }

        await batch.AssertEveryArticleStoredOnceAsync();
    }

    [Fact]
    public async Task A_rabbitmq_worker_with_every_role_killed_mid_batch_stores_every_article_once_after_a_restart()
    {
        var vhost = await node.CreateVirtualHostAsync();
        using var batch = new Batch();
        string[] run = ["run", "--transport", "rabbitmq", "--rabbitmq-uri", vhost.ToString(), "--inbox", batch.Inbox, "--store", batch.StorePath];

        using (var first = PipelineProcess.Start(run, batch.Folder))
        {
            await batch.Store.WaitForAsync(20, Generous, first);
            first.KillHard();
        }

        var (processed, stored) = await batch.SnapshotAsync();
        output.WriteLine($"at the kill: {stored.Count} stored, {processed.Count} in processed/ (the broker holds the rest of those)");

        using (var second = PipelineProcess.Start(run, batch.Folder))
        {
            await batch.Store.WaitForAsync(Files, Generous, second);
            await batch.WaitUntilAllProcessedAsync(second);
            Assert.Equal(0, await second.StopAsync(TimeSpan.FromMinutes(1)));
        }

        await batch.AssertEveryArticleStoredOnceAsync();
    }

    [Fact]
    public async Task The_sink_alone_killed_mid_batch_when_split_by_role_leaves_nothing_lost_after_its_restart()
    {
        var vhost = await node.CreateVirtualHostAsync();
        using var batch = new Batch();
        string[] common = ["run", "--transport", "rabbitmq", "--rabbitmq-uri", vhost.ToString(), "--inbox", batch.Inbox, "--store", batch.StorePath];

        using var upstream = PipelineProcess.Start([.. common, "--roles", "watcher,language,duplicates,extraction"], batch.Folder);
        using (var sink = PipelineProcess.Start([.. common, "--roles", "sink"], batch.Folder))
        {
            await batch.Store.WaitForAsync(20, Generous, upstream, sink);
            sink.KillHard();
        }

        output.WriteLine($"at the kill: {await batch.Store.CountAsync()} stored");
        using (var sink = PipelineProcess.Start([.. common, "--roles", "sink"], batch.Folder))
        {
            await batch.Store.WaitForAsync(Files, Generous, upstream, sink);
            Assert.Equal(0, await sink.StopAsync(TimeSpan.FromMinutes(1)));
        }

        await batch.WaitUntilAllProcessedAsync(upstream);
        Assert.Equal(0, await upstream.StopAsync(TimeSpan.FromMinutes(1)));
        await batch.AssertEveryArticleStoredOnceAsync();
    }

    /// <summary>300 generated articles already in an inbox, a store beside it, and the checks every test makes.</summary>
    internal sealed class Batch : IDisposable
    {
        private readonly IReadOnlyList<(string Name, byte[] Bytes)> articles = GeneratedArticles.Make(Files);

        /// <param name="dropped">How many of the files are in the inbox from the start; <see cref="DropTheRest"/> drops the others.</param>
        public Batch(int dropped = Files)
        {
            Folder = Scratch.CreateFolder("crash");
            Ids = articles.ToDictionary(a => a.Name, a => ArticleIdentity.Of(a.Name, a.Bytes));
            GeneratedArticles.Drop(Inbox, articles.Take(dropped).ToList());
            Store = new StoreProbe(StorePath);
            Dropped = dropped;
        }

        public int Dropped { get; private set; }

        public string Folder { get; }

        public string Inbox => Path.Combine(Folder, "inbox");

        public string Processed => Path.Combine(Inbox, "processed");

        public string StorePath => Path.Combine(Folder, "data", "pipeline.db");

        public IReadOnlyDictionary<string, Guid> Ids { get; }

        public StoreProbe Store { get; }

        /// <summary>Drops the files not dropped yet, each written under a temporary name and renamed into place.</summary>
        public void DropTheRest()
        {
            var staging = Path.Combine(Folder, "staging");
            GeneratedArticles.Drop(staging, articles.Skip(Dropped).ToList());
            foreach (var file in Directory.GetFiles(staging))
            {
                File.Move(file, Path.Combine(Inbox, Path.GetFileName(file)));
            }

            Dropped = Files;
        }

        /// <summary>The ids of the files in processed/ and the ids the store holds, read in that order.</summary>
        public async Task<(IReadOnlySet<Guid> Processed, IReadOnlySet<Guid> Stored)> SnapshotAsync()
        {
            var processed = Directory.Exists(Processed)
                ? Directory.GetFiles(Processed).Select(f => Ids[Path.GetFileName(f)]).ToHashSet()
                : [];
            return (processed, await Store.StoredAmongAsync(Ids.Values.ToList()));
        }

        public async Task WaitUntilAllProcessedAsync(PipelineProcess worker)
        {
            var deadline = DateTime.UtcNow + Generous;
            while (!Directory.Exists(Processed) || Directory.GetFiles(Processed).Length < Files || Directory.GetFiles(Inbox).Length > 0)
            {
                worker.AssertRunning();
                Assert.True(DateTime.UtcNow < deadline, $"not every file reached processed/ within {Generous}:\n{worker.Log()}");
                await Task.Delay(200);
            }
        }

        public async Task AssertEveryArticleStoredOnceAsync()
        {
            var articles = await Store.ArticlesAsync();
            Assert.Equal(Ids.Values.Order(), articles.Select(a => a.Id).Order());
            Assert.Equal(Ids.Keys.Order(), articles.Select(a => a.FileName).Order());

            // Handled again after the crash, an article must get the verdict it got the first time, never "a copy of itself".
            Assert.DoesNotContain(articles, a => a.DuplicateKind == "exact" || a.OriginalId == a.Id);
            Assert.Equal(Ids.Keys.Order(), Directory.GetFiles(Processed).Select(Path.GetFileName).Order());
            Assert.False(Directory.Exists(Path.Combine(Inbox, "failed")) && Directory.EnumerateFileSystemEntries(Path.Combine(Inbox, "failed")).Any());
        }

        public void Dispose()
        {
            Store.Dispose();
            Scratch.DeleteFolderAsync(Folder).GetAwaiter().GetResult();
        }
    }
}
