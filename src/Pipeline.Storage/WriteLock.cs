namespace Pipeline.Storage;

/// <summary>
/// What a write transaction waits for besides the rows it writes. SQLite has one lock, the database file's, which
/// every write takes; PostgreSQL takes an advisory lock for the two writes that need an order, not just their rows.
/// </summary>
internal enum WriteLock
{
    /// <summary>Only the rows written (the sink: idempotent inserts, claim groups in a fixed order).</summary>
    Rows,

    /// <summary>The schema, while a worker migrates it; the others wait, then find nothing left to do.</summary>
    Schema,

    /// <summary>The duplicate index, whose rows are numbered and committed one check-and-add at a time.</summary>
    DuplicateIndex,
}
