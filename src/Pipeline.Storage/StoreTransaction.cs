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
        => await Statement(sql, parameters.Select(p => p.Name), parameters.Select(p => p.Value)).ExecuteNonQueryAsync(cancellationToken);

    /// <summary>Reads every row of a query, reusing the connection's command for the same text.</summary>
    public async Task<List<T>> ListAsync<T>(string sql, Func<DbDataReader, T> read, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        var command = Statement(sql, parameters.Select(p => p.Name), parameters.Select(p => p.Value));
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
        var columns = rows.Columns.Count;
        var (key, keySize) = (string.Empty, 0);
        for (var start = 0; start < rows.Count;)
        {
            var size = ChunkSize(rows.Count - start, Dialect.RowsPerStatement);
            if (size != keySize)
            {
                (key, keySize) = ($"{rows.Table}({string.Join(',', rows.Columns)}) {tail} × {size}", size);
            }

            var command = statements.TryGetValue(key, out var prepared) ? prepared : Prepare(key, MultiRowInsert(rows, tail, size), size * columns);
            command.Transaction = Transaction;
            for (var row = 0; row < size; row++)
            {
                var values = rows.Rows[start + row];
                for (var column = 0; column < columns; column++)
                {
                    command.Parameters[(row * columns) + column].Value = values[column] ?? DBNull.Value;
                }
            }

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

    private DbCommand Statement(string sql, IEnumerable<string> names, IEnumerable<object?> values)
    {
        if (!statements.TryGetValue(sql, out var command))
        {
            command = Prepare(sql, sql, names);
        }

        command.Transaction = Transaction;
        var index = 0;
        foreach (var value in values)
        {
            command.Parameters[index++].Value = value ?? DBNull.Value;
        }

        return command;
    }

    /// <summary>A multi-row insert's command, its parameters named <c>@v0</c>, <c>@v1</c>, … in row order.</summary>
    private DbCommand Prepare(string key, string sql, int parameters)
        => Prepare(key, sql, Enumerable.Range(0, parameters).Select(i => $"@v{i}"));

    private DbCommand Prepare(string key, string sql, IEnumerable<string> names)
    {
        var command = Connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in names)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            command.Parameters.Add(parameter);
        }

        statements[key] = command;
        return command;
    }
}
