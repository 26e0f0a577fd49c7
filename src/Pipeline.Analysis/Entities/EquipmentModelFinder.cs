namespace Pipeline.Analysis.Entities;

/// <summary>Equipment models by their designation ("Su-35", "T-90M"): a known prefix, a hyphen, then a digit.</summary>
internal static class EquipmentModelFinder
{
    public static void Find(EntityReading reading)
    {
        for (var i = 0; i < reading.Count; i++)
        {
            var word = reading.Tokens[i].Text;
            var dash = word.IndexOf('-', StringComparison.Ordinal);
            if (reading.IsTaken(i) || dash <= 0 || dash == word.Length - 1 || !char.IsDigit(word[dash + 1])
                || !reading.Knowledge.EquipmentPrefixes.Contains(word[..dash]))
            {
                continue;
            }

            reading.Take(i, i, new KnownEntity($"equipment:{EntityTokens.Slug(word)}", EntityType.Equipment, word));
        }
    }
}
