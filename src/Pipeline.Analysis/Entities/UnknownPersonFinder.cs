namespace Pipeline.Analysis.Entities;

/// <summary>
/// People the gazetteers do not know, found where names stand: after a title or a role, before an apposition or a
/// reporting verb; and their later mentions by surname.
/// </summary>
internal static class UnknownPersonFinder
{
    /// <summary>
    /// Full names first, so that a later "M. Lyons" merges with the "Mike Lyons" named before rather than becoming a
    /// person of its own; then lone surnames after a title.
    /// </summary>
    public static void Find(EntityReading reading, bool fullNames)
    {
        var tokens = reading.Tokens;
        var lexicon = reading.Lexicon;
        for (var i = 0; i < tokens.Count; i++)
        {
            var honorific = i > 0 && tokens[i - 1].IsCapitalised && lexicon.Honorifics.Contains(reading.Lower(i - 1));
            if (!reading.LooksLikeNamePart(i, capitalsAllowed: honorific) || IsTitle(reading, i))
            {
                continue;
            }

            // OCR'd and older papers print surnames in capitals: "Emmanuel DESOLES", "M. DUPONT".
            var last = i;
            while (last + 1 < tokens.Count && last - i < 3 && reading.Joined(last) && reading.LooksLikeNamePart(last + 1, capitalsAllowed: true))
            {
                last++;
            }

            var afterRoleWord = i > 0 && reading.Joined(i - 1) && lexicon.Roles.Contains(tokens[i - 1].Folded) && !tokens[i - 1].IsCapitalised;
            var accepted = fullNames
                ? last > i && (honorific || RolePhrase.Before(reading, i) is not null || RolePhrase.After(reading, last) is not null || ReportingVerbAfter(reading, last))
                : last == i && (honorific || afterRoleWord);
            if (accepted)
            {
                var name = string.Join(' ', tokens.AsSpan()[i..(last + 1)].ToArray().Select(t => t.Text));
                reading.Take(i, last, new KnownEntity($"person:{EntityTokens.Slug(name)}", EntityType.Person, name));
            }

            i = last;
        }
    }

    /// <summary>A later "Malyar" or "M. Austin" is the "Hanna Malyar" or "Lloyd Austin" named in full before.</summary>
    public static void FindSurnamesOfPeopleNamedInFull(EntityReading reading)
    {
        var tokens = reading.Tokens;
        var surnames = new Dictionary<string, KnownEntity>();
        foreach (var person in reading.Found.Where(f => f.Entity.Type == EntityType.Person && f.Last > f.First))
        {
            surnames.TryAdd(tokens[person.Last].Folded, person.Entity);
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            if (!reading.IsTaken(i) && tokens[i].IsCapitalised && surnames.TryGetValue(tokens[i].Folded, out var person))
            {
                reading.Take(i, i, person);
            }
        }
    }

    /// <summary>
    /// "Col." in "army spokesman Col. John Smith" and "Maj" in "Maj Paul Okafor" are the title of the name after them, never
    /// a name or a surname themselves.
    /// </summary>
    private static bool IsTitle(EntityReading reading, int i)
    {
        var end = reading.Tokens[i].End;
        var lower = reading.Lower(i);
        return (end < reading.Text.Length && reading.Text[end] == '.' && reading.Lexicon.Honorifics.Contains(lower))
               || (reading.Lexicon.AbbreviatedTitles.Contains(lower) && i + 1 < reading.Count && reading.Joined(i) && reading.Tokens[i + 1].IsCapitalised);
    }

    /// <summary>"Pavlo Kyrylenko a posté", "Kyrylenko said": a reporting verb, or an auxiliary and one, right after the name.</summary>
    private static bool ReportingVerbAfter(EntityReading reading, int last)
    {
        var next = last + 1;
        if (next >= reading.Count || reading.BreakAfter(last) || reading.CommaAfter(last))
        {
            return false;
        }

        var verbs = reading.Lexicon.ReportingVerbs;
        if (verbs.Contains(reading.Tokens[next].Folded))
        {
            return true;
        }

        return reading.Lexicon.Auxiliaries.Contains(reading.Lower(next)) && next + 1 < reading.Count && verbs.Contains(reading.Tokens[next + 1].Folded);
    }
}
