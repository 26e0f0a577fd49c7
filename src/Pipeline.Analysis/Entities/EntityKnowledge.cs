namespace Pipeline.Analysis.Entities;

/// <summary>A canonical entity: what all its variants merge to.</summary>
internal sealed record KnownEntity(string Id, EntityType Type, string Canonical);

/// <summary>One spelling of a known entity, as folded tokens.</summary>
internal sealed record EntityAlias(KnownEntity Entity, string[] Tokens, string[] Original, bool Acronym);

/// <summary>An institution named through a nationality: pattern tokens with one "{nat}" slot.</summary>
internal sealed record InstitutionPattern(string[] Tokens, string Canonical, string IdSuffix);

/// <summary>
/// The language-neutral knowledge the entity extractor reads, loaded once from the shared gazetteers in
/// Entities/Resources (see the README there for sources and licences): names in every language we read, so any
/// language finds them. What a language says of where names stand is in its <see cref="EntityLexicon"/>.
/// </summary>
internal sealed class EntityKnowledge
{
    private static readonly Lazy<EntityKnowledge> Shared = new(Load);

    public static EntityKnowledge Default => Shared.Value;

    public Dictionary<string, List<EntityAlias>> AliasesByFirstToken { get; } = [];

    public int LongestAlias { get; private set; }

    public Dictionary<string, KnownEntity> Countries { get; } = [];

    /// <summary>Ids of known places that are not states: cities, regions, seas ("place:bakhmut", "place:black-sea").</summary>
    public HashSet<string> NonStatePlaceIds { get; } = new(StringComparer.Ordinal);

    /// <summary>Folded nationality form (one or two tokens joined by a space) → country code.</summary>
    public Dictionary<string, string> Nationalities { get; } = [];

    /// <summary>First words of the two-word nationalities ("nord" of "nord coreen"), so that most words need no lookup of a pair.</summary>
    public HashSet<string> TwoWordNationalityStarts { get; } = [];

    /// <summary>Capitalised words never part of a person's name in the languages we read, folded; each language may add its own.</summary>
    public HashSet<string> NotNames { get; } = [];

    /// <summary>Designation prefixes of equipment models ("Su" of "Su-35").</summary>
    public HashSet<string> EquipmentPrefixes { get; } = new(StringComparer.Ordinal);

    /// <summary>Adds a nationality form ("nord-coréen", "North Korean") of a country.</summary>
    public static void AddNationality(Dictionary<string, string> nationalities, HashSet<string> twoWordStarts, string form, string country)
    {
        var words = EntityTokens.Tokenize(form).Select(t => t.Folded).ToList();
        nationalities[string.Join(' ', words)] = country;
        if (words.Count == 2)
        {
            twoWordStarts.Add(words[0]);
        }
    }

    private static EntityKnowledge Load()
    {
        var k = new EntityKnowledge();
        foreach (var row in Rows("countries.tsv"))
        {
            var entity = new KnownEntity($"place:{row[0].ToLowerInvariant()}", EntityType.Place, row[1]);
            k.Countries[row[0]] = entity;
            foreach (var name in row[2].Split('|'))
            {
                k.AddAlias(entity, name);
            }
        }

        foreach (var row in Rows("entities.tsv"))
        {
            var entity = new KnownEntity(row[0], Enum.Parse<EntityType>(row[1]), row[2]);
            foreach (var name in row[3].Split('|'))
            {
                k.AddAlias(entity, name);
            }
        }

        // Cities last: one that is already known under some name (Kyiv, Moscow) gains the other names rather than
        // becoming a second entity; a name already taken (a country's) stays with its first owner.
        foreach (var row in Rows("cities.tsv"))
        {
            var names = row[2].Split('|');
            var entity = names.Select(k.Find).FirstOrDefault(e => e?.Type == EntityType.Place)
                         ?? new KnownEntity($"place:{EntityTokens.Slug(row[1])}", EntityType.Place, row[1]);
            foreach (var name in names.Where(n => k.Find(n) is null))
            {
                k.AddAlias(entity, name);
            }
        }

        foreach (var row in Rows("nationalities.tsv"))
        {
            foreach (var form in row[1].Split('|'))
            {
                AddNationality(k.Nationalities, k.TwoWordNationalityStarts, form, row[0]);
            }
        }

        var countryIds = k.Countries.Values.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        k.NonStatePlaceIds.UnionWith(k.AliasesByFirstToken.Values.SelectMany(list => list)
            .Select(a => a.Entity).Where(e => e.Type == EntityType.Place && !countryIds.Contains(e.Id)).Select(e => e.Id));
        k.NotNames.UnionWith(Lines("not-names.txt").Select(EntityTokens.Fold));
        k.EquipmentPrefixes.UnionWith(Rows("equipment-patterns.tsv").Select(row => row[0]));
        return k;
    }

    /// <summary>The entity a name already stands for, if any.</summary>
    private KnownEntity? Find(string name)
    {
        var folded = EntityTokens.Tokenize(name).Select(t => t.Folded).ToArray();
        return folded.Length > 0 && AliasesByFirstToken.TryGetValue(folded[0], out var list)
            ? list.FirstOrDefault(a => a.Tokens.SequenceEqual(folded))?.Entity
            : null;
    }

    private void AddAlias(KnownEntity entity, string name)
    {
        var tokens = EntityTokens.Tokenize(name);
        if (tokens.Count == 0)
        {
            return;
        }

        var acronym = tokens.Count == 1 && name.Length >= 2 && name.All(c => !char.IsLetter(c) || char.IsUpper(c));
        var alias = new EntityAlias(entity, [.. tokens.Select(t => t.Folded)], [.. tokens.Select(t => t.Text)], acronym);
        if (!AliasesByFirstToken.TryGetValue(alias.Tokens[0], out var list))
        {
            AliasesByFirstToken[alias.Tokens[0]] = list = [];
        }

        list.Add(alias);
        list.Sort((a, b) => b.Tokens.Length.CompareTo(a.Tokens.Length));
        LongestAlias = Math.Max(LongestAlias, alias.Tokens.Length);
    }

    private static IEnumerable<string[]> Rows(string file) => EntityResources.Rows(file);

    private static IEnumerable<string> Lines(string file) => EntityResources.Lines(file);
}
