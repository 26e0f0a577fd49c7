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

    public static void Find(EntityReading reading)
    {
        var tokens = reading.Tokens;
        var lexicon = reading.Lexicon;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!IsFreeHead(reading, i))
            {
                continue;
            }

            var first = lexicon.QualifiersBeforeRole ? QualifiersBefore(reading, i) : i;
            int last;
            if (i + 1 < tokens.Count && reading.Joined(i) && NameAfter(reading, i) is { } next)
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

            Take(reading, first, last);
            i = last;
        }
    }

    /// <summary>
    /// "la Commission électorale nationale indépendante", "la Banque mondiale": a capitalised organisation noun and the
    /// lower-case adjectives that name it; run after the gazetteers, which have taken "l'Union européenne".
    /// </summary>
    public static void FindByAdjectives(EntityReading reading)
    {
        if (reading.Lexicon.OrganisationAdjectives.Count == 0)
        {
            return;
        }

        for (var i = 0; i < reading.Count; i++)
        {
            if (IsFreeHead(reading, i) && AdjectivesAfter(reading, i) is var last and > 0)
            {
                Take(reading, i, last);
                i = last;
            }
        }
    }

    private static bool IsFreeHead(EntityReading reading, int i) =>
        !reading.IsTaken(i) && reading.Tokens[i].IsCapitalised && reading.Lexicon.OrganisationHeads.Contains(reading.Tokens[i].Folded);

    private static void Take(EntityReading reading, int first, int last)
    {
        var name = reading.Span(first, last);
        reading.Take(first, last, new KnownEntity($"org:{EntityTokens.Slug(name)}", EntityType.Organisation, name));
    }

    /// <summary>The last of the institution's lower-case adjectives that follow its noun, or 0 when none does.</summary>
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
