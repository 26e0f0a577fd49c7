namespace Pipeline.Analysis.Entities;

/// <summary>
/// "Banque de France", "Chambre d'Agriculture", "Société Générale", "Bank of England": a capitalised organisation
/// noun followed by a name is an organisation, named as written. Where the language puts a noun's qualifiers before it,
/// capitalised words before the noun are part of the name too ("the State Election Commission", "National Electoral
/// Board", "Election Commission of Pakistan"), and the noun needs no name after it.
/// </summary>
internal static class OrganisationHeadFinder
{
    private const int MostQualifiers = 3;

    /// <summary>
    /// Names by capitals first; <paramref name="byAdjectives"/> (run after the gazetteers have taken "l'Union européenne")
    /// reads the nouns with lower-case adjectives only.
    /// </summary>
    public static void Find(EntityReading reading, bool byAdjectives = false)
    {
        var tokens = reading.Tokens;
        var lexicon = reading.Lexicon;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (reading.IsTaken(i) || !tokens[i].IsCapitalised || !lexicon.OrganisationHeads.Contains(tokens[i].Folded))
            {
                continue;
            }

            var first = lexicon.QualifiersBeforeRole ? QualifiersBefore(reading, i) : i;
            int last;
            if (byAdjectives)
            {
                if (AdjectivesAfter(reading, i) is not (var named and > 0))
                {
                    continue;
                }

                first = i;
                last = named;
            }
            else if (i + 1 < tokens.Count && reading.Joined(i) && NameAfter(reading, i) is { } next)
            {
                last = next;
                while (last + 1 < tokens.Count && last - next < 2 && reading.Joined(last) && !reading.IsTaken(last + 1) && tokens[last + 1].IsTitleCase
                       && !lexicon.NotNames.Contains(tokens[last + 1].Folded) && !lexicon.ReportingVerbs.Contains(tokens[last + 1].Folded))
                {
                    last++;
                }
            }
            else if (first < i)
            {
                last = i;
            }
            else
            {
                continue;
            }

            var name = reading.Span(first, last);
            reading.Take(first, last, new KnownEntity($"org:{EntityTokens.Slug(name)}", EntityType.Organisation, name));
            i = last;
        }
    }

    /// <summary>
    /// "la Commission électorale nationale indépendante", "la Banque mondiale": where the language puts qualifiers after
    /// the noun, the institution's lower-case adjectives that follow it; the last of them, or 0 when none does.
    /// </summary>
    private static int AdjectivesAfter(EntityReading reading, int head)
    {
        var last = 0;
        for (var k = head + 1; k < reading.Count && k - head <= MostQualifiers && reading.Joined(k - 1); k++)
        {
            ref readonly var token = ref reading.Tokens[k];
            if (token.IsCapitalised || reading.IsTaken(k) || !reading.Lexicon.OrganisationAdjectives.Contains(token.Folded))
            {
                break;
            }

            last = k;
        }

        return last;
    }

    /// <summary>"State Election" before "Commission": free title-case words joined to the noun, none a function word or a role.</summary>
    private static int QualifiersBefore(EntityReading reading, int head)
    {
        var first = head;
        while (first > 0 && head - first < MostQualifiers && reading.Joined(first - 1) && QualifiesAName(reading, first - 1))
        {
            first--;
        }

        return first;
    }

    private static bool QualifiesAName(EntityReading reading, int k)
    {
        ref readonly var token = ref reading.Tokens[k];
        var lexicon = reading.Lexicon;
        return !reading.IsTaken(k) && token.IsTitleCase && !lexicon.NotNames.Contains(token.Folded)
               && !lexicon.Articles.Contains(reading.Lower(k)) && !lexicon.Roles.Contains(token.Folded)
               && !lexicon.ReportingVerbs.Contains(token.Folded) && !lexicon.Honorifics.Contains(reading.Lower(k));
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
            || lexicon.NotNames.Contains(name.Folded) || lexicon.Nationalities.ContainsKey(name.Folded)
            || lexicon.ReportingVerbs.Contains(name.Folded))
        {
            return null;
        }

        return next;
    }
}
