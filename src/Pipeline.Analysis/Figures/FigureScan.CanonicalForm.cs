using Pipeline.Analysis.Entities;
using Pipeline.Analysis.Text;

namespace Pipeline.Analysis.Figures;

/// <summary>What a counted phrase is in canonical form: each word in lower case and the head reduced to its lemma, a model named as its kind of equipment, acronyms kept as written, and what our knowledge says of it.</summary>
internal readonly ref partial struct FigureScan
{
    /// <summary>"US", "NATO", "IDPs": a word of two or more letters written in capitals (a final plural "s" aside).</summary>
    private bool IsAcronym(int q)
    {
        var word = text.AsSpan(tokens[q].Start, tokens[q].Length);
        if (word.Length > 2 && word[^1] == 's')
        {
            word = word[..^1];
        }

        if (word.Length < 2)
        {
            return false;
        }

        foreach (var c in word)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"Number of US Swine Flu Cases Climbs to 286": in a title, a capital marks no name.</summary>
    private bool IsTitleLine(int q) => lexicon.TitleLines.Holds(text, tokens, q);

    /// <summary>Past an abbreviation of capitals and full stops ("U.S.", "U.K."), or <paramref name="q"/> when none starts there.</summary>
    private int AbbreviationEnd(int q)
    {
        var p = q;
        while (p + 1 < tokens.Count && tokens[p].Kind == TokenKind.Word && tokens[p].Upper && tokens[p].Length <= 2
            && tokens[p + 1].Adjacent && text[tokens[p + 1].Start] == '.' && (p == q || tokens[p].Adjacent))
        {
            p += 2;
        }

        return p - q >= 4 ? p : q;
    }

    /// <summary>"Bradleys", "Leopards": a model's name with a plural "s" its canonical name lacks ("Abrams" is no plural).</summary>
    private static bool IsPluralModel(EntityMention model) =>
        model.Text.Length > 2 && model.Text[^1] == 's' && char.IsLower(model.Text[^2])
        && !model.Canonical.EndsWith('s') && !model.Canonical.EndsWith('S');

    /// <summary>"les 31 Abrams", "16 Himars": a model counts as its kind of equipment, named in the article's language.</summary>
    private bool ModelPhrase(EntityMention model, out CountedPhrase phrase)
    {
        var kind = EquipmentKinds.Of(model.Id);
        var sense = kind is null ? null : lexicon.UnitsByName.GetValueOrDefault(kind) ?? new UnitSense(kind, FigureCategory.Equipment, false);
        var lemma = kind is null ? model.Canonical.ToLowerInvariant() : lexicon.KindNouns.GetValueOrDefault(kind, kind);
        phrase = new CountedPhrase(new CountedThing(model.Text, lemma), TokenAt(model.End), sense ?? new UnitSense(lemma, FigureCategory.Equipment, false), false);
        return true;
    }

    private UnitSense? KnownLemma(string lemma, string headLemma) =>
        lexicon.CountedLemmas.GetValueOrDefault(lemma) ?? lexicon.CountedLemmas.GetValueOrDefault(headLemma);

    /// <summary>The thing the tokens from <paramref name="first"/> to <paramref name="end"/> name, read once per phrase text.</summary>
    /// <param name="pluralModifier">A modifier written in the plural before the head ("homeowners claims"), reduced to its singular in the lemma; -1 when none.</param>
    private CountedThing Thing(int first, int end, int head, WordForm headForm, int lemmaFirst = -1, int pluralModifier = -1)
    {
        var written = text.AsSpan(tokens[first].Start, tokens[end - 1].End - tokens[first].Start);
        if (!lexicon.CountedThings.TryGet(written, out var thing))
        {
            thing = new CountedThing(written.ToString(), Lemma(lemmaFirst < 0 ? first : lemmaFirst, end, head, headForm, pluralModifier));
            lexicon.CountedThings.Add(thing);
        }

        return thing;
    }

    /// <summary>
    /// The phrase's canonical form: each word in lower case, the head reduced to its lemma; where the head comes first
    /// (<paramref name="head"/> is -1, and the first word is the head) the words after it agree with it and are reduced to their singular, keeping their
    /// gender ("véhicules blindés" → "véhicule blindé", "personnes déplacées" → "personne déplacée").
    /// </summary>
    private string Lemma(int first, int end, int head, WordForm headForm, int pluralModifier = -1)
    {
        Span<char> buffer = stackalloc char[160];
        var length = 0;
        for (var q = first; q < end;)
        {
            if (pluralModifier >= 0 && q == WordEnd(pluralModifier) && tokens[q].Kind == TokenKind.Symbol)
            {
                // A possessor's apostrophe ("homeowners’ claims") is no part of the compound's lemma.
                q++;
                continue;
            }

            var next = WordEnd(q);
            var word = WordSpan(q, next);
            // "AIDS clinics", "SMS messages", "GPS trackers": an acronym is no plural to reduce, only lower-cased.
            var lemma = tokens[q].Kind == TokenKind.Word && IsWrittenAcronym(q) ? word
                : q == head ? headForm.Lemma.AsSpan()
                : q == pluralModifier && lexicon.Words.TrySingular(word, out var modifierSingular) ? modifierSingular.AsSpan()
                : head < 0 && q == first ? HeadLemma(word, headForm)
                : head >= 0 || tokens[q].Kind != TokenKind.Word ? word
                : lexicon.Words.TrySingular(word, out var singular) ? singular.AsSpan()
                : word;
            if (length + lemma.Length + 1 > buffer.Length)
            {
                break;
            }

            if (q > first && tokens[q].SpaceBefore)
            {
                buffer[length++] = ' ';
            }

            for (var k = 0; k < lemma.Length; k++)
            {
                buffer[length++] = TextFolding.IsApostrophe(lemma[k]) ? '\'' : TextFolding.Lower(lemma[k]);
            }

            q = next;
        }

        return new string(buffer[..length]);
    }

    /// <summary>
    /// "AIDS", "NATO", "SMS": a word of two letters or more all in capitals among words that are not, so it is written so
    /// for its own sake; a headline or a passage in capitals ("300 SOLDIERS KILLED") still has plurals.
    /// </summary>
    private bool IsWrittenAcronym(int q)
    {
        if (tokens[q].Length < 2 || !IsAllCapitals(q))
        {
            return false;
        }

        var before = q - 1;
        var after = WordEnd(q);
        return !(before >= 0 && tokens[before].Kind == TokenKind.Word && tokens[before].Length >= 2 && IsAllCapitals(before))
            && !(after < tokens.Count && tokens[after].Kind == TokenKind.Word && tokens[after].Length >= 2 && IsAllCapitals(after));
    }

    /// <summary>
    /// A head that comes first keeps the gender it is written in: "écolières" is "écolière", not the lexicon's lemma
    /// "écolier"; an irregular plural ("chevaux") takes the lemma.
    /// </summary>
    private ReadOnlySpan<char> HeadLemma(ReadOnlySpan<char> word, WordForm headForm) =>
        headForm.Inflected && lexicon.Words.TrySingular(word, out var singular) && singular.Length < word.Length ? singular.AsSpan() : headForm.Lemma.AsSpan();
}
