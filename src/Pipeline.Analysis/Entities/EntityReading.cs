namespace Pipeline.Analysis.Entities;

/// <summary>One pass over one text: the tokens, which of them are taken by a mention, and the mentions found.</summary>
internal sealed class EntityReading
{
    private sealed record Found(int First, int Last, KnownEntity Entity)
    {
        public string? Role { get; set; }

        public bool IsNationality { get; init; }
    }

    private static readonly HashSet<string> Honorifics = ["m", "mme", "mr", "mrs", "ms", "dr", "mlle"];
    private static readonly HashSet<string> Articles = ["le", "la", "l", "les", "un", "une", "the", "a", "an", "son", "sa", "his", "her", "their", "its"];
    private static readonly HashSet<string> Connectives = ["de", "du", "des", "d", "à", "au", "aux", "le", "la", "l", "les", "of", "the", "a", "an", "to", "for"];
    private static readonly HashSet<string> Auxiliaries = ["a", "avait", "aurait", "has", "had", "have"];

    // Words that end a role phrase when reading back from a name: verbs and clause openers, not role vocabulary.
    private static readonly HashSet<string> ClauseWords =
    [
        "a", "ont", "est", "sont", "était", "avait", "sera", "que", "qui", "dont", "ou", "mais", "car", "comme",
        "has", "have", "had", "is", "was", "were", "are", "will", "that", "which", "who", "but", "as", "when",
    ];

    private readonly string text;
    private readonly string language;
    private readonly EntityKnowledge knowledge;
    private readonly EntityTokenList tokens;

    // Function words are compared with their accents: folded, French "à" would read as the verb "a".
    private readonly string[] lower;
    private readonly bool[] taken;

    // Which tokens a person or an organisation covers, so that role reading asks in one step rather than over every
    // mention found so far.
    private readonly bool[] inPerson;
    private readonly bool[] inOrganisation;
    private readonly List<Found> found = [];

    public EntityReading(string text, string language, EntityKnowledge knowledge)
    {
        this.text = text;
        this.language = language;
        this.knowledge = knowledge;
        tokens = EntityTokens.TokenizeInThreadBuffer(text);
        taken = new bool[tokens.Count];
        inPerson = new bool[tokens.Count];
        inOrganisation = new bool[tokens.Count];
        lower = new string[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            lower[i] = tokens[i].Lower;
        }
    }

    public IReadOnlyList<EntityMention> Read()
    {
        FindInstitutions();
        FindOrganisationsByTheirHead();
        FindKnownNames();
        FindEquipmentModels();
        FindSurnamesOfPeopleNamedInFull();
        FindUnknownPeople(fullNames: true);
        FindSurnamesOfPeopleNamedInFull();
        FindUnknownPeople(fullNames: false);
        FindPlacesAfterPlaceNouns();
        AttachRoles();
        FindNationalities();
        return
        [
            .. found.OrderBy(f => f.First).Select(f =>
            {
                var start = tokens[f.First].Start;
                var end = tokens[f.Last].End;
                return new EntityMention(text[start..end], start, end, f.Entity.Type, f.Entity.Canonical, f.Entity.Id, f.Role)
                {
                    IsNationality = f.IsNationality,
                };
            }),
        ];
    }

    private void Take(int first, int last, KnownEntity entity, bool nationality = false)
    {
        for (var i = first; i <= last; i++)
        {
            taken[i] = true;
            inPerson[i] |= entity.Type == EntityType.Person;
            inOrganisation[i] |= entity.Type == EntityType.Organisation;
        }

        found.Add(new Found(first, last, entity) { IsNationality = nationality });
    }

    private bool Free(int first, int last)
    {
        for (var i = first; i <= last; i++)
        {
            if (taken[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Two neighbouring tokens belong to one name only when nothing but a space, apostrophe or hyphen parts them.</summary>
    private bool Joined(int left) =>
        !EntityTokens.BreaksPhrase(text, tokens[left].End, tokens[left + 1].Start)
        && !EntityTokens.HasComma(text, tokens[left].End, tokens[left + 1].Start)
        && tokens[left + 1].Start - tokens[left].End <= 2;

    private void FindKnownNames()
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (taken[i] || !knowledge.AliasesByFirstToken.TryGetValue(tokens[i].Folded, out var aliases))
            {
                continue;
            }

            foreach (var alias in aliases)
            {
                var last = i + alias.Tokens.Length - 1;
                if (last >= tokens.Count || !Free(i, last) || !Matches(alias, i))
                {
                    continue;
                }

                Take(i, last, alias.Entity);
                i = last;
                break;
            }
        }
    }

    private bool Matches(EntityAlias alias, int first)
    {
        for (var k = 0; k < alias.Tokens.Length; k++)
        {
            ref readonly var token = ref tokens[first + k];
            if (token.Folded != alias.Tokens[k] || (k > 0 && !Joined(first + k - 1)))
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

    private void FindInstitutions()
    {
        foreach (var pattern in knowledge.Institutions.Where(p => p.Language == language))
        {
            var first = pattern.Tokens[0];
            var firstIsNationality = first == "{nat}";
            for (var i = 0; i + pattern.Tokens.Length <= tokens.Count; i++)
            {
                // Most words cannot open the pattern: one comparison rejects them before the full match below.
                if (firstIsNationality ? !knowledge.Nationalities.ContainsKey(tokens[i].Folded) : !string.Equals(tokens[i].Folded, first, StringComparison.Ordinal))
                {
                    continue;
                }

                string? country = null;
                var ok = true;
                for (var k = 0; k < pattern.Tokens.Length && ok; k++)
                {
                    ref readonly var token = ref tokens[i + k];
                    ok = !taken[i + k] && (k == 0 || Joined(i + k - 1));
                    if (!ok)
                    {
                        break;
                    }

                    if (pattern.Tokens[k] == "{nat}")
                    {
                        ok = knowledge.Nationalities.TryGetValue(token.Folded, out country);
                    }
                    else
                    {
                        ok = token.Folded == pattern.Tokens[k];
                    }
                }

                if (ok && country is not null && knowledge.Countries.TryGetValue(country, out var nation))
                {
                    var entity = new KnownEntity(
                        $"org:{pattern.IdSuffix}-{country.ToLowerInvariant()}",
                        EntityType.Organisation,
                        pattern.Canonical.Replace("{country}", nation.Canonical, StringComparison.Ordinal));
                    Take(i, i + pattern.Tokens.Length - 1, entity);
                }
            }
        }
    }

    private void FindEquipmentModels()
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var word = tokens[i].Text;
            var dash = word.IndexOf('-', StringComparison.Ordinal);
            if (taken[i] || dash <= 0 || dash == word.Length - 1 || !char.IsDigit(word[dash + 1])
                || !knowledge.EquipmentPrefixes.Contains(word[..dash]))
            {
                continue;
            }

            Take(i, i, new KnownEntity($"equipment:{EntityTokens.Slug(word)}", EntityType.Equipment, word));
        }
    }

    private bool LooksLikeNamePart(int i, bool capitalsAllowed = false) =>
        !taken[i]
        && (tokens[i].IsTitleCase || (capitalsAllowed && tokens[i].IsAllCaps && tokens[i].Text.Length > 1))
        && !knowledge.NotNames.Contains(tokens[i].Folded)
        && !knowledge.Nationalities.ContainsKey(tokens[i].Folded)
        && !knowledge.RolesOf(language).Contains(tokens[i].Folded);

    /// <summary>
    /// Full names first, so that a later "M. Lyons" merges with the "Mike Lyons" named before rather than becoming a
    /// person of its own; then lone surnames after a title.
    /// </summary>
    private void FindUnknownPeople(bool fullNames)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var honorific = i > 0 && tokens[i - 1].IsCapitalised && Honorifics.Contains(lower[i - 1]);
            if (!LooksLikeNamePart(i, capitalsAllowed: honorific))
            {
                continue;
            }

            // OCR'd and older papers print surnames in capitals: "Emmanuel DESOLES", "M. DUPONT".
            var last = i;
            while (last + 1 < tokens.Count && last - i < 3 && Joined(last) && LooksLikeNamePart(last + 1, capitalsAllowed: true))
            {
                last++;
            }

            var afterRoleWord = i > 0 && Joined(i - 1) && knowledge.RolesOf(language).Contains(tokens[i - 1].Folded) && !tokens[i - 1].IsCapitalised;
            var accepted = fullNames
                ? last > i && (honorific || RoleBefore(i) is not null || AppositionAfter(last) is not null || ReportingVerbAfter(last))
                : last == i && (honorific || afterRoleWord);
            if (accepted)
            {
                var name = string.Join(' ', tokens.AsSpan()[i..(last + 1)].ToArray().Select(t => t.Text));
                Take(i, last, new KnownEntity($"person:{EntityTokens.Slug(name)}", EntityType.Person, name));
            }

            i = last;
        }
    }

    /// <summary>"la ville de Pokrovsk", "the city of Sloviansk": an unknown capitalised name after a place noun is a place.</summary>
    private void FindPlacesAfterPlaceNouns()
    {
        var nouns = knowledge.PlaceNounsOf(language);
        for (var k = 0; k + 2 < tokens.Count; k++)
        {
            if (!nouns.Contains(tokens[k].Folded) || tokens[k].IsCapitalised || lower[k + 1] is not ("de" or "d" or "of") || !Joined(k) || !Joined(k + 1))
            {
                continue;
            }

            var first = k + 2;
            var last = first;
            if (!LooksLikeNamePart(first))
            {
                continue;
            }

            while (last + 1 < tokens.Count && last - first < 2 && Joined(last) && LooksLikeNamePart(last + 1))
            {
                last++;
            }

            var name = text[tokens[first].Start..tokens[last].End];
            Take(first, last, new KnownEntity($"place:{EntityTokens.Slug(name)}", EntityType.Place, name));
            k = last;
        }
    }

    /// <summary>
    /// "Banque de France", "Chambre d'Agriculture", "Société Générale", "Bank of England": a capitalised organisation
    /// noun followed by a name is an organisation, named as written.
    /// </summary>
    private void FindOrganisationsByTheirHead()
    {
        var heads = knowledge.OrganisationHeadsOf(language);
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (taken[i] || !tokens[i].IsCapitalised || !heads.Contains(tokens[i].Folded) || !Joined(i))
            {
                continue;
            }

            var next = i + 1;
            if (lower[next] is "de" or "du" or "des" or "d" or "of")
            {
                next++;
                if (next < tokens.Count && lower[next] is "la" or "l" or "the" && Joined(next - 1))
                {
                    next++;
                }

                if (next >= tokens.Count || !Joined(next - 1))
                {
                    continue;
                }
            }

            if (next >= tokens.Count || taken[next] || !(tokens[next].IsTitleCase || (tokens[next].IsAllCaps && tokens[next].Text.Length > 1))
                || knowledge.NotNames.Contains(tokens[next].Folded) || knowledge.Nationalities.ContainsKey(tokens[next].Folded))
            {
                continue;
            }

            var last = next;
            while (last + 1 < tokens.Count && last - next < 2 && Joined(last) && !taken[last + 1] && tokens[last + 1].IsTitleCase
                   && !knowledge.NotNames.Contains(tokens[last + 1].Folded))
            {
                last++;
            }

            var name = text[tokens[i].Start..tokens[last].End];
            Take(i, last, new KnownEntity($"org:{EntityTokens.Slug(name)}", EntityType.Organisation, name));
            i = last;
        }
    }

    private bool ReportingVerbAfter(int last)
    {
        var next = last + 1;
        if (next >= tokens.Count || EntityTokens.BreaksPhrase(text, tokens[last].End, tokens[next].Start)
            || EntityTokens.HasComma(text, tokens[last].End, tokens[next].Start))
        {
            return false;
        }

        var verbs = knowledge.ReportingVerbsOf(language);
        if (verbs.Contains(tokens[next].Folded))
        {
            return true;
        }

        return Auxiliaries.Contains(lower[next]) && next + 1 < tokens.Count && verbs.Contains(tokens[next + 1].Folded);
    }

    /// <summary>A later "Malyar" or "M. Austin" is the "Hanna Malyar" or "Lloyd Austin" named in full before.</summary>
    private void FindSurnamesOfPeopleNamedInFull()
    {
        var surnames = new Dictionary<string, KnownEntity>();
        foreach (var person in found.Where(f => f.Entity.Type == EntityType.Person && f.Last > f.First))
        {
            surnames.TryAdd(tokens[person.Last].Folded, person.Entity);
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            if (!taken[i] && tokens[i].IsCapitalised && surnames.TryGetValue(tokens[i].Folded, out var person))
            {
                Take(i, i, person);
            }
        }
    }

    private void AttachRoles()
    {
        foreach (var person in found.Where(f => f.Entity.Type == EntityType.Person))
        {
            person.Role = RoleBefore(person.First) ?? AppositionAfter(person.Last);
        }
    }

    /// <summary>
    /// "la vice-ministre ukrainienne de la Défense, Hanna Malyar" or "le président russe Vladimir Poutine": reads back
    /// from the name over role vocabulary to the first role word after its article.
    /// </summary>
    private string? RoleBefore(int name)
    {
        if (name == 0 || EntityTokens.BreaksPhrase(text, tokens[name - 1].End, tokens[name].Start))
        {
            return null;
        }

        var roles = knowledge.RolesOf(language);
        var modifiers = knowledge.RoleModifiersOf(language);
        var end = name - 1;
        var earliest = -1;
        var apposition = EntityTokens.HasComma(text, tokens[end].End, tokens[name].Start);
        for (var k = end; k >= Math.Max(0, name - 14); k--)
        {
            if (k < end && (EntityTokens.BreaksPhrase(text, tokens[k].End, tokens[k + 1].Start)
                            || EntityTokens.HasComma(text, tokens[k].End, tokens[k + 1].Start)))
            {
                break;
            }

            var word = tokens[k].Folded;
            if (roles.Contains(word) || (modifiers.Contains(word) && earliest == k + 1))
            {
                earliest = k;
            }
            else if (lower[k] is "et" or "and" && earliest == k + 1)
            {
                // "chef du Conseil de sécurité russe et ancien ministre de la Défense": one role, two offices.
                continue;
            }
            else if (ClauseWords.Contains(lower[k]) || (Articles.Contains(lower[k]) && earliest == k + 1))
            {
                break;
            }
            else if (!apposition && inPerson[k])
            {
                // "le président Zelensky Volodymyr ..." is not a role; "le porte-parole de Poutine, Dmitri Peskov" is.
                break;
            }
        }

        if (earliest < 0 || (earliest == end && !roles.Contains(tokens[end].Folded)) || Connectives.Contains(lower[end]))
        {
            return null;
        }

        if (language == "en")
        {
            earliest = EnglishPremodifiersBefore(earliest);
        }

        return text[tokens[earliest].Start..tokens[end].End];
    }

    /// <summary>
    /// English puts a role's qualifiers before its head: "Ukraine's deputy defence minister", "NATO Secretary
    /// General", "Russian President". Reads back over them to the article, possessive or clause that opens the phrase.
    /// </summary>
    private int EnglishPremodifiersBefore(int head)
    {
        var start = head;
        for (var k = head - 1; k >= 0 && head - k <= 4; k--)
        {
            if (EntityTokens.BreaksPhrase(text, tokens[k].End, tokens[k + 1].Start)
                || EntityTokens.HasComma(text, tokens[k].End, tokens[k + 1].Start)
                || tokens[k + 1].Start - tokens[k].End != 1
                || Articles.Contains(lower[k]) || ClauseWords.Contains(lower[k]) || Connectives.Contains(lower[k])
                || knowledge.ReportingVerbsOf(language).Contains(tokens[k].Folded)
                || (lower[k] == "s" && k > 0 && text.AsSpan(tokens[k - 1].End, tokens[k].Start - tokens[k - 1].End).IndexOfAny('\'', '’') >= 0))
            {
                // The possessive "Ukraine's" owns the role rather than being part of it.
                break;
            }

            var organisationOrPlace = inOrganisation[k];
            if (!organisationOrPlace && tokens[k].IsCapitalised && !knowledge.Nationalities.ContainsKey(tokens[k].Folded)
                && !knowledge.RolesOf(language).Contains(tokens[k].Folded))
            {
                break;
            }

            start = k;
        }

        return start;
    }

    /// <summary>"Andriy Chernyak, un responsable du renseignement militaire ukrainien, a déclaré": the role after the comma.</summary>
    private string? AppositionAfter(int name)
    {
        var next = name + 1;
        if (next >= tokens.Count || !EntityTokens.HasComma(text, tokens[name].End, tokens[next].Start)
            || EntityTokens.BreaksPhrase(text, tokens[name].End, tokens[next].Start))
        {
            return null;
        }

        var first = Articles.Contains(lower[next]) ? next + 1 : next;
        var roles = knowledge.RolesOf(language);
        var last = -1;
        var hasRole = false;
        for (var k = first; k < tokens.Count && k < first + 14; k++)
        {
            if (ClauseWords.Contains(lower[k]) && !hasRole)
            {
                return null;
            }

            hasRole |= roles.Contains(tokens[k].Folded);
            last = k;
            if (k + 1 >= tokens.Count || EntityTokens.HasComma(text, tokens[k].End, tokens[k + 1].Start)
                || EntityTokens.BreaksPhrase(text, tokens[k].End, tokens[k + 1].Start))
            {
                break;
            }
        }

        return hasRole && last >= first ? text[tokens[first].Start..tokens[last].End] : null;
    }

    /// <summary>
    /// "soldats nord-coréens", "North Korean troops", "les Russes": a nationality that says which country acts or
    /// is meant becomes a mention of that country.
    /// </summary>
    private void FindNationalities()
    {
        var actors = knowledge.ActorNounsOf(language);
        var attached = new HashSet<int>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (taken[i])
            {
                continue;
            }

            var width = 1;
            string? country = null;
            if (i + 1 < tokens.Count && !taken[i + 1] && Joined(i) && knowledge.TwoWordNationalityStarts.Contains(tokens[i].Folded)
                && knowledge.Nationalities.TryGetValue(tokens[i].Folded + " " + tokens[i + 1].Folded, out var two))
            {
                (country, width) = (two, 2);
            }
            else if (knowledge.Nationalities.TryGetValue(tokens[i].Folded, out var one))
            {
                country = one;
            }

            if (country is null || !knowledge.Countries.TryGetValue(country, out var nation))
            {
                continue;
            }

            var last = i + width - 1;
            bool meant;
            if (language == "en")
            {
                var next = last + 1 < tokens.Count && Joined(last) ? tokens[last + 1].Folded : "";
                meant = actors.Contains(next) || tokens[last].Folded.EndsWith('s');
            }
            else
            {
                var previous = i > 0 && Joined(i - 1) ? tokens[i - 1].Folded : "";
                meant = tokens[i].IsCapitalised
                        || actors.Contains(previous)
                        || (previous is "et" or "ou" && attached.Contains(i - 2));
            }

            if (meant)
            {
                Take(i, last, nation, nationality: true);
                attached.Add(last);
            }

            i = last;
        }
    }
}
