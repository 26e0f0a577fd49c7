using Pipeline.Analysis.Duplicates;

namespace Pipeline.Storage;

/// <summary>
/// One store, by the side each part of the pipeline sees: the sink writes articles, the duplicate stage checks and
/// adds to the index, the commands read, and start-up migrates. Each writing side has one writer in the process;
/// disposing writes what is still queued and closes the connections.
/// </summary>
public sealed class PipelineStore : IAsyncDisposable, IDisposable
{
    private readonly StoreDatabase articles;
    private readonly StoreDatabase duplicateIndex;
    private readonly ArticleWriter sink;
    private readonly SharedDuplicateIndex duplicates;
    private int disposed;

    private PipelineStore(StoreDatabase articles, StoreDatabase duplicateIndex, StoreSchema schema, NearDuplicateOptions? options)
    {
        this.articles = articles;
        this.duplicateIndex = duplicateIndex;
        sink = new ArticleWriter(articles);
        duplicates = new SharedDuplicateIndex(duplicateIndex, options);
        Reader = new ArticleReader(articles);
        Schema = new SchemaMigrator(articles, duplicateIndex, schema);
    }

    public IArticleSink Sink => sink;

    public IDuplicateIndex Duplicates => duplicates;

    public IArticleReader Reader { get; }

    public IStoreSchema Schema { get; }

    /// <summary>The engine's name (sqlite, postgres).</summary>
    public string Engine => articles.Dialect.Engine;

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 1)
        {
            return;
        }

        await sink.DisposeAsync();
        await duplicates.DisposeAsync();
        await articles.DisposeAsync();
        if (duplicateIndex != articles)
        {
            await duplicateIndex.DisposeAsync();
        }
    }

    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    /// <summary>A store over <paramref name="articles"/>, with the duplicate index there too unless <paramref name="duplicateIndex"/> names another database.</summary>
    internal static PipelineStore Over(StoreDatabase articles, StoreDatabase? duplicateIndex, StoreSchema schema, NearDuplicateOptions? options)
        => new(articles, duplicateIndex ?? articles, schema, options);

    /// <summary>The duplicate index's implementation, for benchmarks and tests that fill it in bulk or look at its memory.</summary>
    internal SharedDuplicateIndex DuplicateIndex => duplicates;

    /// <summary>The sink's implementation, for benchmarks and tests that write batches of their own.</summary>
    internal ArticleWriter ArticleWriter => sink;

    internal SchemaMigrator Migrator => (SchemaMigrator)Schema;
}
