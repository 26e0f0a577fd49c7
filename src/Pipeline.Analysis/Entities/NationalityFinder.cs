namespace Pipeline.Analysis.Entities;

/// <summary>
/// "soldats nord-coréens", "North Korean troops", "les Russes": a nationality that says which country acts or is meant
/// becomes a mention of that country. Which nationalities say so is the language's: beside a noun of actors (on the
/// side the language puts it), capitalised, or with the ending of a people.
/// </summary>
internal static class NationalityFinder
{
    public static void Find(EntityReading reading)
    {
        var tokens = reading.Tokens;
        var lexicon = reading.Lexicon;
        var attached = new HashSet<int>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (reading.IsTaken(i))
            {
                continue;
            }

            var width = 1;
            string? country = null;
            if (i + 1 < tokens.Count && !reading.IsTaken(i + 1) && reading.Joined(i) && lexicon.TwoWordNationalityStarts.Contains(tokens[i].Folded)
                && lexicon.Nationalities.TryGetValue(tokens[i].Folded + " " + tokens[i + 1].Folded, out var two))
            {
                (country, width) = (two, 2);
            }
            else if (lexicon.Nationalities.TryGetValue(tokens[i].Folded, out var one))
            {
                country = one;
            }

            if (country is null || !reading.Knowledge.Countries.TryGetValue(country, out var nation))
            {
                continue;
            }

            var last = i + width - 1;
            if (NamesItsCountry(reading, i, last, attached))
            {
                reading.Take(i, last, nation, nationality: true);
                attached.Add(last);
            }

            i = last;
        }
    }

    private static bool NamesItsCountry(EntityReading reading, int first, int last, HashSet<int> attached)
    {
        var lexicon = reading.Lexicon;
        var tokens = reading.Tokens;
        if ((lexicon.CapitalisedNationalityIsPeople && tokens[first].IsCapitalised)
            || (lexicon.PeopleEnding is { } ending && tokens[last].Folded.EndsWith(ending, StringComparison.Ordinal)))
        {
            return true;
        }

        switch (lexicon.ActorNounSide)
        {
            case ActorNounSide.Before:
                // "soldats russes et nord-coréens": a nationality joined to one already attached shares its noun.
                var previous = first > 0 && reading.Joined(first - 1) ? tokens[first - 1].Folded : "";
                return lexicon.ActorNouns.Contains(previous) || (lexicon.NationalityJoiners.Contains(previous) && attached.Contains(first - 2));
            case ActorNounSide.After:
                var next = last + 1 < tokens.Count && reading.Joined(last) ? tokens[last + 1].Folded : "";
                return lexicon.ActorNouns.Contains(next);
            default:
                return false;
        }
    }
}
