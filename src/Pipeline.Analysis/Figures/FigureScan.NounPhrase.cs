using Pipeline.Analysis.Entities;
using Pipeline.Analysis.Text;

namespace Pipeline.Analysis.Figures;

/// <summary>The noun phrase a number counts, read word by word with the language's word list: a head first ("chars", "pièces d'artillerie") or last ("230 individual howitzers"), past adjectives, compounds, prefixes and possessors; a participle standing for people.</summary>
internal readonly ref partial struct FigureScan
{
    /// <summary>
    /// "708 ill, 171 hospitalized and 4 dead", "12 évacués et 45 hospitalisés": a past participle right after a number,
    /// closing its entry of a list or its clause, stands for the people it describes, as an adjective does after a count's
    /// name. Known to the word list as a verb's past form, or lacking from it (which holds nouns and adjectives only) and
    /// ending as participles do.
    /// </summary>
    private bool NominalParticiple(int p, out CountedPhrase phrase)
    {
        phrase = default;
        var next = p + 1;
        if (p >= tokens.Count || tokens[p].Kind != TokenKind.Word || tokens[p].Upper || tokens[p].LineStart || lexicon.NotCounted.Contains(tokens[p].Id)
            || !(lexicon.Words.TryRead(WordSpan(p, next), out var form) ? form.IsPastForm && !form.IsNoun : HasEnding(p, lexicon.AdjectiveEndings))
            || !(next >= tokens.Count || lexicon.ListJoiners.Match(tokens, next, out _, out _)
                 || (tokens[next].Kind == TokenKind.Symbol && text[tokens[next].Start] is ',' or ';' or '.' or ')' or ':')))
        {
            return false;
        }

        var written = WordSpan(p, next).ToString();
        var lemma = form.Lemma ?? written.ToLowerInvariant();
        if (form.Lemma is null && lemma.EndsWith('s') && HasEnding(lemma.AsSpan(0, lemma.Length - 1), lexicon.AdjectiveEndings))
        {
            // "hospitalisés": the plural of a participle the word list lacks.
            lemma = lemma[..^1];
        }

        var sense = KnownLemma(lemma, lemma) ?? (lexicon.Units.Match(tokens, p, out var known, out var knownEnd) && knownEnd == next ? known : null);
        phrase = new CountedPhrase(new CountedThing(written, lemma), next, sense, true, true);
        return true;
    }

    /// <summary>
    /// The noun phrase starting at <paramref name="p"/>, on the number's line (unless <paramref name="lineStart"/>) and
    /// before <paramref name="limit"/>: a
    /// model's name, or a head noun with the words that make the thing.
    /// </summary>
    /// <param name="genitive">Whether a plural possessor may modify the noun after it ("homeowners’ claims").</param>
    private bool ReadPhrase(int p, out CountedPhrase phrase, int limit = int.MaxValue, bool lineStart = false, bool many = false, bool genitive = false)
    {
        phrase = default;
        // "zero five": a spelled-out number is the next number, never what the one before it counts.
        if (p >= tokens.Count || tokens[p].Kind != TokenKind.Word || (tokens[p].LineStart && !lineStart) || lexicon.Numbers.Contains(tokens[p].Id))
        {
            return false;
        }

        return lexicon.HeadFirst ? ReadHeadFirst(p, out phrase, many) : ReadHeadLast(p, out phrase, Math.Min(limit, tokens.Count), many, genitive);
    }

    /// <summary>
    /// "chars", "pièces d'artillerie", "Ukrainiens", "31 Abrams américains": past the adjectives that may stand before a
    /// noun ("autres", "nouveaux"), the first word is the head; a known unit phrase starting there ("véhicules blindés")
    /// is the thing whole, and the adjectives after it describe it.
    /// </summary>
    private bool ReadHeadFirst(int p, out CountedPhrase phrase, bool many = false)
    {
        phrase = default;
        var q = SkipFillers(p);
        if (q >= tokens.Count || tokens[q].Kind != TokenKind.Word)
        {
            return false;
        }

        // "4 immenses télescopes", "12 puissants missiles": an adjective that is no noun may stand before the head.
        for (var k = 0; k < PrePosedAdjectives && PrePosedAdjective(q); k++)
        {
            q = WordEnd(q);
        }

        if (names.ModelAt(tokens[q].Start, out var model))
        {
            return ModelPhrase(model, out phrase);
        }

        if (lexicon.NounLocutions.Match(tokens, q, out var locution, out var locutionEnd) && !tokens[locutionEnd - 1].LineStart)
        {
            // "six mis en cause": a noun of several words is counted whole, in its lemma.
            var locutionSense = KnownLemma(locution, locution);
            var written = WordSpan(q, locutionEnd);
            if (!lexicon.CountedThings.TryGet(written, out var locutionThing))
            {
                locutionThing = new CountedThing(written.ToString(), locution);
                lexicon.CountedThings.Add(locutionThing);
            }

            phrase = new CountedPhrase(locutionThing, locutionEnd, locutionSense, locutionSense?.Person ?? false, true);
            return true;
        }

        var next = WordEnd(q);
        if (lexicon.NotCounted.Contains(tokens[q].Id) || !(lexicon.Words.TryRead(WordSpan(q, next), out var head) || PrefixedNoun(q, next, out head)) || !head.IsNoun)
        {
            return false;
        }

        if (many && !head.Inflected && IsParticiple(q, next))
        {
            // "36 054 394 représentant 97,43 % des votants": after a plural count, a singular form in "-ant" is the verb.
            return false;
        }

        var end = next;
        UnitSense? sense = null;
        if (lexicon.Units.Match(tokens, q, out var known, out var knownEnd) && !(known.Capital && !tokens[q].Upper) && knownEnd >= end)
        {
            sense = known;
            end = knownEnd;
        }
        else if (CompoundEnd(q, next, head) is var compoundEnd && compoundEnd > next)
        {
            end = compoundEnd;
        }

        var thing = Thing(q, end, -1, head);
        sense ??= KnownLemma(thing.Lemma, head.Lemma);
        phrase = new CountedPhrase(thing, end, sense, sense?.Person ?? head.IsPerson, head.Inflected, sense is null && head.MayMeetFate, sense is null && head.IsAnimal);
        return true;
    }

    /// <summary>At most this many adjectives read past before a head that comes first ("4 immenses télescopes").</summary>
    private const int PrePosedAdjectives = 2;

    /// <summary>Whether the word at <paramref name="q"/> is an adjective and no noun, and a noun follows it on its line.</summary>
    private bool PrePosedAdjective(int q)
    {
        var next = WordEnd(q);
        return !tokens[q].Upper && lexicon.Words.TryRead(WordSpan(q, next), out var form) && form.IsAdjective && !form.IsNoun
            && next < tokens.Count && tokens[next].Kind == TokenKind.Word && !tokens[next].LineStart
            && !lexicon.NotCounted.Contains(tokens[next].Id) && !lexicon.Numbers.Contains(tokens[next].Id)
            && lexicon.Words.TryRead(WordSpan(next, WordEnd(next)), out var after) && after.IsNoun;
    }

    /// <summary>At most this many tokens after a head that a compound noun may hold ("bureaux de vote", "chefs d'État").</summary>
    private const int CompoundTokens = 5;

    /// <summary>
    /// "12 bureaux de vote", "trois États membres": where the compound noun opened by the head at <paramref name="q"/>
    /// ends, when the head and the words after it, reduced to their singular, are a compound the lexicon lists; a
    /// complement that is no compound ("doses de vaccin") leaves the head alone. <paramref name="next"/> when none.
    /// </summary>
    private int CompoundEnd(int q, int next, WordForm head)
    {
        if (!lexicon.CompoundHeads.Contains(head.Lemma))
        {
            return next;
        }

        var end = next;
        for (var e = next + 1; e <= next + CompoundTokens && e <= tokens.Count; e++)
        {
            var last = tokens[e - 1];
            if (last.LineStart || (last.Kind != TokenKind.Word && !TextFolding.IsApostrophe(text[last.Start])))
            {
                break;
            }

            if (last.Kind == TokenKind.Word && lexicon.CountedLemmas.ContainsKey(Lemma(q, e, -1, head)))
            {
                end = e;
            }
        }

        return end;
    }

    private bool IsParticiple(int q, int next) =>
        lexicon.ParticipleEnding.Length > 0 && next == q + 1 && !tokens[q].Upper
        && WordSpan(q, next).EndsWith(lexicon.ParticipleEnding, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// "215 000 non-Ukrainiens", "3 ex-militaires": a compound the word list does not know, whose last part is a noun, is
    /// that noun with its prefix.
    /// </summary>
    private bool PrefixedNoun(int q, int next, out WordForm form)
    {
        form = default;
        if (next - q < 3 || !lexicon.Words.TryRead(WordSpan(next - 1, next), out var last) || !last.IsNoun)
        {
            return false;
        }

        var prefix = text.AsSpan(tokens[q].Start, tokens[next - 1].Start - tokens[q].Start);
        if (next - q == 3 && lexicon.Words.TryRead(WordSpan(q, q + 1), out var first) && first.IsNoun && first.Inflected
            && lexicon.Words.TrySingular(WordSpan(q, q + 1), out var singular))
        {
            // "100 jours-amende": a compound of two nouns takes its plural on the first, and its lemma is singular there too.
            form = new WordForm(last.Kind, string.Concat(singular, text.AsSpan(tokens[q + 1].Start, tokens[q + 1].Length), last.Lemma), true);
            return true;
        }

        form = new WordForm(last.Kind, string.Concat(prefix, last.Lemma), last.Inflected);
        return true;
    }

    /// <summary>
    /// "230 individual howitzers", "1.3 million accompanying artillery rounds", "83 battalion tactical groups": nouns and
    /// adjectives up to the head, which is the last noun, or the first plural one. The adjectives before the first
    /// noun describe the thing ("individual", "Russian") and are left out; a capitalised name is a model's and names
    /// no kind ("Storm Shadow missiles"), unless it is a nationality.
    /// </summary>
    private bool ReadHeadLast(int p, out CountedPhrase phrase, int n, bool many = false, bool genitive = false)
    {
        phrase = default;
        int runStart = p, textFirst = -1, head = -1, headEnd = -1, coordinator = -1;
        WordForm headForm = default;
        (int Head, int HeadEnd, WordForm Form) beforeCoordinator = default;
        EntityMention? model = null;
        bool? titleLine = null;
        var restorable = false;
        var pluralModifier = -1;
        var q = p;
        for (var k = 0; k < PhraseWords && q < n && (tokens[q].Kind == TokenKind.Word || ModelDigitsAt(q, p)) && (q == p || !tokens[q].LineStart); k++)
        {
            if (tokens[q].Kind == TokenKind.Number)
            {
                // "two new 737 Max jets": a model's digits and the name after them describe the noun that follows.
                q = runStart = SkipDesignation(q + 1, out _);
                textFirst = head = -1;
                continue;
            }

            if (names.ModelAt(tokens[q].Start, out var found))
            {
                // "60 Bradleys next month": a model written in the plural is the noun counted; in the singular, a noun
                // may follow it ("18 Leopard 2 tanks").
                if (IsPluralModel(found))
                {
                    return ModelPhrase(found, out phrase);
                }

                model = found;
                q = runStart = TokenAt(found.End);
                textFirst = head = -1;
                continue;
            }

            if (lexicon.Numbers.Contains(tokens[q].Id))
            {
                break;
            }

            if ((head < 0 || tokens[head].Upper) && q > p && lexicon.NameCoordinators.Contains(tokens[q].Id))
            {
                // "270 Red Cross and partner shelters", "50 US and German tanks": names and adjectives joined before one head.
                coordinator = coordinator < 0 ? q : coordinator;
                q++;
                continue;
            }

            if (head >= 0 && !headForm.Inflected && coordinator < 0 && lexicon.NameCoordinators.Contains(tokens[q].Id))
            {
                // "21,000 navy and air force personnel": a singular noun joined to the phrase after it may be a modifier
                // both conjuncts share; it is, when that phrase is longer than its head (below).
                beforeCoordinator = (head, headEnd, headForm);
                restorable = true;
                coordinator = q++;
                head = -1;
                continue;
            }

            // "US" is a name, not the pronoun the list of words never counted holds.
            if (lexicon.NotCounted.Contains(tokens[q].Id) && !IsAcronym(q))
            {
                break;
            }

            // "one hand behind her head": after the head, a preposition the word list also knows as a noun ("behind")
            // opens a complement, never a compound.
            if (head >= 0 && lexicon.Prepositions.Contains(tokens[q].Id))
            {
                break;
            }

            var next = WordEnd(q);
            var known = lexicon.Words.TryRead(WordSpan(q, next), out var form);
            if (tokens[q].Upper && !IsLineOrSentenceStart(q) && IsAcronym(q) && (titleLine ??= IsTitleLine(q)))
            {
                // "Number of US Swine Flu Cases": in a title, an acronym is the only name.
                q = runStart = next;
                textFirst = head = -1;
                continue;
            }

            // "10,000 new Ebola cases": an illness written with a capital names a kind of case, no model.
            if (tokens[q].Upper && !IsLineOrSentenceStart(q) && (IsAcronym(q) || !(titleLine ??= IsTitleLine(q)))
                && !(known && (form.IsAdjective || (form.IsNoun && (form.Inflected || form.IsIllness)))))
            {
                if ((lexicon.PrefixUnits.Match(tokens, q, out _, out var codeEnd) || lexicon.Units.Match(tokens, q, out _, out codeEnd)) && IsNumberAt(codeEnd))
                {
                    // "3 USD50 cards": a currency's code opens the next amount.
                    break;
                }

                // "300 hepatitis E cases", "vitamin D tablets": a capital letter alone after a common noun names its kind,
                // and stays in the thing counted.
                if (tokens[q].Length == 1 && head == q - 1 && !tokens[head].Upper && !headForm.Inflected && q + 1 < n && tokens[q + 1].Kind == TokenKind.Word
                    && !(q + 2 < n && tokens[q + 1].Adjacent && text[tokens[q + 1].Start] == '.'))
                {
                    q = next;
                    continue;
                }

                // "two U.S. jets": an abbreviated name describes the noun after it.
                var afterAbbreviation = AbbreviationEnd(q);
                if (afterAbbreviation > q)
                {
                    q = runStart = afterAbbreviation;
                    textFirst = head = -1;
                    continue;
                }

                // A name: a model's ("Storm Shadow", "Leopard 2"), which the noun after it counts.
                var afterName = SkipDesignation(q, out _);
                q = runStart = afterName > q ? afterName : next;
                textFirst = head = -1;
                continue;
            }

            if (!known)
            {
                // "US-made drones": an unknown compound before a noun describes it.
                if (next - q > 1)
                {
                    q = next;
                    continue;
                }

                // "34 000 polling stations": a verb's form the word list lacks, before a word, is part of the thing's name.
                if (!tokens[q].Upper && HasEnding(q, lexicon.ModifierEndings) && next < n && tokens[next].Kind == TokenKind.Word)
                {
                    textFirst = textFirst < 0 ? q : textFirst;
                    q = next;
                    continue;
                }

                // "189 newly hospitalised patients", "12 heavily damaged buildings": an adverb before a word that describes
                // the noun is left out with it.
                if (!tokens[q].Upper && head < 0 && HasEnding(q, lexicon.AdverbEndings) && (DescribesNounAt(next) || AdverbBeforeDescriber(next)))
                {
                    q = next;
                    continue;
                }

                // "7,699 underestimated species": a participle the word list lacks, before a noun it knows, describes it.
                if (!tokens[q].Upper && head < 0 && HasEnding(q, lexicon.AdjectiveEndings) && CommonNounAt(next, out _))
                {
                    q = next;
                    continue;
                }

                break;
            }

            if (!form.IsNoun && !form.IsAdjective)
            {
                break;
            }

            // "around 73 raising the prospect": a verb's "-ing" form before an article takes it as its object, no noun counted.
            if (next < n && HasEnding(q, lexicon.ModifierEndings) && lexicon.NounArticles.Match(tokens, next, out _, out _))
            {
                break;
            }

            // "a 6.5 magnitude earthquake | struck east of": after the head, a verb's past form starts the clause's verb.
            if (head >= 0 && !form.IsNoun && form.IsPastForm)
            {
                break;
            }

            // "17 home games": a word the lexicon reads mostly as a noun modifies the head as a noun, and the compound keeps it.
            if (form.IsNoun && textFirst < 0 && (!form.IsAdjective || (tokens[q].Upper && form.Inflected) || (form.IsNounModifier && !tokens[q].Upper)))
            {
                textFirst = q;
            }

            if (form.IsNoun)
            {
                head = q;
                headEnd = next;
                headForm = form;
                if (form.Inflected)
                {
                    // "1,600 homeowners claims": a plural noun right before another plural noun cannot be the verb's
                    // subject (a plural takes no verb in "-s"), so it modifies the noun after it, which is the head.
                    var after = genitive && IsPluralPossessive(q, next) ? next + 1 : next;
                    if (PluralSenseAt(after, n))
                    {
                        // "400 defense forces personnel", "300 social services staff": a plural before a noun plural in
                        // sense is a modifier whose plural belongs to its name ("armed forces"), kept as written.
                        q = after;
                        continue;
                    }

                    if (!PluralNounAt(after, n))
                    {
                        break;
                    }

                    pluralModifier = q;
                    next = after;
                }
            }

            q = next;
        }

        // The phrase after the coordinator shares its head with the noun before it only when it holds more than its head
        // ("partner shelters", "air force personnel"); a head alone is a second thing counted ("police and soldiers").
        var shared = coordinator >= 0 && head > coordinator + 1;
        if (restorable && !shared)
        {
            (head, headEnd, headForm) = beforeCoordinator;
        }

        if (head < 0)
        {
            return model is not null && ModelPhrase(model, out phrase);
        }

        if (textFirst < 0 || textFirst > head)
        {
            textFirst = head;
        }

        if (many && headForm.IsIllness && !headForm.Inflected && textFirst == head && lexicon.IllnessCount.Length > 0)
        {
            // "32,091 dengue across the country": an illness counted by two or more is a count of its cases.
            var written = WordSpan(head, headEnd).ToString();
            var cases = new CountedThing(written, string.Concat(headForm.Lemma, " ", lexicon.IllnessCount));
            var casesSense = KnownLemma(cases.Lemma, lexicon.IllnessCount);
            phrase = new CountedPhrase(cases, headEnd, casesSense, false, true);
            return true;
        }

        if (many && head > p && textFirst == p && CompoundModifier(p, head, headForm, out var modifierEnd, out var compoundModifier))
        {
            // "the 18 party alliance", "a 300 seat parliament": a count of two or more before a singular noun that
            // describes a singular head counts the noun it stands before, as "an 18-party alliance" does.
            var modifier = Thing(p, modifierEnd, p, compoundModifier);
            var modifierSense = KnownLemma(modifier.Lemma, compoundModifier.Lemma);
            phrase = new CountedPhrase(modifier, modifierEnd, modifierSense, modifierSense?.Person ?? compoundModifier.IsPerson);
            return true;
        }

        UnitSense? sense = null;
        for (var s = shared ? coordinator + 1 : runStart; s <= head; s++)
        {
            if (lexicon.Units.Match(tokens, s, out var known, out var knownEnd) && knownEnd == headEnd && !(known.Capital && !tokens[s].Upper))
            {
                sense = known;
                textFirst = Math.Min(textFirst, s);
                break;
            }
        }

        // Modifiers shared across a coordination are no part of the thing: "Red Cross and partner shelters" counts shelters.
        var thing = Thing(textFirst, headEnd, head, headForm, shared ? head : textFirst, pluralModifier);
        sense ??= KnownLemma(thing.Lemma, headForm.Lemma);
        phrase = new CountedPhrase(thing, headEnd, sense, sense?.Person ?? headForm.IsPerson, headForm.Inflected, sense is null && headForm.MayMeetFate, sense is null && headForm.IsAnimal);
        return true;
    }

    /// <summary>
    /// Whether digits inside a counted phrase (past its first word) open a model's name: spaced from the word before, short,
    /// and followed by a capitalised name that is no unit ("two new 737 Max jets"), which the scan already left uncounted.
    /// </summary>
    private bool ModelDigitsAt(int q, int phraseStart) =>
        q > phraseStart && tokens[q].Kind == TokenKind.Number && tokens[q].SpaceBefore && tokens[q].Length is >= 2 and <= 4 && q + 1 < tokens.Count
        && tokens[q + 1].Kind == TokenKind.Word && tokens[q + 1].Upper && tokens[q + 1].SpaceBefore && !lexicon.Units.Match(tokens, q + 1, out _, out _)
        && SkipDesignation(q + 1, out _) is var afterName && afterName > q + 1 && afterName < tokens.Count && tokens[afterName].Kind == TokenKind.Word;

    /// <summary>Whether a preposition stands right before the noun at <paramref name="s"/>, or before its article ("aux alentours", "vers les collines").</summary>
    private bool GovernedByPreposition(int s) =>
        lexicon.Prepositions.MatchBefore(tokens, s, out _, out _)
        || (lexicon.NounArticles.MatchBefore(tokens, s, out _, out var article) && lexicon.Prepositions.MatchBefore(tokens, article, out _, out _));

    /// <summary>Whether the word over [<paramref name="q"/>, <paramref name="next"/>) ends in "s" and an apostrophe glued after it makes it a possessor ("homeowners’").</summary>
    private bool IsPluralPossessive(int q, int next) =>
        next + 1 < tokens.Count && tokens[next].Adjacent && tokens[next].Kind == TokenKind.Symbol && TextFolding.IsApostrophe(text[tokens[next].Start])
        && text[tokens[next - 1].End - 1] == 's' && tokens[next + 1].SpaceBefore;

    /// <summary>Whether a noun singular in form and plural in sense ("personnel", "staff") stands at <paramref name="q"/> on the same line.</summary>
    private bool PluralSenseAt(int q, int n) =>
        q < n && tokens[q].Kind == TokenKind.Word && !tokens[q].LineStart && !tokens[q].Upper && lexicon.PluralSense.Contains(tokens[q].Id);

    /// <summary>Whether a plural common noun, known to the word list, starts at <paramref name="q"/> on the same line.</summary>
    private bool PluralNounAt(int q, int n) => q < n && CommonNounAt(q, out var form) && form.Inflected;

    /// <summary>
    /// Whether the noun at <paramref name="p"/> is a singular noun modifying the singular head at <paramref name="head"/>
    /// with only nouns between ("party" in "18 party alliance"), so that a plural count can only be of it. A head singular
    /// in form but plural in sense ("5,000 riot police") agrees with the count and keeps it.
    /// </summary>
    private bool CompoundModifier(int p, int head, WordForm headForm, out int end, out WordForm modifier)
    {
        end = WordEnd(p);
        modifier = default;
        if (headForm.Inflected || tokens[p].Upper || tokens[head].Upper || lexicon.PluralSense.Contains(tokens[head].Id)
            || !lexicon.Words.TryRead(WordSpan(p, end), out modifier) || !modifier.IsNoun || modifier.Inflected)
        {
            return false;
        }

        for (var q = end; q < head; q = WordEnd(q))
        {
            if (tokens[q].Kind != TokenKind.Word || tokens[q].Upper || !lexicon.Words.TryRead(WordSpan(q, WordEnd(q)), out var between) || !between.IsNoun || between.Inflected)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether a common noun the word list knows starts at <paramref name="q"/> on the same line, and its form.</summary>
    private bool CommonNounAt(int q, out WordForm form)
    {
        form = default;
        return q < tokens.Count && tokens[q].Kind == TokenKind.Word && !tokens[q].LineStart && !tokens[q].Upper && !lexicon.NotCounted.Contains(tokens[q].Id)
            && !lexicon.Numbers.Contains(tokens[q].Id) && lexicon.Words.TryRead(WordSpan(q, WordEnd(q)), out form) && form.IsNoun;
    }

    /// <summary>
    /// "two initially critically injured soldiers": an adverb the word list lacks, in lower case at <paramref name="q"/>,
    /// before a word that describes the noun.
    /// </summary>
    private bool AdverbBeforeDescriber(int q) =>
        q < tokens.Count && tokens[q].Kind == TokenKind.Word && !tokens[q].Upper && !lexicon.Words.TryRead(WordSpan(q, q + 1), out _)
        && HasEnding(q, lexicon.AdverbEndings) && DescribesNounAt(q + 1);

    /// <summary>An adjective, or a participle the word list lacks, in lower case at <paramref name="q"/>, before the noun it describes.</summary>
    private bool DescribesNounAt(int q) => q + 1 < tokens.Count && tokens[q + 1].Kind == TokenKind.Word && Describes(q);

    private bool HasEnding(int q, string[] endings) => HasEnding(text.AsSpan(tokens[q].Start, tokens[q].Length), endings);

    private static bool HasEnding(ReadOnlySpan<char> word, string[] endings)
    {
        foreach (var ending in endings)
        {
            if (word.Length > ending.Length + 2 && word.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
