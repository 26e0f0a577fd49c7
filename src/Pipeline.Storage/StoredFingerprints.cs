using System.Data.Common;
using Pipeline.Analysis.Duplicates;

namespace Pipeline.Storage;

/// <summary>
/// The exact fingerprints of the articles stored, recomputed after <see cref="DuplicateText.Normalize"/> changed: a copy
/// that arrives after the upgrade is fingerprinted by the new normalisation, and finds its original only if the
/// original's fingerprint was made by it too.
/// </summary>
internal static class StoredFingerprints
{
    /// <summary>
    /// Rewrites each stored article's fingerprint that the normalisation of today makes differently, and re-keys the
    /// duplicate index's rows that carried the old one (the article's own row and those of its exact copies).
    /// </summary>
    public static async Task RecomputeAsync(MigrationStep step)
    {
        var ct = step.CancellationToken;
        var changed = new List<(object Id, string Old, string New)>();
        await using (var read = StoreCommand.Create(step.Connection, step.Transaction, "SELECT id, text, fingerprint FROM articles"))
        await using (var rows = await read.ExecuteReaderAsync(ct))
        {
            while (await rows.ReadAsync(ct))
            {
                var (id, text, old) = (rows.GetValue(0), rows.GetString(1), rows.GetString(2));
                var now = TextFingerprint.Of(text);
                if (now != old)
                {
                    changed.Add((id, old, now));
                }
            }
        }

        foreach (var (id, _, now) in changed)
        {
            await StoreCommand.ExecuteAsync(
                step.Connection, step.Transaction, "UPDATE articles SET fingerprint = @fingerprint WHERE id = @id", ct, ("@fingerprint", now), ("@id", id));
        }

        var rekeyed = changed.Select(c => (c.Old, c.New)).Distinct().ToList();
        if (rekeyed.Count == 0)
        {
            return;
        }

        if (step.IndexApart)
        {
            await step.DuplicateIndex.WriteOnceAsync(
                SchemaMigrator.Writer,
                WriteLock.Schema,
                async index =>
                {
                    await RekeyAsync(index.Connection, index.Transaction, step.DuplicateIndex.Dialect, rekeyed, ct);
                    return 0;
                },
                ct);
        }
        else
        {
            await RekeyAsync(step.Connection, step.Transaction, step.DuplicateIndex.Dialect, rekeyed, ct);
        }
    }

    private static async Task RekeyAsync(
        DbConnection connection, DbTransaction transaction, StoreDialect dialect, List<(string Old, string New)> rekeyed, CancellationToken cancellationToken)
    {
        foreach (var (old, now) in rekeyed)
        {
            await StoreCommand.ExecuteAsync(
                connection,
                transaction,
                "UPDATE duplicate_articles SET fingerprint = @now WHERE fingerprint = @old",
                cancellationToken,
                ("@now", dialect.Key(FingerprintKey.Of(now))),
                ("@old", dialect.Key(FingerprintKey.Of(old))));
        }
    }
}
