namespace Pipeline.Analysis.Entities;

/// <summary>
/// The role given with a person's name: before it ("le président russe Vladimir Poutine", "Russian President Vladimir
/// Putin") or after it between commas ("Andriy Chernyak, un responsable du renseignement militaire ukrainien,").
/// </summary>
internal static class RolePhrase
{
    private const int Reach = 14;

    public static void Attach(EntityReading reading)
    {
        foreach (var person in reading.Found.Where(f => f.Entity.Type == EntityType.Person))
        {
            person.Role = Before(reading, person.First) ?? After(reading, person.Last);
        }
    }

    /// <summary>
    /// "la vice-ministre ukrainienne de la Défense, Hanna Malyar" or "le président russe Vladimir Poutine": reads back
    /// from the name over role vocabulary to the first role word after its article.
    /// </summary>
    public static string? Before(EntityReading reading, int name)
    {
        var titles = TitlesBefore(reading, name);
        if (titles == name)
        {
            return RoleWordsBefore(reading, name) is { } role ? reading.Span(role, name - 1) : null;
        }

        // "army spokesman Col. John Smith", "Lt. Gen. Jane Doe": the short titles belong to the role, with their period.
        var first = RoleWordsBefore(reading, titles) ?? titles;
        var end = reading.Tokens[name - 1].End;
        if (end < reading.Text.Length && reading.Text[end] == '.')
        {
            end++;
        }

        return reading.Text[reading.Tokens[first].Start..end];
    }

    /// <summary>Where the run of short titles ("Lt. Gen.", "Sen.") right before a name starts; the name itself when there are none.</summary>
    private static int TitlesBefore(EntityReading reading, int name)
    {
        var first = name;
        while (first > 0 && reading.Tokens[first - 1].IsCapitalised && reading.Lexicon.AbbreviatedTitles.Contains(reading.Lower(first - 1))
               && reading.Tokens[first].Start - reading.Tokens[first - 1].End <= 2)
        {
            first--;
        }

        return first;
    }

    private static int? RoleWordsBefore(EntityReading reading, int name)
    {
        if (name == 0 || reading.BreakAfter(name - 1))
        {
            return null;
        }

        var lexicon = reading.Lexicon;
        var end = name - 1;
        var earliest = -1;
        var apposition = reading.CommaAfter(end);
        for (var k = end; k >= Math.Max(0, name - Reach); k--)
        {
            if (k < end && (reading.BreakAfter(k) || reading.CommaAfter(k)))
            {
                break;
            }

            var word = reading.Tokens[k].Folded;
            var lower = reading.Lower(k);
            if (lexicon.Roles.Contains(word) || (lexicon.RoleModifiers.Contains(word) && earliest == k + 1))
            {
                earliest = k;
            }
            else if (lexicon.RoleJoiners.Contains(lower) && earliest == k + 1)
            {
                // "chef du Conseil de sécurité russe et ancien ministre de la Défense": one role, two offices.
                continue;
            }
            else if (lexicon.ClauseWords.Contains(lower) || (lexicon.Articles.Contains(lower) && earliest == k + 1))
            {
                break;
            }
            else if (!apposition && reading.InPerson(k))
            {
                // "le président Zelensky Volodymyr ..." is not a role; "le porte-parole de Poutine, Dmitri Peskov" is.
                break;
            }
        }

        if (earliest < 0 || (earliest == end && !lexicon.Roles.Contains(reading.Tokens[end].Folded)) || lexicon.Connectives.Contains(reading.Lower(end)))
        {
            return null;
        }

        if (lexicon.QualifiersBeforeRole)
        {
            earliest = QualifiersBefore(reading, earliest);
        }

        return earliest;
    }

    /// <summary>"Andriy Chernyak, un responsable du renseignement militaire ukrainien, a déclaré": the role after the comma.</summary>
    public static string? After(EntityReading reading, int name)
    {
        var next = name + 1;
        if (next >= reading.Count || !reading.CommaAfter(name) || reading.BreakAfter(name))
        {
            return null;
        }

        var lexicon = reading.Lexicon;
        var first = lexicon.Articles.Contains(reading.Lower(next)) ? next + 1 : next;
        var last = -1;
        var hasRole = false;
        for (var k = first; k < reading.Count && k < first + Reach; k++)
        {
            if (lexicon.ClauseWords.Contains(reading.Lower(k)) && !hasRole)
            {
                return null;
            }

            hasRole |= lexicon.Roles.Contains(reading.Tokens[k].Folded);
            last = k;
            if (k + 1 >= reading.Count || reading.CommaAfter(k) || reading.BreakAfter(k))
            {
                break;
            }
        }

        return hasRole && last >= first ? reading.Span(first, last) : null;
    }

    /// <summary>
    /// Where a language puts a role's qualifiers before its head ("Ukraine's deputy defence minister", "NATO Secretary
    /// General", "Russian President"): reads back over them to the article, possessive or clause that opens the phrase.
    /// </summary>
    private static int QualifiersBefore(EntityReading reading, int head)
    {
        var start = head;
        for (var k = head - 1; k >= 0 && head - k <= 4; k--)
        {
            if (OpensRolePhrase(reading, k))
            {
                break;
            }

            ref readonly var token = ref reading.Tokens[k];
            if (!reading.InOrganisation(k) && token.IsCapitalised && !reading.Lexicon.Nationalities.ContainsKey(token.Folded)
                && !reading.Lexicon.Roles.Contains(token.Folded))
            {
                break;
            }

            start = k;
        }

        return start;
    }

    /// <summary>Whether a word before a role's qualifiers stands outside the role: a break, a function word, a verb, an owner.</summary>
    private static bool OpensRolePhrase(EntityReading reading, int k)
    {
        var lexicon = reading.Lexicon;
        var lower = reading.Lower(k);
        return reading.BreakAfter(k) || reading.CommaAfter(k)
               || reading.Tokens[k + 1].Start - reading.Tokens[k].End != 1
               || lexicon.Articles.Contains(lower) || lexicon.ClauseWords.Contains(lower) || lexicon.Connectives.Contains(lower)
               || lexicon.ReportingVerbs.Contains(reading.Tokens[k].Folded)
               || IsPossessiveEnding(reading, k);
    }

    /// <summary>The "s" of "Ukraine's": the owner owns the role rather than being part of it.</summary>
    private static bool IsPossessiveEnding(EntityReading reading, int k) =>
        k > 0 && reading.Lexicon.PossessiveEndings.Contains(reading.Lower(k))
        && reading.Text.AsSpan(reading.Tokens[k - 1].End, reading.Tokens[k].Start - reading.Tokens[k - 1].End).IndexOfAny('\'', '’') >= 0;
}
