using System.Data.Common;
using Npgsql;
using NpgsqlTypes;

namespace Pipeline.Storage.Postgres;

/// <summary>
/// PostgreSQL, shared by every worker: pooled connections, row locks for the sink (no lock on the whole database), a
/// transaction-scoped advisory lock for the schema and one for the duplicate index, uuid ids, timestamptz, arrays as
/// list parameters, binary COPY for rows that cannot conflict, and full-text search with the article's language.
/// </summary>
internal sealed class PostgresDialect : StoreDialect
{
    /// <summary>
    /// Advisory lock key held by the migration transaction, so that of several workers starting at once one migrates
    /// and the others wait, then find nothing left to do. The value spells "pipe-mig".
    /// </summary>
    public const long MigrationLock = 0x7069_7065_2D6D_6967;

    /// <summary>The advisory lock of the duplicate index: two integers, so ours never meet another application's ("dupl", 1).</summary>
    public const int LockSpace = 0x6475_706C;

    /// <summary>The second half of the duplicate index's lock key.</summary>
    public const int IndexLock = 1;

    private readonly NpgsqlDataSource dataSource;

    public PostgresDialect(string uri)
    {
        var connectionString = PostgresUri.ToConnectionString(uri);
        Target = PostgresUri.Describe(connectionString);
        dataSource = NpgsqlDataSource.Create(connectionString);
    }

    public override string Engine => "postgres";

    public override int RowsPerStatement => 128;

    public override string Target { get; }

    /// <summary>Each article is matched with the query parsed by its own configuration; one branch per configuration keeps "search @@ constant query" in the condition, which the GIN index answers.</summary>
    public override string SearchArticles => $"""
        SELECT a.id FROM articles a
        JOIN (VALUES {string.Join(", ", PostgresSearch.Configurations.Select(c => $"('{c}'::regconfig, websearch_to_tsquery('{c}', @all))"))})
            AS q(config, query)
            ON pipeline_search_config(a.language) = q.config AND a.search @@ q.query
        ORDER BY ts_rank(a.search, q.query) DESC, a.received_at, a.id
        LIMIT @limit
        """;

    /// <summary>A claim is shown when its sentence shares a stemmed word with the query ("1 800 chars" is far from "Bakhmut").</summary>
    public override string SearchClaims => $"""
        SELECT {ClaimRow.Columns} FROM claims c JOIN articles a ON a.id = c.article_id
        WHERE c.article_id = ANY(@ids)
          AND tsvector_to_array(to_tsvector(pipeline_search_config(a.language), c.sentence))
              && tsvector_to_array(to_tsvector(pipeline_search_config(a.language), @any))
        ORDER BY c.article_id, c.ordinal
        """;

    public override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken) => await dataSource.OpenConnectionAsync(cancellationToken);

    public override async Task<DbTransaction> BeginWriteAsync(DbConnection connection, WriteLock writeLock, CancellationToken cancellationToken)
    {
        var transaction = await ((NpgsqlConnection)connection).BeginTransactionAsync(cancellationToken);
        var sql = writeLock switch
        {
            // Taken before anything else, even the CREATE TABLE IF NOT EXISTS: two of those at once can fail on pg_type.
            WriteLock.Schema => $"SELECT pg_advisory_xact_lock({MigrationLock})",
            WriteLock.DuplicateIndex => $"SELECT pg_advisory_xact_lock({LockSpace}, {IndexLock})",
            _ => null,
        };
        if (sql is not null)
        {
            await StoreCommand.ExecuteAsync(connection, transaction, sql, cancellationToken);
        }

        return transaction;
    }

    public override async Task<DbTransaction> BeginReadAsync(DbConnection connection, CancellationToken cancellationToken)
        => await ((NpgsqlConnection)connection).BeginTransactionAsync(cancellationToken);

    public override bool Locks(WriteLock writeLock) => writeLock is not WriteLock.Rows;

    // 40001 serialization failure and 40P01 deadlock are named so the retry does not depend on Npgsql's list;
    // IsTransient covers the rest (lost connections, timeouts, 53xxx resources, 57P0x shutdowns).
    public override bool IsTransient(Exception exception)
        => exception is PostgresException { SqlState: PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected }
            || exception is NpgsqlException { IsTransient: true };

    public override object Id(Guid id) => id;

    public override object Key(Guid key) => key;

    public override object Timestamp(DateTimeOffset time) => time.ToUniversalTime();

    public override string IsAnyOf(string column, string parameter) => $"{column} = ANY({parameter})";

    public override object Ids(IEnumerable<Guid> ids) => ids.ToArray();

    public override object Texts(IEnumerable<string> texts) => texts.ToArray();

    /// <summary>Binary COPY: one round trip for all the rows, no statement to parse.</summary>
    public override async Task InsertAsync(StoreTransaction transaction, RowSet rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return;
        }

        var connection = (NpgsqlConnection)transaction.Connection;
        await using var copy = await connection.BeginBinaryImportAsync(
            $"COPY {rows.Table} ({string.Join(", ", rows.Columns)}) FROM STDIN (FORMAT BINARY)", cancellationToken);
        foreach (var row in rows.Rows)
        {
            await copy.StartRowAsync(cancellationToken);
            foreach (var value in row)
            {
                await (value switch
                {
                    null => copy.WriteNullAsync(cancellationToken),
                    Guid uuid => copy.WriteAsync(uuid, NpgsqlDbType.Uuid, cancellationToken),
                    string text => copy.WriteAsync(text, NpgsqlDbType.Text, cancellationToken),
                    int number => copy.WriteAsync(number, NpgsqlDbType.Integer, cancellationToken),
                    long number => copy.WriteAsync(number, NpgsqlDbType.Bigint, cancellationToken),
                    double number => copy.WriteAsync(number, NpgsqlDbType.Double, cancellationToken),
                    bool flag => copy.WriteAsync(flag, NpgsqlDbType.Boolean, cancellationToken),
                    DateTimeOffset time => copy.WriteAsync(time, NpgsqlDbType.TimestampTz, cancellationToken),
                    byte[] bytes => copy.WriteAsync(bytes, NpgsqlDbType.Bytea, cancellationToken),
                    _ => throw new NotSupportedException($"No COPY type for {value.GetType()} ({rows.Table})."),
                });
            }
        }

        await copy.CompleteAsync(cancellationToken);
    }

    public override SearchTerms? Search(string query) => string.IsNullOrWhiteSpace(query) ? null : new SearchTerms(query, query);

    public override ValueTask DisposeAsync() => dataSource.DisposeAsync();
}
