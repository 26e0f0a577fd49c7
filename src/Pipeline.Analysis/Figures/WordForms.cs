using Pipeline.Analysis.Text;

namespace Pipeline.Analysis.Figures;

/// <summary>What a word can be in a noun phrase: a noun, an adjective (or both), whether the noun names a person, and
/// whether it names someone who may speak (a person or a group of people).</summary>
[Flags]
internal enum WordKind : ushort
{
    None = 0,
    Noun = 1,
    Adjective = 2,
    Person = 4,
    Speaker = 8,
    PastForm = 16,
    NounModifier = 32,
    Illness = 64,
    Animal = 128,
    MayBePerson = 256,
}

/// <summary>A word as the lexicon knows it: its kind, its lemma, and whether it was reduced to reach it ("rounds" → "round").</summary>
internal readonly record struct WordForm(WordKind Kind, string Lemma, bool Inflected)
{
    public bool IsNoun => (Kind & WordKind.Noun) != 0;

    public bool IsAdjective => (Kind & WordKind.Adjective) != 0;

    public bool IsPerson => (Kind & WordKind.Person) != 0;

    public bool IsSpeaker => (Kind & WordKind.Speaker) != 0;

    /// <summary>An adjective that is also a verb's past form ("struck", "reported").</summary>
    public bool IsPastForm => (Kind & WordKind.PastForm) != 0;

    /// <summary>
    /// A word both noun and adjective whose noun reading is far the more frequent ("home", "metal"): before a noun it
    /// modifies it as a noun, and the compound keeps it ("home game").
    /// </summary>
    public bool IsNounModifier => (Kind & WordKind.NounModifier) != 0;

    /// <summary>A noun whose first sense is an illness ("dengue", "Ebola"): a kind of case, even written with a capital.</summary>
    public bool IsIllness => (Kind & WordKind.Illness) != 0;

    /// <summary>A noun whose first sense is an animal ("dog", "fish"): a fate said of it makes no casualty.</summary>
    public bool IsAnimal => (Kind & WordKind.Animal) != 0;

    /// <summary>
    /// Whether a fate said of the noun ("2 missing boaters", "two initially critically injured individuals") befalls
    /// people: a person in its first sense, or in its second unless its first is an animal.
    /// </summary>
    public bool MayMeetFate => (Kind & (WordKind.Person | WordKind.MayBePerson)) != 0;
}

/// <summary>
/// One language's nouns and adjectives with their lemmas, generated from a real lexicon (WordNet, Dicollecte) into
/// Figures/Resources/words/{language}.tsv. Regular plurals are not listed: they are found by stripping the language's
/// plural endings and looking the stem up, as WordNet's morphy does. Lookups take a span and allocate nothing.
/// </summary>
internal sealed class WordForms
{
    private readonly WordIndex words;

    /// <summary>Each word's kind and lemma, by its number in <see cref="words"/>.</summary>
    private readonly (WordKind Kind, string? Lemma)[] forms;
    private readonly (string Ending, string Stem)[] pluralEndings;
    private readonly bool pluralFirst;

    private WordForms(WordIndex words, (WordKind, string?)[] forms, (string, string)[] pluralEndings, bool pluralFirst)
    {
        this.words = words;
        this.forms = forms;
        this.pluralEndings = pluralEndings;
        this.pluralFirst = pluralFirst;
    }

    /// <summary>
    /// Reads Figures/Resources/words/{language}.tsv; <paramref name="pluralFirst"/> makes a noun that is also the regular
    /// plural of another ("troops", "arms") read as that plural, as English wants; French keeps "fois", "mois" whole.
    /// </summary>
    public static WordForms Load(string language, (string Ending, string Stem)[] pluralEndings, bool pluralFirst)
    {
        var words = new WordIndex();
        var forms = new List<(WordKind, string?)>();
        using var stream = typeof(WordForms).Assembly.GetManifestResourceStream($"Pipeline.Analysis.Figures.Resources.words.{language}.tsv");
        if (stream is not null)
        {
            using var reader = new StreamReader(stream);
            while (reader.ReadLine() is { } line)
            {
                if (line.Length == 0 || line[0] == '#')
                {
                    continue;
                }

                var tab = line.IndexOf('\t', StringComparison.Ordinal);
                var second = line.IndexOf('\t', tab + 1);
                var tags = second < 0 ? line.AsSpan(tab + 1) : line.AsSpan(tab + 1, second - tab - 1);
                var kind = WordKind.None;
                foreach (var tag in tags)
                {
                    kind |= tag switch
                    {
                        'n' => WordKind.Noun,
                        'a' => WordKind.Adjective,
                        'p' => WordKind.Person,
                        's' => WordKind.Speaker,
                        'v' => WordKind.PastForm,
                        'm' => WordKind.NounModifier,
                        'i' => WordKind.Illness,
                        'z' => WordKind.Animal,
                        'h' => WordKind.MayBePerson,
                        _ => WordKind.None,
                    };
                }

                // A word listed twice keeps its last line.
                var number = words.Add(line[..tab]);
                var form = (kind, second < 0 ? null : line[(second + 1)..]);
                if (number < forms.Count)
                {
                    forms[number] = form;
                }
                else
                {
                    forms.Add(form);
                }
            }
        }

        return new WordForms(words, [.. forms], pluralEndings, pluralFirst);
    }

    public int Count => words.Count;

    /// <summary>
    /// The word's singular as a known form, keeping its gender: "déplacées" → "déplacée", where its lemma is "déplacé".
    /// What a modifier agreeing with its noun reduces to; false when the lexicon knows no such form.
    /// </summary>
    public bool TrySingular(ReadOnlySpan<char> word, out string singular)
    {
        singular = "";
        if (word.Length is 0 or > 48)
        {
            return false;
        }

        Span<char> lower = stackalloc char[word.Length];
        var hash = 0;
        for (var k = 0; k < word.Length; k++)
        {
            lower[k] = TextFolding.Lower(word[k]);
            hash = WordIndex.Hash(hash, lower[k]);
        }

        // "gas", "species": a word the lexicon gives as its own lemma is no plural of "ga" or "specie".
        var own = words.Find(lower, hash);
        if (own >= 0 && forms[own].Lemma == words[own])
        {
            singular = words[own];
            return true;
        }

        foreach (var (ending, replacement) in pluralEndings)
        {
            if (replacement.Length == 0 && lower.Length > ending.Length + 1 && lower.EndsWith(ending, StringComparison.Ordinal)
                && Find(lower[..^ending.Length]) is var stem and >= 0)
            {
                singular = words[stem];
                return true;
            }
        }

        if (own >= 0)
        {
            singular = words[own];
            return true;
        }

        return false;
    }

    /// <summary>The word's kind and lemma, or false when the lexicon knows it neither as a noun nor as an adjective.</summary>
    public bool TryRead(ReadOnlySpan<char> word, out WordForm form)
    {
        form = default;
        if (word.Length is 0 or > 48)
        {
            return false;
        }

        Span<char> lower = stackalloc char[word.Length];
        var hash = 0;
        for (var k = 0; k < word.Length; k++)
        {
            var c = word[k];
            lower[k] = c is '’' or 'ʼ' ? '\'' : c is '‑' or '‐' ? '-' : TextFolding.Lower(c);
            hash = WordIndex.Hash(hash, lower[k]);
        }

        var number = words.Find(lower, hash);
        var exact = number >= 0;
        var entry = exact ? forms[number] : default;
        if (exact && !(pluralFirst && (entry.Kind & WordKind.Noun) != 0 && entry.Lemma is null))
        {
            form = new WordForm(entry.Kind, entry.Lemma ?? words[number], entry.Lemma is not null);
            return true;
        }

        Span<char> stem = stackalloc char[word.Length + 4];
        foreach (var (ending, replacement) in pluralEndings)
        {
            if (lower.Length <= ending.Length + 1 || !lower.EndsWith(ending, StringComparison.Ordinal))
            {
                continue;
            }

            var kept = lower.Length - ending.Length;
            lower[..kept].CopyTo(stem);
            replacement.AsSpan().CopyTo(stem[kept..]);
            var candidate = stem[..(kept + replacement.Length)];
            if (Find(candidate) is var found and >= 0 && forms[found] is var singular && (singular.Kind & (WordKind.Noun | WordKind.Adjective)) != 0
                && (!exact || (singular.Kind & WordKind.Noun) != 0))
            {
                form = new WordForm(singular.Kind, singular.Lemma ?? words[found], true);
                return true;
            }
        }

        if (exact)
        {
            form = new WordForm(entry.Kind, entry.Lemma ?? words[number], entry.Lemma is not null);
            return true;
        }

        return false;
    }

    private int Find(ReadOnlySpan<char> lower) => words.Find(lower, WordIndex.Hash(lower));
}
