namespace Pipeline.Analysis.Figures;

/// <summary>
/// The kind of equipment each model is ("equipment:m1-abrams" is a tank), by the entity ids of Entities/Resources, read
/// from Figures/Resources/equipment-kinds.tsv. A row ending in "-" names the models of a designation prefix
/// ("equipment:su-" are aircraft). Kinds are the language-neutral units of [unit]; each language names them in [kind-noun].
/// </summary>
internal static class EquipmentKinds
{
    private static readonly Lazy<(Dictionary<string, string> Models, (string Prefix, string Kind)[] Prefixes)> Table = new(Load);

    /// <summary>The model's kind ("tank", "rocket launcher"), or null when our knowledge has none.</summary>
    public static string? Of(string entityId)
    {
        var (models, prefixes) = Table.Value;
        if (models.TryGetValue(entityId, out var kind))
        {
            return kind;
        }

        foreach (var (prefix, prefixKind) in prefixes)
        {
            if (entityId.StartsWith(prefix, StringComparison.Ordinal) && entityId.Length > prefix.Length && char.IsAsciiDigit(entityId[prefix.Length]))
            {
                return prefixKind;
            }
        }

        return null;
    }

    private static (Dictionary<string, string>, (string, string)[]) Load()
    {
        var models = new Dictionary<string, string>(StringComparer.Ordinal);
        var prefixes = new List<(string, string)>();
        using var stream = typeof(EquipmentKinds).Assembly.GetManifestResourceStream("Pipeline.Analysis.Figures.Resources.equipment-kinds.tsv");
        using var reader = new StreamReader(stream ?? throw new InvalidOperationException("equipment-kinds.tsv is not embedded"));
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var parts = line.Split('\t', StringSplitOptions.TrimEntries);
            if (parts[0].EndsWith('-'))
            {
                prefixes.Add((parts[0], parts[1]));
            }
            else
            {
                models[parts[0]] = parts[1];
            }
        }

        // Longest prefix first: "equipment:bmp-" before "equipment:bm-" before "equipment:b-".
        return (models, [.. prefixes.OrderByDescending(p => p.Item1.Length)]);
    }
}
