using Pipeline.Storage.Sqlite;
using Pipeline.Storage.Tests.Behaviour;

namespace Pipeline.Storage.Tests.Sqlite;

public sealed class SqliteArticleStoreTests() : ArticleStoreBehaviour(new SqliteEngine())
{
    [Theory]
    [InlineData("chars Bakhmut", "\"chars\"* \"bakhmut\"*")]
    [InlineData("l'armée \"NEAR(a b)\" OR -x", "\"armée\"* \"near\"* \"or\"*")]
    [InlineData("  ?! ", "")]
    [InlineData("50 000", "\"50\"* \"000\"*")]
    public void A_search_becomes_required_prefix_terms_with_no_fts5_operators(string query, string expected)
        => Assert.Equal(expected, SqliteDialect.ToFtsQuery(query, " "));
}

public sealed class SqliteDuplicateIndexTests() : DuplicateIndexBehaviour(new SqliteEngine());
