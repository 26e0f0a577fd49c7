using System.Data.Common;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace Pipeline.Storage.Sqlite;

/// <summary>
/// SQLite, one file: WAL mode (readers never wait for the writer), <c>synchronous=NORMAL</c> (a commit writes the
/// log without waiting for the disk; a power cut may lose the last commits, never corrupt the file), one write lock
/// for the whole file taken at the start of every write (<c>BEGIN IMMEDIATE</c>), ids as text, timestamps as ISO 8601
/// text, lists as a JSON array, FTS5 for search.
/// </summary>
internal sealed class SqliteDialect : StoreDialect
{
    private readonly string connectionString;

    public SqliteDialect(string path)
    {
        Path = System.IO.Path.GetFullPath(path);
        var folder = System.IO.Path.GetDirectoryName(Path);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            DefaultTimeout = 30,
        }.ToString();
    }

    /// <summary>The database file.</summary>
    public string Path { get; }

    public override string Engine => "sqlite";

    /// <summary>
    /// One row per statement, the statement prepared once and run again for each row: in process there is no round
    /// trip to save, and SQLite finds each bound parameter by name in a list, so a statement of n parameters costs n²
    /// to bind (8 rows per statement cost about 20 % more CPU per article than 1 in the store benchmark).
    /// </summary>
    public override int RowsPerStatement => 1;

    public override string Target => Path;

    public override string SearchArticles => """
        SELECT a.id FROM articles_search s JOIN articles a ON a.rowid = s.rowid
        WHERE articles_search MATCH @all
        ORDER BY bm25(articles_search, 10.0, 1.0), a.received_at, a.id
        LIMIT @limit
        """;

    public override string SearchClaims => $"""
        SELECT {ClaimRow.Columns} FROM claims_search s JOIN claims c ON c.rowid = s.rowid
        WHERE claims_search MATCH @any AND {IsAnyOf("c.article_id", "@ids")}
        ORDER BY c.article_id, c.ordinal
        """;

    /// <summary>The file that holds the duplicate index of the store in <paramref name="path"/>: <c>pipeline.db</c> keeps it in <c>pipeline.duplicates.db</c>.</summary>
    public static string DuplicateIndexPath(string path)
        => System.IO.Path.Combine(
            System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path)) ?? string.Empty,
            $"{System.IO.Path.GetFileNameWithoutExtension(path)}.duplicates{System.IO.Path.GetExtension(path)}");

    /// <summary>
    /// Every word of the query as a quoted FTS5 prefix term, joined by <paramref name="separator"/> (a space: all
    /// required, <c>" OR "</c>: any): "chars Bakhmut" becomes <c>"chars"* "bakhmut"*</c>. Quoting keeps FTS5's
    /// operators out of the user's hands; single letters (the l' of l'armée) are left out, as a prefix they would
    /// match nearly every article.
    /// </summary>
    internal static string ToFtsQuery(string query, string separator)
        => string.Join(separator, Regex.Matches(query, @"[\p{L}\p{N}]+")
            .Where(m => m.Length > 1 || char.IsDigit(m.Value[0]))
            .Select(m => $"\"{m.Value.ToLowerInvariant()}\"*"));

    public override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var pragma = connection.CreateCommand();

        // busy_timeout: SQLite sleeps 1 to 100 ms between tries while another process holds the file; this process's
        // own writers never meet there, since each kind has one writer (WriteQueue). A larger page cache keeps the
        // indexes a write touches in memory as the tables grow.
        pragma.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=10000; PRAGMA cache_size=-32768;";
        await pragma.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }

    /// <remarks>SQLite is in-process: beginning waits on this thread (SQLite's own sleeps while another process holds the file).</remarks>
    public override Task<DbTransaction> BeginWriteAsync(DbConnection connection, WriteLock writeLock, CancellationToken cancellationToken)
        => Task.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(deferred: false));

    /// <summary>Deferred: a plain <c>BEGIN</c> (Microsoft.Data.Sqlite's default is <c>BEGIN IMMEDIATE</c>, the write lock).</summary>
    public override Task<DbTransaction> BeginReadAsync(DbConnection connection, CancellationToken cancellationToken)
        => Task.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(deferred: true));

    /// <summary>Every write waits for the file's lock (<c>BEGIN IMMEDIATE</c>): a check-then-insert cannot interleave with another writer.</summary>
    public override bool Locks(WriteLock writeLock) => true;

    // SQLite's own busy_timeout waits for the lock; the retry covers what it gives up on (SQLITE_BUSY on a lock
    // upgrade, SQLITE_LOCKED).
    public override bool IsTransient(Exception exception) => exception is SqliteException { SqliteErrorCode: 5 or 6 };

    public override object Id(Guid id) => id.ToString();

    public override object Key(Guid key) => key.ToByteArray();

    public override object Timestamp(DateTimeOffset time) => time.ToString("O");

    public override string IsAnyOf(string column, string parameter) => $"{column} IN (SELECT value FROM json_each({parameter}))";

    public override object Ids(IEnumerable<Guid> ids) => JsonSerializer.Serialize(ids.Select(id => id.ToString()));

    public override object Texts(IEnumerable<string> texts) => JsonSerializer.Serialize(texts);

    /// <summary>The writer's prepared statements, one row each (<see cref="RowsPerStatement"/>).</summary>
    public override Task InsertAsync(StoreTransaction transaction, RowSet rows, CancellationToken cancellationToken)
        => transaction.InsertAsync<int>(rows, string.Empty, null, cancellationToken);

    public override SearchTerms? Search(string query)
    {
        var all = ToFtsQuery(query, " ");
        return all.Length == 0 ? null : new SearchTerms(all, ToFtsQuery(query, " OR "));
    }

    public override ValueTask DisposeAsync()
    {
        // Pooled connections keep the file open; a store that is closed lets it go.
        SqliteConnection.ClearPool(new SqliteConnection(connectionString));
        return ValueTask.CompletedTask;
    }
}
