using Dapper;
using Npgsql;
using Pipeline.Storage.Postgres;
using Pipeline.Storage.Tests.Behaviour;
using Pipeline.Testing;

namespace Pipeline.Storage.Tests.Postgres;

[Collection(PostgresCluster.CollectionName)]
public sealed class PostgresArticleStoreTests(PostgresCluster cluster) : ArticleStoreBehaviour(new PostgresEngine(cluster))
{
    [Theory]
    [InlineData("fr", "Un char russe a été détruit.", "chars détruits")]
    [InlineData("en", "A Russian tank was destroyed.", "tanks destroying")]
    public async Task A_search_is_stemmed_with_the_article_language(string language, string text, string query)
    {
        var id = Guid.NewGuid();
        await Store.Sink.SaveAsync(StoreSamples.Article(id, "a.txt", language, text), CancellationToken.None);

        Assert.Equal([id], (await Store.Reader.SearchAsync(query, 10, CancellationToken.None)).Select(h => h.Article.Id));
    }

    [Fact]
    public async Task An_article_in_another_language_is_matched_word_for_word()
    {
        var id = Guid.NewGuid();
        await Store.Sink.SaveAsync(StoreSamples.Article(id, "a.txt", "uk", "Танки під Бахмутом"), CancellationToken.None);

        Assert.Equal([id], (await Store.Reader.SearchAsync("танки", 10, CancellationToken.None)).Select(h => h.Article.Id));
        Assert.Empty(await Store.Reader.SearchAsync("танк", 10, CancellationToken.None));
    }

    [Fact]
    public async Task Web_search_syntax_excludes_words_and_matches_phrases()
    {
        var town = Guid.NewGuid();
        await Store.Sink.SaveAsync(StoreSamples.Article(town, "a.txt", "fr", "Des chars détruits près de Bakhmut."), CancellationToken.None);
        await Store.Sink.SaveAsync(StoreSamples.Article(Guid.NewGuid(), "b.txt", "fr", "Des chars détruits près de Koursk."), CancellationToken.None);

        Assert.Equal([town], (await Store.Reader.SearchAsync("chars -Koursk", 10, CancellationToken.None)).Select(h => h.Article.Id));
        Assert.Equal(2, (await Store.Reader.SearchAsync("\"chars détruits\"", 10, CancellationToken.None)).Count);
        Assert.Empty(await Store.Reader.SearchAsync("\"détruits chars\"", 10, CancellationToken.None));
    }

    [Theory]
    [InlineData("postgres://pipeline:s%40cret@db.example:6543/news", "db.example", 6543, "pipeline", "s@cret", "news")]
    [InlineData("postgresql://reader@10.0.0.5/pipeline", "10.0.0.5", 5432, "reader", null, "pipeline")]
    public void A_postgres_uri_becomes_a_connection_string(string uri, string host, int port, string user, string? password, string database)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(PostgresUri.ToConnectionString(uri));

        Assert.Equal((host, port, user, password, database), (builder.Host, builder.Port, builder.Username, builder.Password, builder.Database));
    }

    [Theory]
    [InlineData("postgres://u:secret@/d")]
    [InlineData("postgres://u:secret@h/d?no_such_setting=1")]
    [InlineData("mysql://u:secret@h/d")]
    public void A_malformed_uri_is_refused_without_showing_its_password(string uri)
    {
        var error = Assert.Throws<FormatException>(() => PostgresUri.ToConnectionString(uri));

        Assert.DoesNotContain("secret", error.Message);
    }

    [Fact]
    public void Uri_query_parameters_become_connection_string_keywords()
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(
            PostgresUri.ToConnectionString("postgres://u:p@h:5433/d?sslmode=require&Maximum%20Pool%20Size=5"));

        Assert.Equal((Npgsql.SslMode.Require, 5), (builder.SslMode, builder.MaxPoolSize));
    }
}

[Collection(PostgresCluster.CollectionName)]
public sealed class PostgresDuplicateIndexTests(PostgresCluster cluster) : DuplicateIndexBehaviour(new PostgresEngine(cluster))
{
    [Fact]
    public async Task A_check_waits_while_another_worker_holds_the_index_lock_and_the_wait_is_measured()
    {
        using var measurements = new RecordedMeasurements();
        var index = Engine.Open(Location, measurements).Duplicates;
        await using var blocker = new NpgsqlConnection(PostgresUri.ToConnectionString(Location.Value));
        await blocker.OpenAsync();
        await using var transaction = await blocker.BeginTransactionAsync();
        await blocker.ExecuteAsync(
            "SELECT pg_advisory_xact_lock(@space, @key)", new { space = PostgresDialect.LockSpace, key = PostgresDialect.IndexLock }, transaction);

        var check = index.CheckAndAddAsync(
            new DuplicateCandidate(Guid.NewGuid(), "fingerprint", new byte[64], [.. Enumerable.Range(1, 20).Select(k => (long)k)], 0.7), CancellationToken.None);
        await WaitForLockWaitersAsync(blocker, transaction, 1);
        await Task.Delay(TimeSpan.FromMilliseconds(300));
        Assert.False(check.IsCompleted);
        await transaction.RollbackAsync();

        Assert.Equal(new DuplicateMatch("unique", null, 0), await check);
        var wait = Assert.Single(measurements.Of("pipeline_store_lock_wait_seconds", "duplicates"));
        Assert.InRange(wait, 0.3, 60);
    }

    private static async Task WaitForLockWaitersAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (await connection.ExecuteScalarAsync<long>(
                   "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted", transaction: transaction) < count)
        {
            Assert.True(DateTime.UtcNow < deadline, "the check never waited for the lock");
            await Task.Delay(20);
        }
    }
}
