namespace Pipeline.Storage;

/// <summary>Rows for one table, values in the order of <see cref="Columns"/>, already in the engine's types.</summary>
internal sealed record RowSet(string Table, IReadOnlyList<string> Columns, IReadOnlyList<object?[]> Rows)
{
    public int Count => Rows.Count;
}
