using Microsoft.Extensions.Logging;
using Npgsql;
using Polly;

namespace Pipeline.Storage.Postgres;

/// <summary>
/// The pooled connections to one PostgreSQL database, and the transaction every write runs in, retried when the
/// server reports a serialization failure, a deadlock or a lost connection.
/// </summary>
public sealed class PostgresDatabase : IAsyncDisposable, IDisposable
{
    private readonly NpgsqlDataSource dataSource;
    private readonly ResiliencePipeline transientRetry;

    public PostgresDatabase(string uri, ILogger logger)
    {
        var connectionString = ToConnectionString(uri);
        Target = Describe(connectionString);
        dataSource = NpgsqlDataSource.Create(connectionString);
        transientRetry = StoreRetry.Build(
            new PredicateBuilder().Handle<NpgsqlException>(IsTransient),
            args =>
            {
                logger.LogWarning(
                    args.Outcome.Exception,
                    "PostgreSQL store {Target}: {SqlState} {Reason}, retry {Attempt} in {Delay} ms",
                    Target,
                    (args.Outcome.Exception as PostgresException)?.SqlState ?? "connection",
                    args.Outcome.Exception?.Message,
                    args.AttemptNumber + 1,
                    args.RetryDelay.TotalMilliseconds);
                return ValueTask.CompletedTask;
            });
    }

    /// <summary>Host, port and database, without the credentials, for log lines.</summary>
    public string Target { get; }

    /// <summary>
    /// Turns <c>postgres://user:pass@host:port/db?sslmode=require</c> (or <c>postgresql://</c>) into an Npgsql
    /// connection string; query parameters are passed on as connection string keywords.
    /// </summary>
    public static string ToConnectionString(string uri)
    {
        if (!Uri.TryCreate(uri, UriKind.Absolute, out var parsed) || parsed.Scheme is not ("postgres" or "postgresql"))
        {
            throw new FormatException($"not a postgres:// URI: '{Redact(uri)}'");
        }

        if (parsed.DnsSafeHost.Length == 0)
        {
            throw new FormatException($"no host in '{Redact(uri)}'");
        }

        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = parsed.DnsSafeHost,
            Port = parsed.IsDefaultPort || parsed.Port <= 0 ? 5432 : parsed.Port,
            Database = Uri.UnescapeDataString(parsed.AbsolutePath.TrimStart('/')) is { Length: > 0 } name ? name : null,
        };
        if (parsed.UserInfo.Length > 0)
        {
            var colon = parsed.UserInfo.IndexOf(':', StringComparison.Ordinal);
            builder.Username = Uri.UnescapeDataString(colon < 0 ? parsed.UserInfo : parsed.UserInfo[..colon]);
            if (colon >= 0)
            {
                builder.Password = Uri.UnescapeDataString(parsed.UserInfo[(colon + 1)..]);
            }
        }

        foreach (var pair in parsed.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var key = Uri.UnescapeDataString(equals < 0 ? pair : pair[..equals]);
            try
            {
                builder[key] = equals < 0 ? "true" : Uri.UnescapeDataString(pair[(equals + 1)..]);
            }
            catch (ArgumentException e)
            {
                throw new FormatException($"'{key}' in '{Redact(uri)}': {e.Message}", e);
            }
        }

        return builder.ConnectionString;
    }

    public ValueTask<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken) => dataSource.OpenConnectionAsync(cancellationToken);

    /// <summary>Runs <paramref name="work"/> in one transaction, retried from the start when the failure is transient.</summary>
    public async Task<T> WriteAsync<T>(Func<NpgsqlConnection, NpgsqlTransaction, Task<T>> work, CancellationToken cancellationToken)
        => await transientRetry.ExecuteAsync(
            async ct =>
            {
                await using var connection = await OpenAsync(ct);
                await using var transaction = await connection.BeginTransactionAsync(ct);
                var result = await work(connection, transaction);
                await transaction.CommitAsync(ct);
                return result;
            },
            cancellationToken);

    /// <summary>Runs a read, retried when the connection failed.</summary>
    public async Task<T> ReadAsync<T>(Func<NpgsqlConnection, Task<T>> work, CancellationToken cancellationToken)
        => await transientRetry.ExecuteAsync(
            async ct =>
            {
                await using var connection = await OpenAsync(ct);
                return await work(connection);
            },
            cancellationToken);

    public ValueTask DisposeAsync() => dataSource.DisposeAsync();

    public void Dispose() => dataSource.Dispose();

    // 40001 serialization failure and 40P01 deadlock are named so the retry does not depend on Npgsql's list;
    // IsTransient covers the rest (lost connections, timeouts, 53xxx resources, 57P0x shutdowns).
    private static bool IsTransient(NpgsqlException exception)
        => exception is PostgresException { SqlState: PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected }
            || exception.IsTransient;

    private static string Describe(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        return $"{builder.Host}:{builder.Port}/{builder.Database}";
    }

    private static string Redact(string uri)
    {
        var at = uri.IndexOf('@', StringComparison.Ordinal);
        var scheme = uri.IndexOf("://", StringComparison.Ordinal);
        return at > 0 && scheme > 0 && at > scheme ? string.Concat(uri.AsSpan(0, scheme + 3), "…", uri.AsSpan(at)) : uri;
    }
}
