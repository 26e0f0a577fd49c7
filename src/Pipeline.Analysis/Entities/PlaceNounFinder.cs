namespace Pipeline.Analysis.Entities;

/// <summary>"la ville de Pokrovsk", "the city of Sloviansk": an unknown capitalised name after a place noun is a place.</summary>
internal static class PlaceNounFinder
{
    public static void Find(EntityReading reading)
    {
        var lexicon = reading.Lexicon;
        for (var k = 0; k + 1 < reading.Count; k++)
        {
            ref readonly var noun = ref reading.Tokens[k];
            if (!lexicon.PlaceNouns.Contains(noun.Folded) || noun.IsCapitalised || !reading.Joined(k) || NameAfter(reading, k) is not { } first)
            {
                continue;
            }

            var last = first;
            while (last + 1 < reading.Count && last - first < 2 && reading.Joined(last) && reading.LooksLikeNamePart(last + 1))
            {
                last++;
            }

            var name = reading.Span(first, last);
            reading.Take(first, last, new KnownEntity($"place:{EntityTokens.Slug(name)}", EntityType.Place, name));
            k = last;
        }
    }

    /// <summary>Where the name after a place noun starts: past a link word ("de", "of"), or right after it where the language allows.</summary>
    private static int? NameAfter(EntityReading reading, int noun)
    {
        var lexicon = reading.Lexicon;
        var first = noun + 1;
        if (lexicon.PlaceLinks.Contains(reading.Lower(first)))
        {
            first++;
            if (first >= reading.Count || !reading.Joined(first - 1))
            {
                return null;
            }
        }
        else if (!lexicon.PlaceLinkOptional)
        {
            return null;
        }

        return reading.LooksLikeNamePart(first) ? first : null;
    }
}
