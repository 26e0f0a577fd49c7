using Npgsql;

namespace Pipeline.Storage.Postgres;

/// <summary>How a <c>postgres://</c> store location becomes an Npgsql connection string, and how it is shown in logs.</summary>
public static class PostgresUri
{
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

    /// <summary>Host, port and database, without the credentials, for log lines.</summary>
    public static string Describe(string connectionString)
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
