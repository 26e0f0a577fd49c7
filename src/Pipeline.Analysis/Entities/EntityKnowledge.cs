using System.Reflection;

namespace Pipeline.Analysis.Entities;

/// <summary>A canonical entity: what all its variants merge to.</summary>
internal sealed record KnownEntity(string Id, EntityType Type, string Canonical);

/// <summary>One spelling of a known entity, as folded tokens.</summary>
internal sealed record EntityAlias(KnownEntity Entity, string[] Tokens, string[] Original, bool Acronym);

/// <summary>An institution named through a nationality: pattern tokens with one "{nat}" slot.</summary>
internal sealed record InstitutionPattern(string Language, string[] Tokens, string Canonical, string IdSuffix);

/// <summary>
/// The language knowledge the entity extractor reads, loaded once from the embedded files in Entities/Resources
/// (see the README there for sources and licences).
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

    public Dictionary<string, HashSet<string>> Roles { get; } = [];

    public Dictionary<string, HashSet<string>> RoleModifiers { get; } = [];

    public Dictionary<string, HashSet<string>> ReportingVerbs { get; } = [];

    public Dictionary<string, HashSet<string>> ActorNouns { get; } = [];

    public Dictionary<string, HashSet<string>> PlaceNouns { get; } = [];

    public Dictionary<string, HashSet<string>> OrganisationHeads { get; } = [];

    public HashSet<string> NotNames { get; } = [];

    public HashSet<string> EquipmentPrefixes { get; } = new(StringComparer.Ordinal);

    public List<InstitutionPattern> Institutions { get; } = [];

    public static readonly string[] Languages = ["fr", "en"];

    public HashSet<string> RolesOf(string language) => Roles.GetValueOrDefault(language) ?? Roles["fr"];

    public HashSet<string> RoleModifiersOf(string language) => RoleModifiers.GetValueOrDefault(language) ?? RoleModifiers["fr"];

    public HashSet<string> ReportingVerbsOf(string language) => ReportingVerbs.GetValueOrDefault(language) ?? ReportingVerbs["fr"];

    public HashSet<string> ActorNounsOf(string language) => ActorNouns.GetValueOrDefault(language) ?? ActorNouns["fr"];

    public HashSet<string> PlaceNounsOf(string language) => PlaceNouns.GetValueOrDefault(language) ?? PlaceNouns["fr"];

    public HashSet<string> OrganisationHeadsOf(string language) => OrganisationHeads.GetValueOrDefault(language) ?? OrganisationHeads["fr"];

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
                var words = EntityTokens.Tokenize(form).Select(t => t.Folded).ToList();
                k.Nationalities[string.Join(' ', words)] = row[0];
                if (words.Count == 2)
                {
                    k.TwoWordNationalityStarts.Add(words[0]);
                }
            }
        }

        foreach (var language in Languages)
        {
            var roles = Lines($"roles-{language}.txt").ToList();
            k.Roles[language] = [.. roles.Where(r => !r.StartsWith('+')).Select(EntityTokens.Fold)];
            k.RoleModifiers[language] = [.. roles.Where(r => r.StartsWith('+')).Select(r => EntityTokens.Fold(r[1..]))];
            k.ReportingVerbs[language] = [.. Lines($"reporting-verbs-{language}.txt").Select(EntityTokens.Fold)];
            k.ActorNouns[language] = [.. Lines($"actor-nouns-{language}.txt").Select(EntityTokens.Fold)];
            k.PlaceNouns[language] = [.. Lines($"place-nouns-{language}.txt").Select(EntityTokens.Fold)];
            k.OrganisationHeads[language] = [.. Lines($"organisation-heads-{language}.txt").Select(EntityTokens.Fold)];
        }

        var countryIds = k.Countries.Values.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        k.NonStatePlaceIds.UnionWith(k.AliasesByFirstToken.Values.SelectMany(list => list)
            .Select(a => a.Entity).Where(e => e.Type == EntityType.Place && !countryIds.Contains(e.Id)).Select(e => e.Id));
        k.NotNames.UnionWith(Lines("not-names.txt").Select(EntityTokens.Fold));
        k.EquipmentPrefixes.UnionWith(Lines("equipment-patterns.tsv"));
        foreach (var row in Rows("institutions.tsv"))
        {
            var tokens = row[1].Split(' ').Select(t => t == "{nat}" ? t : EntityTokens.Fold(t)).ToArray();
            k.Institutions.Add(new InstitutionPattern(row[0], tokens, row[2], row[3]));
        }

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

    private static IEnumerable<string[]> Rows(string file) => Lines(file).Select(l => l.Split('\t'));

    private static IEnumerable<string> Lines(string file)
    {
        var assembly = typeof(EntityKnowledge).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith(".Entities.Resources." + file, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource {name} is missing.");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                lines.Add(line.TrimEnd('\r'));
            }
        }

        return lines;
    }
}
