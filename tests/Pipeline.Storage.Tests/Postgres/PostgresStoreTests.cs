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
        await Store.SaveAsync(StoreSamples.Article(id, "a.txt", language, text), CancellationToken.None);

        Assert.Equal([id], (await Store.SearchAsync(query, 10, CancellationToken.None)).Select(h => h.Article.Id));
    }

    [Fact]
    public async Task An_article_in_another_language_is_matched_word_for_word()
    {
        var id = Guid.NewGuid();
        await Store.SaveAsync(StoreSamples.Article(id, "a.txt", "uk", "Танки під Бахмутом"), CancellationToken.None);

        Assert.Equal([id], (await Store.SearchAsync("танки", 10, CancellationToken.None)).Select(h => h.Article.Id));
        Assert.Empty(await Store.SearchAsync("танк", 10, CancellationToken.None));
    }

    [Fact]
    public async Task Web_search_syntax_excludes_words_and_matches_phrases()
    {
        var town = Guid.NewGuid();
        await Store.SaveAsync(StoreSamples.Article(town, "a.txt", "fr", "Des chars détruits près de Bakhmut."), CancellationToken.None);
        await Store.SaveAsync(StoreSamples.Article(Guid.NewGuid(), "b.txt", "fr", "Des chars détruits près de Koursk."), CancellationToken.None);

        Assert.Equal([town], (await Store.SearchAsync("chars -Koursk", 10, CancellationToken.None)).Select(h => h.Article.Id));
        Assert.Equal(2, (await Store.SearchAsync("\"chars détruits\"", 10, CancellationToken.None)).Count);
        Assert.Empty(await Store.SearchAsync("\"détruits chars\"", 10, CancellationToken.None));
    }

    [Theory]
    [InlineData("postgres://pipeline:s%40cret@db.example:6543/news", "db.example", 6543, "pipeline", "s@cret", "news")]
    [InlineData("postgresql://reader@10.0.0.5/pipeline", "10.0.0.5", 5432, "reader", null, "pipeline")]
    public void A_postgres_uri_becomes_a_connection_string(string uri, string host, int port, string user, string? password, string database)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(Storage.Postgres.PostgresDatabase.ToConnectionString(uri));

        Assert.Equal((host, port, user, password, database), (builder.Host, builder.Port, builder.Username, builder.Password, builder.Database));
    }

    [Fact]
    public void Uri_query_parameters_become_connection_string_keywords()
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(
            Storage.Postgres.PostgresDatabase.ToConnectionString("postgres://u:p@h:5433/d?sslmode=require&Maximum%20Pool%20Size=5"));

        Assert.Equal((Npgsql.SslMode.Require, 5), (builder.SslMode, builder.MaxPoolSize));
    }
}

[Collection(PostgresCluster.CollectionName)]
public sealed class PostgresDuplicateIndexTests(PostgresCluster cluster) : DuplicateIndexBehaviour(new PostgresEngine(cluster));
