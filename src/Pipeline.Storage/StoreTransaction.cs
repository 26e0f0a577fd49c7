using System.Data.Common;
using System.Text;

namespace Pipeline.Storage;

/// <summary>
/// One write transaction on a writer's connection. Its statements are kept on the connection and reused by later
/// transactions (SQLite prepares a statement once; PostgreSQL parses the same text again, cheaply), and rows go in
/// multi-row statements of a few fixed sizes so that a connection keeps few distinct ones.
/// </summary>
internal sealed class StoreTransaction(DbConnection connection, DbTransaction transaction, StoreDialect dialect, Dictionary<string, DbCommand> statements)
{
    public DbConnection Connection { get; } = connection;

    public DbTransaction Transaction { get; } = transaction;

    public StoreDialect Dialect { get; } = dialect;

    /// <summary>Runs a statement, reusing the connection's command for the same text; parameters are bound in the order given.</summary>
    public async Task<int> ExecuteAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
        => await Statement(sql, () => sql, parameters.Select(p => p.Name), parameters.Select(p => p.Value)).ExecuteNonQueryAsync(cancellationToken);

    /// <summary>Reads every row of a query, reusing the connection's command for the same text.</summary>
    public async Task<List<T>> ListAsync<T>(string sql, Func<DbDataReader, T> read, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        var command = Statement(sql, () => sql, parameters.Select(p => p.Name), parameters.Select(p => p.Value));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    /// <summary>
    /// Inserts <paramref name="rows"/> with multi-row <c>INSERT ... VALUES</c> statements followed by <paramref name="tail"/>
    /// (an <c>ON CONFLICT</c> clause, a <c>RETURNING</c> list), reading what each statement returns with <paramref name="read"/>.
    /// </summary>
    public async Task<List<T>> InsertAsync<T>(RowSet rows, string tail, Func<DbDataReader, T>? read, CancellationToken cancellationToken)
    {
        var returned = new List<T>();
        for (var start = 0; start < rows.Count;)
        {
            var size = ChunkSize(rows.Count - start, Dialect.RowsPerStatement);
            var command = Statement(
                $"{rows.Table}({string.Join(',', rows.Columns)}) {tail} × {size}",
                () => MultiRowInsert(rows, tail, size),
                Enumerable.Range(0, size * rows.Columns.Count).Select(i => $"@v{i}"),
                rows.Rows.Skip(start).Take(size).SelectMany(row => row));
            if (read is null)
            {
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
            else
            {
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    returned.Add(read(reader));
                }
            }

            start += size;
        }

        return returned;
    }

    /// <summary>The largest power of two not above <paramref name="remaining"/> nor <paramref name="most"/>.</summary>
    private static int ChunkSize(int remaining, int most)
    {
        var size = most;
        while (size > remaining)
        {
            size /= 2;
        }

        return size;
    }

    private static string MultiRowInsert(RowSet rows, string tail, int size)
    {
        var sql = new StringBuilder($"INSERT INTO {rows.Table} ({string.Join(", ", rows.Columns)}) VALUES ");
        for (var row = 0; row < size; row++)
        {
            sql.Append(row == 0 ? "(" : ", (");
            for (var column = 0; column < rows.Columns.Count; column++)
            {
                sql.Append(column == 0 ? "@v" : ", @v").Append((row * rows.Columns.Count) + column);
            }

            sql.Append(')');
        }

        return sql.Append(' ').Append(tail).ToString();
    }

    private DbCommand Statement(string key, Func<string> sql, IEnumerable<string> names, IEnumerable<object?> values)
    {
        if (!statements.TryGetValue(key, out var command))
        {
            command = Connection.CreateCommand();
            command.CommandText = sql();
            foreach (var name in names)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = name;
                command.Parameters.Add(parameter);
            }

            statements[key] = command;
        }

        command.Transaction = Transaction;
        var index = 0;
        foreach (var value in values)
        {
            command.Parameters[index++].Value = value ?? DBNull.Value;
        }

        return command;
    }
}
