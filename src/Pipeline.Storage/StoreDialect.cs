using System.Data.Common;

namespace Pipeline.Storage;

/// <summary>
/// What one database engine does its own way, and nothing else: how to connect, how a write waits for its lock, the
/// types of ids and timestamps, lists as parameters, bulk inserts and full-text search. Every flow of the store (the
/// sink's writes, the duplicate index, the commands' queries, migrations) is written once over it, so a new engine is
/// a dialect and a schema (<see cref="StoreSchema"/>), checked by the behaviour tests every engine runs.
/// </summary>
internal abstract class StoreDialect : IAsyncDisposable
{
    /// <summary>The engine's name in logs and metrics.</summary>
    public abstract string Engine { get; }

    /// <summary>Where the database is, without credentials, for log lines.</summary>
    public abstract string Target { get; }

    public abstract Task<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>Begins a write transaction on <paramref name="connection"/>, returning once it holds <paramref name="writeLock"/>.</summary>
    public abstract Task<DbTransaction> BeginWriteAsync(DbConnection connection, WriteLock writeLock, CancellationToken cancellationToken);

    /// <summary>Begins a transaction that only reads: one snapshot, no lock that a writer would wait for.</summary>
    public abstract Task<DbTransaction> BeginReadAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>Whether beginning a write with <paramref name="writeLock"/> waits for other writers (a wait worth measuring).</summary>
    public abstract bool Locks(WriteLock writeLock);

    /// <summary>Whether a failed transaction is worth running again from the start (a busy database, a lost connection, a deadlock).</summary>
    public abstract bool IsTransient(Exception exception);

    /// <summary>An article, claim or group id as the articles' tables hold it.</summary>
    public abstract object Id(Guid id);

    /// <summary>A 16-byte key as the duplicate index holds it (article ids, fingerprint keys).</summary>
    public abstract object Key(Guid key);

    /// <summary>A point in time as the tables hold it.</summary>
    public abstract object Timestamp(DateTimeOffset time);

    /// <summary>A condition that <paramref name="column"/> is in the list bound to <paramref name="parameter"/> (made by <see cref="Ids"/> or <see cref="Texts"/>).</summary>
    public abstract string IsAnyOf(string column, string parameter);

    /// <summary>Ids of the articles' tables as one list parameter for <see cref="IsAnyOf"/>.</summary>
    public abstract object Ids(IEnumerable<Guid> ids);

    /// <summary>Texts as one list parameter for <see cref="IsAnyOf"/>.</summary>
    public abstract object Texts(IEnumerable<string> texts);

    /// <summary>
    /// Rows per multi-row statement at most (a power of two). Fewer statements save round trips and calls, but an
    /// engine that looks its parameters up by name one by one pays for long statements.
    /// </summary>
    public abstract int RowsPerStatement { get; }

    /// <summary>Inserts rows that cannot conflict with any stored row, the engine's fastest way.</summary>
    public abstract Task InsertAsync(StoreTransaction transaction, RowSet rows, CancellationToken cancellationToken);

    /// <summary>The search parameters for a user's query, or null when it holds no word to search for.</summary>
    public abstract SearchTerms? Search(string query);

    /// <summary>Article ids matching <c>@all</c> (<see cref="SearchTerms.All"/>), best first, at most <c>@limit</c>.</summary>
    public abstract string SearchArticles { get; }

    /// <summary>The <see cref="ClaimRow.Columns"/> of claims of the articles in <c>@ids</c> whose sentence matches <c>@any</c> (<see cref="SearchTerms.Any"/>).</summary>
    public abstract string SearchClaims { get; }

    public abstract ValueTask DisposeAsync();
}

/// <summary>A user's search as parameters: every word required (articles), any word enough (their claims).</summary>
internal sealed record SearchTerms(object All, object Any);
