using System.Collections.Concurrent;
using Pipeline.Analysis.Text;

namespace Pipeline.Analysis.Claims;

/// <summary>One language's claim knowledge, read from Claims/Resources/{language}.txt.</summary>
internal sealed class ClaimLexicon
{
    private static readonly ConcurrentDictionary<string, ClaimLexicon?> Cache = new(StringComparer.OrdinalIgnoreCase);

    private ClaimLexicon(LexiconFile file)
    {
        SourceBefore = Table(file, "source-before", v => v == "inverted");
        SourceVerbs = Table(file, "source-verb", _ => true);
        Hedges = Table(file, "hedge", _ => true);
        Subjects = Table(file, "subject", v => v);
        LocationIntros = Table(file, "location-intro", v => v);
        Places = Table(file, "place", v => v);
        NotNames = Table(file, "not-a-name", _ => true);
        PhraseStops = Table(file, "phrase-stop", _ => true);
        LeadingStrip = Table(file, "leading-strip", _ => true);
        Pronouns = Table(file, "pronoun", _ => true);
        Relatives = Table(file, "relative", _ => true);
        Of = Table(file, "of", _ => true);
        ClauseOpeners = Table(file, "clause-opener", _ => true);
        AgentVerbs = Table(file, "agent-verb", _ => true);
        Nationalities = Table(file, "nationality", _ => true);
        Possessives = Table(file, "possessive", _ => true);
        SelfReferences = Table(file, "self-reference", _ => true);
        PersonalPronouns = Table(file, "personal-pronoun", v => v != "impersonal");
        ConditionalSuffixes = [.. file["conditional-suffix"].Select(e => e.Phrase)];
        ConditionalExceptions = new HashSet<string>(file["conditional-exception"].Select(e => TextFolding.Fold(e.Phrase)), StringComparer.Ordinal);
    }

    public Vocabulary Vocabulary { get; } = new();

    /// <summary>Phrases the source follows; true marks an inverted reporting verb (", said the ministry"), which
    /// names a source only right after a comma or quote: elsewhere the words after it are what was said.</summary>
    public PhraseTable<bool> SourceBefore { get; }

    public PhraseTable<bool> SourceVerbs { get; }

    public PhraseTable<bool> Hedges { get; }

    public PhraseTable<string> Subjects { get; }

    /// <summary>Place introducers; "theatre" marks those naming a region of operations, which later claims may inherit.</summary>
    public PhraseTable<string> LocationIntros { get; }

    public PhraseTable<string> Places { get; }

    public PhraseTable<bool> NotNames { get; }

    /// <summary>Words a source or subject phrase stops before ("sur", "lors", "on").</summary>
    public PhraseTable<bool> PhraseStops { get; }

    /// <summary>Conjunctions dropped at the start of a phrase ("Mais l'Ukraine").</summary>
    public PhraseTable<bool> LeadingStrip { get; }

    public PhraseTable<bool> Pronouns { get; }

    /// <summary>Relative pronouns that end a noun phrase ("selon X, qui cite…").</summary>
    public PhraseTable<bool> Relatives { get; }

    /// <summary>"de", "of": a capitalised word after them is a complement ("le gouverneur de Donetsk"), not a subject.</summary>
    public PhraseTable<bool> Of { get; }

    /// <summary>Conjunctions that open a new clause after a comma (", while the US has provided…"): a figure takes its
    /// source, subject, place and modality from its own clause.</summary>
    public PhraseTable<bool> ClauseOpeners { get; }

    /// <summary>Verbs just before a casualty count whose grammatical subject is the attacker: "a Russian strike killed".</summary>
    public PhraseTable<bool> AgentVerbs { get; }

    /// <summary>Capitalised nationality adjectives ("a Russian strike"): they say whose, never where.</summary>
    public PhraseTable<bool> Nationalities { get; }

    /// <summary>The possessive mark after an apostrophe ("Russia's"), read apart from the name it follows.</summary>
    public PhraseTable<bool> Possessives { get; }

    /// <summary>Words right after a reporting verb by which the speaker speaks of itself ("says it has", "affirme avoir").</summary>
    public PhraseTable<bool> SelfReferences { get; }

    /// <summary>Pronouns that stand for the holder named last ("He then declared…"); "= impersonal" marks phrases where
    /// the pronoun stands for nobody ("il y a", "il faut").</summary>
    public PhraseTable<bool> PersonalPronouns { get; }

    public string[] ConditionalSuffixes { get; }

    public HashSet<string> ConditionalExceptions { get; }

    public static ClaimLexicon? For(string language)
    {
        var code = language.Length >= 2 ? language[..2].ToLowerInvariant() : language.ToLowerInvariant();
        return Cache.GetOrAdd(code, static c =>
        {
            var file = LexiconFile.Load(typeof(ClaimLexicon).Assembly, $"Pipeline.Analysis.Claims.Resources.{c}.txt");
            return file is null ? null : new ClaimLexicon(file);
        });
    }

    private PhraseTable<T> Table<T>(LexiconFile file, string section, Func<string, T> parse)
    {
        var table = new PhraseTable<T>(Vocabulary);
        foreach (var (phrase, value) in file[section])
        {
            table.Add(Vocabulary.AddPhrase(phrase), parse(value ?? phrase));
        }

        return table;
    }
}
