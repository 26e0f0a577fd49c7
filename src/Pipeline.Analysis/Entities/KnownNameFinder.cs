namespace Pipeline.Analysis.Entities;

/// <summary>Names the shared gazetteers know ("Kiev", "Poutine", "OTAN"), in any language, longest spelling first.</summary>
internal static class KnownNameFinder
{
    public static void Find(EntityReading reading)
    {
        var tokens = reading.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (reading.IsTaken(i) || !reading.Knowledge.AliasesByFirstToken.TryGetValue(tokens[i].Folded, out var aliases))
            {
                continue;
            }

            foreach (var alias in aliases)
            {
                var last = i + alias.Tokens.Length - 1;
                if (last >= tokens.Count || !reading.Free(i, last) || !Matches(reading, alias, i))
                {
                    continue;
                }

                reading.Take(i, last, alias.Entity);
                i = last;
                break;
            }
        }
    }

    private static bool Matches(EntityReading reading, EntityAlias alias, int first)
    {
        for (var k = 0; k < alias.Tokens.Length; k++)
        {
            ref readonly var token = ref reading.Tokens[first + k];
            if (token.Folded != alias.Tokens[k] || (k > 0 && !reading.Joined(first + k - 1)))
            {
                return false;
            }

            // An acronym must be written in capitals ("AP", not "ap"); a capitalised name must start with a capital.
            if (alias.Acronym ? token.Text != alias.Original[k] : char.IsUpper(alias.Original[k][0]) && !token.IsCapitalised)
            {
                return false;
            }
        }

        return true;
    }
}
