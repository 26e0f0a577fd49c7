namespace Pipeline.Analysis.Entities;

/// <summary>
/// "Banque de France", "Chambre d'Agriculture", "Société Générale", "Bank of England": a capitalised organisation
/// noun followed by a name is an organisation, named as written.
/// </summary>
internal static class OrganisationHeadFinder
{
    public static void Find(EntityReading reading)
    {
        var tokens = reading.Tokens;
        var lexicon = reading.Lexicon;
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (reading.IsTaken(i) || !tokens[i].IsCapitalised || !lexicon.OrganisationHeads.Contains(tokens[i].Folded) || !reading.Joined(i)
                || NameAfter(reading, i) is not { } next)
            {
                continue;
            }

            var last = next;
            while (last + 1 < tokens.Count && last - next < 2 && reading.Joined(last) && !reading.IsTaken(last + 1) && tokens[last + 1].IsTitleCase
                   && !lexicon.NotNames.Contains(tokens[last + 1].Folded))
            {
                last++;
            }

            var name = reading.Span(i, last);
            reading.Take(i, last, new KnownEntity($"org:{EntityTokens.Slug(name)}", EntityType.Organisation, name));
            i = last;
        }
    }

    /// <summary>Where the name after an organisation's head starts: past a link word and its article ("de la", "of the"), if any.</summary>
    private static int? NameAfter(EntityReading reading, int head)
    {
        var lexicon = reading.Lexicon;
        var next = head + 1;
        if (lexicon.OrganisationLinks.Contains(reading.Lower(next)))
        {
            next++;
            if (next < reading.Count && lexicon.OrganisationLinkArticles.Contains(reading.Lower(next)) && reading.Joined(next - 1))
            {
                next++;
            }

            if (next >= reading.Count || !reading.Joined(next - 1))
            {
                return null;
            }
        }

        ref readonly var name = ref reading.Tokens[next];
        if (reading.IsTaken(next) || !(name.IsTitleCase || (name.IsAllCaps && name.Text.Length > 1))
            || lexicon.NotNames.Contains(name.Folded) || lexicon.Nationalities.ContainsKey(name.Folded))
        {
            return null;
        }

        return next;
    }
}
