namespace Pipeline.Analysis.Entities;

/// <summary>
/// Institutions named through a nationality ("ministère russe de la Défense", "Russian defence ministry"): one entity
/// per country, named in English, from the patterns of the text's language.
/// </summary>
internal static class InstitutionFinder
{
    public static void Find(EntityReading reading)
    {
        var nationalities = reading.Lexicon.Nationalities;
        foreach (var pattern in reading.Lexicon.Institutions)
        {
            var first = pattern.Tokens[0];
            var firstIsNationality = first == "{nat}";
            for (var i = 0; i + pattern.Tokens.Length <= reading.Count; i++)
            {
                // Most words cannot open the pattern: one comparison rejects them before the full match below.
                var folded = reading.Tokens[i].Folded;
                if (firstIsNationality ? !nationalities.ContainsKey(folded) : !string.Equals(folded, first, StringComparison.Ordinal))
                {
                    continue;
                }

                if (CountryOf(reading, pattern, i) is { } country && reading.Knowledge.Countries.TryGetValue(country, out var nation))
                {
                    var entity = new KnownEntity(
                        $"org:{pattern.IdSuffix}-{country.ToLowerInvariant()}",
                        EntityType.Organisation,
                        pattern.Canonical.Replace("{country}", nation.Canonical, StringComparison.Ordinal));
                    reading.Take(i, i + pattern.Tokens.Length - 1, entity);
                }
            }
        }
    }

    /// <summary>The country whose nationality fills the pattern's slot when the pattern matches at a token, else null.</summary>
    private static string? CountryOf(EntityReading reading, InstitutionPattern pattern, int at)
    {
        string? country = null;
        for (var k = 0; k < pattern.Tokens.Length; k++)
        {
            if (reading.IsTaken(at + k) || (k > 0 && !reading.Joined(at + k - 1)))
            {
                return null;
            }

            var folded = reading.Tokens[at + k].Folded;
            var matches = pattern.Tokens[k] == "{nat}"
                ? reading.Lexicon.Nationalities.TryGetValue(folded, out country)
                : folded == pattern.Tokens[k];
            if (!matches)
            {
                return null;
            }
        }

        return country;
    }
}
