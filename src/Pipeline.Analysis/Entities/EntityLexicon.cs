using Pipeline.Analysis.Text;

namespace Pipeline.Analysis.Entities;

/// <summary>Where a language puts the noun of actors that makes a nationality name a country.</summary>
internal enum ActorNounSide
{
    /// <summary>No noun makes a nationality name its country (a language without resources).</summary>
    None,

    /// <summary>"soldats nord-coréens": the noun comes first.</summary>
    Before,

    /// <summary>"North Korean troops": the noun comes after.</summary>
    After,
}

/// <summary>
/// One language's entity knowledge, read from Entities/Resources/{language}.txt: the words that show where a name
/// stands (roles, reporting verbs, honorifics, place and organisation nouns), the function words that bound a role,
/// and the switches for rules that differ by language. An empty file is the language-neutral reading: only the
/// shared gazetteers' names are found. Content words are kept folded; function words in lower case with their
/// accents, since folded, French "à" would read as the verb "a".
/// </summary>
internal sealed class EntityLexicon
{
    private EntityLexicon(LexiconFile file, EntityKnowledge shared)
    {
        Roles = Folded(file, "role");
        RoleModifiers = Folded(file, "role-modifier");
        ReportingVerbs = Folded(file, "reporting-verb");
        ActorNouns = Folded(file, "actor-noun");
        PlaceNouns = Folded(file, "place-noun");
        OrganisationHeads = Folded(file, "organisation-head");
        RoleJoiners = Lower(file, "role-joiner");
        Auxiliaries = Lower(file, "auxiliary");
        AbbreviatedTitles = Lower(file, "abbreviated-title");
        Honorifics = [.. Lower(file, "honorific"), .. AbbreviatedTitles];
        Articles = Lower(file, "article");
        Connectives = Lower(file, "connective");
        ClauseWords = Lower(file, "clause-word");
        PossessiveEndings = Lower(file, "possessive-ending");
        NationalityJoiners = Folded(file, "nationality-joiner");
        PlaceLinks = Lower(file, "place-link");
        OrganisationLinks = Lower(file, "organisation-link");
        OrganisationLinkArticles = Lower(file, "organisation-link-article");
        OrganisationAdjectives = Folded(file, "organisation-adjective");
        ActorNounSide = Enum.Parse<ActorNounSide>(file.Setting("actor-noun") ?? nameof(ActorNounSide.None), ignoreCase: true);
        CapitalisedNationalityIsPeople = file.Setting("capitalised-nationality-is-people") == "yes";
        PeopleEnding = file.Setting("people-ending") is { Length: > 0 } ending ? EntityTokens.Fold(ending) : null;
        QualifiersBeforeRole = file.Setting("qualifiers-before-role") == "yes";
        PlaceLinkOptional = file.Setting("place-link") == "optional";
        NotNames = [.. shared.NotNames, .. file["not-a-name"].Select(e => EntityTokens.Fold(e.Phrase))];
        Institutions = [.. file["institution"].Select(e => Institution(e.Phrase, e.Value))];
        (Nationalities, TwoWordNationalityStarts) = NationalitiesOf(file, shared);
    }

    /// <summary>Words that head a role given with a name ("président", "minister"), folded.</summary>
    public HashSet<string> Roles { get; }

    /// <summary>Words kept with a role when they come just before it ("ancien", "former"), folded.</summary>
    public HashSet<string> RoleModifiers { get; }

    /// <summary>Verbs after a speaker's name ("a déclaré", "said"), folded.</summary>
    public HashSet<string> ReportingVerbs { get; }

    /// <summary>Nouns beside which a nationality names its country ("soldats", "troops"), folded.</summary>
    public HashSet<string> ActorNouns { get; }

    /// <summary>Nouns after which a capitalised name is a place ("ville", "city"), folded.</summary>
    public HashSet<string> PlaceNouns { get; }

    /// <summary>Capitalised nouns that head an organisation's name ("Banque", "Bank"), folded.</summary>
    public HashSet<string> OrganisationHeads { get; }

    /// <summary>Joins two roles of one person ("et", "and").</summary>
    public HashSet<string> RoleJoiners { get; }

    /// <summary>Auxiliaries between a speaker's name and a reporting verb ("a", "has").</summary>
    public HashSet<string> Auxiliaries { get; }

    /// <summary>Titles before a name ("M.", "Mr"), the abbreviated titles included, lower case.</summary>
    public HashSet<string> Honorifics { get; }

    /// <summary>Titles written short before a name ("Gen.", "Sen.", "Pr"), lower case: part of the person's role.</summary>
    public HashSet<string> AbbreviatedTitles { get; }

    /// <summary>Articles and possessives that open a role phrase.</summary>
    public HashSet<string> Articles { get; }

    /// <summary>Function words a role never ends with.</summary>
    public HashSet<string> Connectives { get; }

    /// <summary>Verbs and clause openers that end a role phrase.</summary>
    public HashSet<string> ClauseWords { get; }

    /// <summary>Words after an apostrophe that make the word before it an owner ("'s").</summary>
    public HashSet<string> PossessiveEndings { get; }

    /// <summary>Words that join a second nationality to one already attached ("russes et nord-coréens"), folded.</summary>
    public HashSet<string> NationalityJoiners { get; }

    /// <summary>Words between a place noun and its name ("de", "of").</summary>
    public HashSet<string> PlaceLinks { get; }

    /// <summary>Words between an organisation's head and its name ("de", "of").</summary>
    public HashSet<string> OrganisationLinks { get; }

    /// <summary>Articles after an organisation link ("la", "the").</summary>
    public HashSet<string> OrganisationLinkArticles { get; }

    /// <summary>Lower-case adjectives that name an institution after its noun ("Banque mondiale", "Cour suprême"), folded.</summary>
    public HashSet<string> OrganisationAdjectives { get; }

    public ActorNounSide ActorNounSide { get; }

    /// <summary>Whether a capitalised nationality is the people ("les Russes"), a lower-case one an adjective.</summary>
    public bool CapitalisedNationalityIsPeople { get; }

    /// <summary>The ending by which a nationality is the people ("Russians"), if the language has one.</summary>
    public string? PeopleEnding { get; }

    /// <summary>Whether a role's qualifiers come before its head ("Russian President").</summary>
    public bool QualifiersBeforeRole { get; }

    /// <summary>Whether a place noun may be followed by its name with no link word ("die Stadt Pokrowsk").</summary>
    public bool PlaceLinkOptional { get; }

    /// <summary>Capitalised words never part of a person's name: the shared list and the language's own, folded.</summary>
    public HashSet<string> NotNames { get; }

    public IReadOnlyList<InstitutionPattern> Institutions { get; }

    /// <summary>Folded nationality form (one or two tokens joined by a space) → country code: the shared gazetteer and the language's own.</summary>
    public Dictionary<string, string> Nationalities { get; }

    /// <summary>First words of the two-word nationalities ("nord" of "nord coreen"), so that most words need no lookup of a pair.</summary>
    public HashSet<string> TwoWordNationalityStarts { get; }

    public static EntityLexicon Parse(string content, EntityKnowledge shared) => new(LexiconFile.Parse(content), shared);

    /// <summary>What a language without resources reads by: the shared gazetteers and nothing keyed to a language.</summary>
    public static EntityLexicon Neutral(EntityKnowledge shared) => Parse("", shared);

    private static HashSet<string> Folded(LexiconFile file, string section) =>
        [.. file[section].Select(e => EntityTokens.Fold(e.Phrase))];

    private static HashSet<string> Lower(LexiconFile file, string section) =>
        [.. file[section].Select(e => e.Phrase.ToLowerInvariant())];

    /// <summary>"ministère {nat} de la Défense = Ministry of Defence ({country}) | ministry-of-defence".</summary>
    private static InstitutionPattern Institution(string pattern, string? value)
    {
        var parts = (value ?? "").Split('|', StringSplitOptions.TrimEntries);
        if (parts.Length != 2)
        {
            throw new FormatException($"Institution '{pattern}' needs '= canonical | id suffix'.");
        }

        var tokens = pattern.Split(' ').Select(t => t == "{nat}" ? t : EntityTokens.Fold(t)).ToArray();
        return new InstitutionPattern(tokens, parts[0], parts[1]);
    }

    private static (Dictionary<string, string>, HashSet<string>) NationalitiesOf(LexiconFile file, EntityKnowledge shared)
    {
        var own = file["nationality"];
        if (own.Count == 0)
        {
            return (shared.Nationalities, shared.TwoWordNationalityStarts);
        }

        var nationalities = new Dictionary<string, string>(shared.Nationalities);
        var twoWordStarts = new HashSet<string>(shared.TwoWordNationalityStarts);
        foreach (var (form, country) in own)
        {
            EntityKnowledge.AddNationality(nationalities, twoWordStarts, form, country ?? throw new FormatException($"Nationality '{form}' needs '= country code'."));
        }

        return (nationalities, twoWordStarts);
    }
}
