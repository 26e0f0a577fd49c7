using System.Collections.Concurrent;

namespace Pipeline.Analysis.Entities;

/// <summary>
/// The entity knowledge of every language, each read on first use from "{code}.txt" in one resource root: the
/// assembly's Entities/Resources, or a folder (a language being written, a test's). A language with no file reads as
/// the neutral lexicon, so adding one is adding its file.
/// </summary>
internal sealed class EntityLanguages
{
    private static readonly Lazy<EntityLanguages> Shared = new(() => new EntityLanguages(EntityKnowledge.Default, EntityResources.Read));

    private readonly ConcurrentDictionary<string, EntityLexicon> lexicons = new(StringComparer.Ordinal);
    private readonly Func<string, string?> readFile;

    private EntityLanguages(EntityKnowledge knowledge, Func<string, string?> readFile)
    {
        Knowledge = knowledge;
        this.readFile = readFile;
    }

    /// <summary>The languages shipped in the assembly.</summary>
    public static EntityLanguages Default => Shared.Value;

    /// <summary>The shared, language-neutral gazetteers.</summary>
    public EntityKnowledge Knowledge { get; }

    /// <summary>Languages read from "{code}.txt" files in a folder, over the shipped gazetteers.</summary>
    public static EntityLanguages FromDirectory(string directory) =>
        new(EntityKnowledge.Default, file =>
        {
            var path = Path.Combine(directory, file);
            return File.Exists(path) ? File.ReadAllText(path) : null;
        });

    /// <summary>The lexicon of a language code ("fr", "en-GB" reads as "en"); the neutral one when there is none.</summary>
    public EntityLexicon For(string language)
    {
        // Most calls name a language by its plain code: it is the key as it stands, with no string made per article.
        var code = language.Length == 2 && char.IsAsciiLetterLower(language[0]) && char.IsAsciiLetterLower(language[1])
            ? language
            : (language.Length >= 2 ? language[..2] : language).ToLowerInvariant();
        return lexicons.GetOrAdd(code, static (c, self) =>
        {
            var content = c.Length > 0 && c.All(char.IsAsciiLetterLower) ? self.readFile($"{c}.txt") : null;
            return content is null ? EntityLexicon.Neutral(self.Knowledge) : EntityLexicon.Parse(content, self.Knowledge);
        }, this);
    }
}
