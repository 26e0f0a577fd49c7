using System.Collections.Concurrent;
using System.Globalization;
using Pipeline.Analysis.Text;

namespace Pipeline.Analysis.Figures;

internal enum NumberWordKind : byte
{
    Unit,
    Hundred,
    Scale,
}

/// <summary>
/// A spelled-out number word; a collective ("centaine", "millier") scales the number before it only roughly; a word read
/// only after a number (<paramref name="AfterNumber"/>: "four score") is no number alone ("the final score").
/// </summary>
internal readonly record struct NumberWord(double Value, NumberWordKind Kind, bool Collective = false, bool AfterNumber = false);

/// <summary>
/// What a noun counts: canonical unit, category, whether it names people (who may become casualties), and the factor
/// its name carries ("MUSD" is a million dollars). A rate ("USD per barrel") keeps the unit it is a rate of as its base.
/// <paramref name="Capital"/>: read only when written with a capital, as French writes a people ("31 Russes") but not
/// its adjective ("31 Abrams américains").
/// </summary>
internal sealed record UnitSense(string Unit, FigureCategory Category, bool Person, double Factor = 1, UnitSense? Base = null, bool Capital = false);

/// <summary>The smaller unit a unit's remainder is given in ("3 dollars 50 cents", "5 ft 2 in") and how many make one.</summary>
internal sealed record Subunit(string Unit, double PerUnit);

/// <summary>A range opener's joiner ids; a bare opener ("de" in "de 20 à 100") is left out of the range's span.</summary>
internal sealed record RangeOpener(int[] Joiner, bool Bare);

/// <summary>A quantity named by words alone ("absolute zero" is 0 kelvin).</summary>
internal sealed record NamedQuantity(double Value, UnitSense Unit);

/// <summary>A scale glued to digits ("5bn"): only after a currency sign ("$5m"), or only after more than one digit ("10G"; "5G" is a network's generation).</summary>
internal readonly record struct SuffixScale(string Text, double Value, bool CurrencyOnly, bool SeveralDigits);

/// <summary>One language's figure knowledge, read from Figures/Resources/{language}.txt.</summary>
internal sealed class FigureLexicon
{
    private static readonly ConcurrentDictionary<string, FigureLexicon?> Cache = new(StringComparer.OrdinalIgnoreCase);

    private readonly Lazy<WordForms> words;

    private FigureLexicon(string language, LexiconFile file)
    {
        Vocabulary = new Vocabulary();
        DecimalSeparator = (file.Setting("decimal") ?? ".")[0];
        GroupSeparator = (file.Setting("group") ?? ",")[0];
        QuoteGroupSeparators = file.Setting("quote-group") ?? "";
        var loose = file.Setting("loose-decimal");
        LooseDecimalSeparator = string.IsNullOrEmpty(loose) ? '\0' : loose[0];
        BareHundred = file.Setting("bare-hundred") == "yes";

        Numbers = Table(file, "number", v => new NumberWord(ParseNumber(v), NumberWordKind.Unit));
        AddTo(Numbers, file, "hundred", v => new NumberWord(ParseNumber(v), NumberWordKind.Hundred));
        AddTo(Numbers, file, "scale", v => new NumberWord(ParseNumber(v), NumberWordKind.Scale, AfterNumber: v.EndsWith("| after-number", StringComparison.Ordinal)));
        AddTo(Numbers, file, "collective", v => new NumberWord(ParseNumber(v), NumberWordKind.Scale, Collective: true));
        CountingWeak = Table(file, "weak-counting", _ => true);
        ListedWeak = Table(file, "weak-listed", _ => true);
        SubsetOpeners = Table(file, "subset-opener", _ => true);
        EachWords = Table(file, "each", _ => true);
        NumeralMarkers = Table(file, "numeral-marker", _ => true);
        SentenceComplements = Table(file, "sentence-complement", _ => true);
        ShareLinks = Table(file, "share-link", _ => true);
        FractionBlockers = Table(file, "fraction-blocker", _ => true);
        BoundJoiners = Table(file, "bound-joiner", _ => true);
        ChangeVerbs = Table(file, "change-verb", _ => true);
        ChangeAmounts = Table(file, "change-by", _ => true);
        ChangeMarks = Table(file, "change-mark", _ => true);
        Weak = Table(file, "weak", _ => true);
        Articles = Table(file, "article", _ => true);
        ScaleJoiners = Table(file, "scale-joiner", _ => true);
        Connectors = Table(file, "connector", v => v.Length == 0 ? null : v.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => Vocabulary.Add(Text.TextFolding.Fold(w))).ToArray());
        Denominators = Table(file, "denominator", ParseNumber);
        PeriodDenominators = Table(file, "period-denominator", _ => true);
        PeriodOpeners = Table(file, "period-opener", _ => true);
        TimeBounds = Table(file, "time-bound", _ => true);
        TimeBoundsBefore = Table(file, "time-bound-before", _ => true);
        ReferencePoints = Table(file, "reference-point", _ => true);
        PeriodComparisons = Table(file, "period-comparison", _ => true);
        RankOrdinals = Table(file, "rank-ordinal", _ => true);
        RankArticles = Table(file, "rank-article", _ => true);
        Over = Table(file, "over", _ => true);
        RateOver = Table(file, "rate-over", _ => true);
        SpanBounds = Table(file, "span-bound", _ => true);
        DecimalWords = Table(file, "decimal-word", _ => true);
        Negatives = Table(file, "negative", _ => true);
        AccountingLeads = Table(file, "accounting-lead", _ => true);
        PronounContext = Table(file, "pronoun-context", _ => true);
        FractionWords = Table(file, "fraction-word", ParseNumber);
        InclusiveAfter = Table(file, "inclusive-after", _ => true);
        Halves = Table(file, "half", _ => true);
        ScaleFillers = Table(file, "scale-filler", _ => true);
        Vague = Table(file, "vague", ParseNumber);
        VagueDeterminers = Table(file, "vague-determiner", v => v == "before-number");
        VagueMultipliers = Table(file, "vague-multiplier", ParseNumber);
        FractionBounds = Table(file, "fraction-bound", v => v ?? "");
        VagueLinks = Table(file, "vague-link", _ => true);
        Approximate = Table(file, "approximate", _ => true);
        Nearly = Table(file, "nearly", _ => true);
        AtLeast = Table(file, "at-least", v => v != "exclusive");
        LevelAdverbs = Table(file, "level-adverb", _ => true);
        AtMost = Table(file, "at-most", v => v != "exclusive");
        ParticleVerbs = Table(file, "particle-verb", _ => true);
        AtLeastAfter = Table(file, "at-least-after", _ => true);
        AtMostAfter = Table(file, "at-most-after", _ => true);
        BoundAlternatives = Table(file, "bound-alternative", _ => true);
        AlternativeOpeners = Table(file, "alternative-opener", _ => true);
        OrdinalDenominators = Table(file, "ordinal-denominator", _ => true);
        RangeStarts = Table(file, "range-start", v =>
        {
            var parts = v.Split('|', StringSplitOptions.TrimEntries);
            return new RangeOpener(Vocabulary.AddPhrase(parts[0]), parts.Length > 1 && parts[1] == "bare");
        });
        Equal = Table(file, "equal", _ => true);
        RangeJoiners = Table(file, "range-joiner", _ => true);
        Fillers = Table(file, "filler", _ => true);
        FillerJoiners = Table(file, "filler-joiner", _ => true);
        UnitLinks = Table(file, "unit-link", _ => true);
        MeasureLinks = Table(file, "measure-link", _ => true);
        Units = Table(file, "unit", ParseUnit);
        PrefixUnits = Table(file, "prefix-unit", ParseUnit);
        foreach (var (_, value) in file["unit"])
        {
            var sense = ParseUnit(value ?? "");
            UnitsByName.TryAdd(sense.Unit, sense);
        }

        UnitPowers = Table(file, "unit-power", v => v);
        UnitSymbols = new UnitSymbols([.. file["unit-symbol"].Select(e => e.Phrase)]);
        TitleLines = TitleLine.For(language);
        ExactUnits = CaseExactUnits.Load(language, file["unit"].Select(e => e.Phrase), file["letter-unit"].Select(e => (e.Phrase, ParseUnit(e.Value ?? ""))));
        foreach (var (name, sense) in ExactUnits.Names)
        {
            Units.Add(Vocabulary.AddPhrase(name), sense);
        }
        RateLinks = Table(file, "rate-link", v => v == "article");
        RateUnits = Table(file, "rate-unit", v => v);
        RateBlockers = Table(file, "rate-blocker", _ => true);
        TurningUnits = Table(file, "turning-unit", ParseUnit);
        FactorUnits = Table(file, "factor-unit", ParseUnit);
        FactorComparisons = Table(file, "factor-comparison", _ => true);
        QuoteUnits = Table(file, "quote-unit", ParseUnit);
        TrailingUnits = Table(file, "trailing-unit", ParseUnit);
        GluedUnits = Table(file, "glued-unit", ParseUnit);
        MeasureAdjectives = Table(file, "measure-adjective", _ => true);
        ListJoiners = Table(file, "list-joiner", _ => true);
        PairJoiners = Table(file, "pair-joiner", _ => true);
        CollectiveArticles = Table(file, "collective-article", _ => true);
        CollectiveAdjectives = Table(file, "collective-adjective", _ => true);
        Uncertainty = Table(file, "uncertainty", _ => true);
        TurningVerbs = Table(file, "turning-verb", _ => true);
        Casualties = Table(file, "casualty", ParseUnit);
        CasualtyVerbs = Table(file, "casualty-before", ParseUnit);
        DesignatedUnits = Table(file, "designated-unit", ParseUnit);
        PartOf = Table(file, "part-of", _ => true);
        foreach (var (word, _) in file["accent-distinct"])
        {
            Vocabulary.KeepDistinct(word);
        }

        Months = Table(file, "month", v => v == "abbreviation");
        Weekdays = Table(file, "weekday", _ => true);
        YearPrepositions = Table(file, "year-preposition", _ => true);
        ClockMarks = Table(file, "clock-mark", _ => true);
        ClockPrepositions = Table(file, "clock-preposition", _ => true);
        ClockDayParts = Table(file, "clock-day-part", _ => true);
        ClockWords = Table(file, "clock-word", _ => true);
        ClockWordPrepositions = Table(file, "clock-word-preposition", _ => true);
        Labels = Table(file, "label", v => v == "capital");
        LabelsAfter = Table(file, "label-after", _ => true);
        DayJoiners = Table(file, "day-joiner", _ => true);
        ParallelPrepositions = Table(file, "parallel-preposition", _ => true);
        Idioms = Table(file, "idiom", _ => true);
        ScoreWords = Table(file, "score-word", _ => true);
        NamedQuantities = Table(file, "named-quantity", ParseNamedQuantity);
        Multipliers = Table(file, "multiplier", ParseNamedQuantity);
        MultiplierNouns = Table(file, "multiplier-noun", ParseNamedQuantity);
        MultiplierArticles = Table(file, "multiplier-article", _ => true);
        MeasureNouns = Table(file, "measure-noun", _ => true);
        ScaleFractions = Table(file, "scale-fraction", ParseNumber);
        SubunitWords = Table(file, "subunit-word", ParseUnit);
        foreach (var (unit, value) in file["subunit"])
        {
            var parts = (value ?? "").Split('|', StringSplitOptions.TrimEntries);
            Subunits[unit] = new Subunit(parts[0], ParseNumber(parts[1]));
        }

        var suffixes = new List<SuffixScale>();
        foreach (var (phrase, value) in file["suffix-scale"])
        {
            var parts = (value ?? "1").Split('|', StringSplitOptions.TrimEntries);
            suffixes.Add(new SuffixScale(phrase, ParseNumber(parts[0]), parts.Length > 1 && parts[1] == "currency", parts.Length > 1 && parts[1] == "several-digits"));
        }

        SuffixScales = [.. suffixes];

        HeadFirst = file.Setting("head") == "first";
        ParticipleEnding = file.Setting("participle-ending") ?? "";
        FateAfter = Table(file, "fate", ParseUnit);
        FateBefore = Table(file, "fate-before", ParseUnit);
        ElisionBlockers = Table(file, "elision-blocker", _ => true);
        MoneyNouns = Table(file, "money-noun", _ => true);
        AnaphoricOpeners = Table(file, "anaphoric-opener", _ => true);
        NotCounted = Table(file, "not-counted", _ => true);
        PluralSense = Table(file, "plural-sense", _ => true);
        MeasureCompounds = Table(file, "measure-compound", _ => true);
        NounLocutions = Table(file, "noun-locution", v => v);
        FactorsBefore = Table(file, "factor-before", ParseUnit);
        IllnessCount = file["illness-count"].Count > 0 ? file["illness-count"][0].Phrase : "";
        LabelDeterminers = Table(file, "label-determiner", _ => true);
        CountedLinks = Table(file, "counted-link", _ => true);
        CountNames = Table(file, "count-name", v => v ?? "");
        ValueOf = Table(file, "value-of", _ => true);
        ValueFrames = Table(file, "value-frame", _ => true);
        MeasureNames = Table(file, "measure-name", v => v ?? "");
        ReachingVerbs = Table(file, "reaching-verb", _ => true);
        PredicateVerbs = Table(file, "predicate-verb", _ => true);
        Respectively = Table(file, "respectively", _ => true);
        ObjectPredicateVerbs = Table(file, "object-predicate-verb", _ => true);
        ObjectPredicateParticles = Table(file, "object-predicate-particle", _ => true);
        PredicateAdverbs = Table(file, "predicate-adverb", _ => true);
        PredicateParticles = Table(file, "predicate-particle", _ => true);
        PluralDeterminers = Table(file, "plural-determiner", _ => true);
        MeasuredEvents = Table(file, "measured-event", v => v);
        MeasuringWords = Table(file, "measuring-word", _ => true);
        RestrictiveBounds = Table(file, "restrictive-bound", _ => true);
        RestrictiveNegations = Table(file, "restrictive-negation", _ => true);
        PeoplePronouns = Table(file, "people-pronoun", _ => true);
        NameCoordinators = Table(file, "name-coordinator", _ => true);
        RelativeOpeners = Table(file, "relative-opener", _ => true);
        PartitivePronouns = Table(file, "partitive-pronoun", _ => true);
        CopulaSubjects = Table(file, "copula-subject", v => v == "relative");
        Prepositions = Table(file, "preposition", _ => true);
        NounArticles = Table(file, "noun-article", _ => true);
        Determiners = Table(file, "possessor-determiner", _ => true);
        AdjectiveNumerals = Table(file, "adjective-numeral", _ => true);
        Demonstratives = Table(file, "demonstrative", _ => true);
        SumNames = Table(file, "sum-name", _ => true);
        AdjectiveNumeralArticles = Table(file, "adjective-numeral-article", _ => true);
        Distributives = Table(file, "distributive", _ => true);
        PartitiveOpeners = Table(file, "partitive-opener", _ => true);
        ModifierEndings = [.. file["modifier-ending"].Select(e => e.Phrase)];
        AdjectiveEndings = [.. file["adjective-ending"].Select(e => e.Phrase)];
        AdverbEndings = [.. file["adverb-ending"].Select(e => e.Phrase)];
        AtLeastAfterCounted = Table(file, "at-least-after-counted", _ => true);
        AtMostAfterCounted = Table(file, "at-most-after-counted", _ => true);
        ApproximateAfter = Table(file, "approximate-after", _ => true);
        IncrementsAfter = Table(file, "increment-after", _ => true);
        IncrementsBefore = Table(file, "increment-before", _ => true);
        PartStates = Table(file, "part-state", _ => true);
        StreetWords = Table(file, "street", v => v == "after-name");
        TimesAfter = Table(file, "time-after", _ => true);
        DialVerbs = Table(file, "dial", _ => true);
        AgesBefore = Table(file, "age-before", _ => true);
        AgeGroupsBefore = Table(file, "age-group-before", _ => true);
        AgesAfter = Table(file, "age-after", v => v == "of-person");
        AgeLinks = Table(file, "age-link", _ => true);
        AgeVerbs = Table(file, "age-verb", v => v == "bare");
        AgeSubjects = Table(file, "age-subject", v => v == "relative");
        AgeBlockers = Table(file, "age-blocker", _ => true);
        AgeGroupDeterminers = Table(file, "age-group-determiner", _ => true);
        AgeGroupsAfter = Table(file, "age-group-after", _ => true);
        HyphenedBounds = Table(file, "hyphened-bound", _ => true);
        WeightUnits = Table(file, "weight-unit", ParseUnit);
        WeightCues = Table(file, "weight-cue", _ => true);
        foreach (var (lemma, value) in file["counted"])
        {
            CountedLemmas[lemma] = ParseUnit(value ?? "");
            if (lemma.IndexOf(' ') is > 0 and var space)
            {
                CompoundHeads.Add(lemma[..space]);
            }
        }

        foreach (var (kind, noun) in file["kind-noun"])
        {
            KindNouns[kind] = noun ?? kind;
        }

        var endings = file["plural-ending"].Select(e => (e.Phrase, e.Value ?? "")).ToArray();
        var pluralFirst = file.Setting("plural-first") == "yes";
        words = new Lazy<WordForms>(() => WordForms.Load(language, endings, pluralFirst));
    }

    /// <summary>The language's nouns and adjectives with their lemmas, loaded the first time a figure's noun is read.</summary>
    public WordForms Words => words.Value;

    /// <summary>Whether a noun phrase's head comes first and its modifiers after ("chars lourds"), as in French; else last ("heavy tanks").</summary>
    public bool HeadFirst { get; }

    /// <summary>The ending of a present participle, which never agrees with a count ("représentant"); empty where none.</summary>
    public string ParticipleEnding { get; }

    /// <summary>
    /// What happened to people counted, said after them, that makes them other than what their noun says: refugees
    /// ("4 816 923 Ukrainiens ont été enregistrés comme réfugiés"), displaced people ("have been displaced").
    /// </summary>
    public PhraseTable<UnitSense> FateAfter { get; }

    /// <summary>
    /// What happened to people counted, said between their number and their noun: casualties ("19 wounded troops", "two
    /// dead soldiers"), displaced people ("3,000 displaced residents"); empty where the language says it after the noun.
    /// </summary>
    public PhraseTable<UnitSense> FateBefore { get; }

    /// <summary>Words after which a number with no noun counts something else than the nouns counted before it ("aged 19").</summary>
    public PhraseTable<bool> ElisionBlockers { get; }

    /// <summary>Nouns of money that mark a scaled amount after them as money in the currency named before ("un bénéfice de 52,2 milliards").</summary>
    public PhraseTable<bool> MoneyNouns { get; }

    /// <summary>Plural pronouns opening a sentence before a bare number, which then counts a part of what the sentence before counted ("They include 497").</summary>
    public PhraseTable<bool> AnaphoricOpeners { get; }

    /// <summary>Articles that may open a list's label before its noun: "Les drones: 164 416".</summary>
    public PhraseTable<bool> LabelDeterminers { get; }

    /// <summary>Words between a number and the noun phrase it counts: "1 524 were children", "50 de ces pièces".</summary>
    public PhraseTable<bool> CountedLinks { get; }

    /// <summary>
    /// Names of a count that say what a number near them counts: with the lemma of what it counts ("death toll" =
    /// "death"), or empty where the noun phrase follows ("number of", "nombre de").
    /// </summary>
    public PhraseTable<string> CountNames { get; }

    /// <summary>"of", "de": between a noun and a number that names nothing after it ("job losses of 548,400").</summary>
    public PhraseTable<bool> ValueOf { get; }

    /// <summary>Nouns that frame a value before "of" rather than name what it counts ("a total of", "an average of", "une hausse de").</summary>
    public PhraseTable<bool> ValueFrames { get; }

    /// <summary>A measure named right before its number, with its lemma: "magnitude 7.6", "magnitude-8.3".</summary>
    public PhraseTable<string> MeasureNames { get; }

    /// <summary>Verbs right before a number that bring a count named earlier in its clause to it ("has risen to", "s'est alourdi à").</summary>
    public PhraseTable<bool> ReachingVerbs { get; }

    /// <summary>Verbs right before a number that state how many their subject are ("are", "stood at", "s'élèvent à").</summary>
    public PhraseTable<bool> PredicateVerbs { get; }

    /// <summary>Determiners that make the noun after them plural, whatever its form ("les décès", "these species").</summary>
    public PhraseTable<bool> PluralDeterminers { get; }

    /// <summary>Adverbs that may stand between a predicate verb and its number ("s'élèvent désormais à", "are now").</summary>
    public PhraseTable<bool> PredicateAdverbs { get; }

    /// <summary>The prepositions a predicate verb takes before its number, after an adverb ("désormais à", "now at").</summary>
    public PhraseTable<bool> PredicateParticles { get; }

    /// <summary>Verbs that bring their object to the number after it ("bringing total deaths to", "porte les décès à").</summary>
    public PhraseTable<bool> ObjectPredicateVerbs { get; }

    /// <summary>The prepositions between such an object and its number ("to", "at", "à").</summary>
    public PhraseTable<bool> ObjectPredicateParticles { get; }

    /// <summary>The word that pairs a list of numbers, in order, with a coordinated subject ("respectively", "respectivement").</summary>
    public PhraseTable<bool> Respectively { get; }

    /// <summary>Events a bare number measures, with what it measures ("aftershock" = magnitude, "séisme" = magnitude).</summary>
    public PhraseTable<string> MeasuredEvents { get; }

    /// <summary>Words between a measured event and its number ("measuring", "mesurant", "de").</summary>
    public PhraseTable<bool> MeasuringWords { get; }

    /// <summary>Bound words that only restrict after a negation ("ne prévoit plus que 0,5 %": only 0.5 %).</summary>
    public PhraseTable<bool> RestrictiveBounds { get; }

    /// <summary>The negations that turn a restrictive bound into "only" ("ne", "n'").</summary>
    public PhraseTable<bool> RestrictiveNegations { get; }

    /// <summary>Pronouns after a number that count people when a fate follows them: "120 others were captured".</summary>
    public PhraseTable<bool> PeoplePronouns { get; }

    /// <summary>Words before a person's or a group's age: "aged 19", "âgés de 18 à 60 ans".</summary>
    public PhraseTable<bool> AgesBefore { get; }

    /// <summary>Bounds a hyphen glues to an age to name an age group: "under-five children", "the over-65s".</summary>
    public PhraseTable<bool> AgeGroupsBefore { get; }

    /// <summary>Words after an age ("78-year-old", "60 years old"); true where they make an age only after a person ("hommes de 18 à 60 ans").</summary>
    public PhraseTable<bool> AgesAfter { get; }

    /// <summary>The link between a person and their age ("un Soudanais de 78 ans").</summary>
    public PhraseTable<bool> AgeLinks { get; }

    /// <summary>
    /// Verbs a person's age follows ("ils ont 20 ans", "the twins are 18"); true where the age needs no word after it
    /// (English "to be"), false where it takes the age word of [age-after] (French "avoir").
    /// </summary>
    public PhraseTable<bool> AgeVerbs { get; }

    /// <summary>Pronouns that stand for people before a verb of age ("he", "elles"); true for a relative ("qui"), whose noun is before it.</summary>
    public PhraseTable<bool> AgeSubjects { get; }

    /// <summary>Words after the years a person has that make them a span of time: "il a 20 ans de prison", "ils ont 3 ans pour payer".</summary>
    public PhraseTable<bool> AgeBlockers { get; }

    /// <summary>Determiners that make an age and nothing after it an age group: "les 18-29 ans", "aux plus de 50 ans".</summary>
    public PhraseTable<bool> AgeGroupDeterminers { get; }

    /// <summary>Words after an age that make it an age group's lower edge: "les 80 ans et plus".</summary>
    public PhraseTable<bool> AgeGroupsAfter { get; }

    /// <summary>Words after an hour ("7 a.m.").</summary>
    public PhraseTable<bool> TimesAfter { get; }

    /// <summary>Verbs that dial or text a number ("dial 911", "composez le 15").</summary>
    public PhraseTable<bool> DialVerbs { get; }

    /// <summary>Words naming a street after an address's number; true for those that follow the street's name ("Downing Street").</summary>
    public PhraseTable<bool> StreetWords { get; }

    /// <summary>Words opening a relative clause, whose counts an elided number does not take ("où", "where").</summary>
    public PhraseTable<bool> RelativeOpeners { get; }

    /// <summary>A pronoun standing for the noun a number counts, named in an earlier clause ("il y en a deux": "en").</summary>
    public PhraseTable<bool> PartitivePronouns { get; }

    /// <summary>A subject pronoun and a form of "to be" before a number that counts what the pronoun stands for ("ils seraient"); true for a relative pronoun ("qui sont").</summary>
    public PhraseTable<bool> CopulaSubjects { get; }

    /// <summary>Prepositions (and their contractions with an article) before a noun, which make it no subject ("aux alentours").</summary>
    public PhraseTable<bool> Prepositions { get; }

    /// <summary>Articles and determiners that may stand between a preposition and its noun ("vers les collines").</summary>
    public PhraseTable<bool> NounArticles { get; }

    /// <summary>Determiners that point back to what was named before ("ce chiffre", "this figure").</summary>
    public PhraseTable<bool> Demonstratives { get; }

    /// <summary>Count names that sum what was counted before them, in their sentence or the one before ("the total", "le total").</summary>
    public PhraseTable<bool> SumNames { get; }

    /// <summary>Number words spelled like an adjective ("neuf": nine or new), the adjective after a noun ("le logement neuf").</summary>
    public PhraseTable<bool> AdjectiveNumerals { get; }

    /// <summary>Singular articles after which such a word is the adjective standing for its noun ("le neuf", "du neuf").</summary>
    public PhraseTable<bool> AdjectiveNumeralArticles { get; }

    /// <summary>Determiners before a count that make the plural possessor after it the thing counted ("the 27 countries’ leaders").</summary>
    public PhraseTable<bool> Determiners { get; }

    /// <summary>Words before a figure that make it a quantity per member of a set ("ont déclaré chacun plus de 10 000 cas", "each").</summary>
    public PhraseTable<bool> Distributives { get; }

    /// <summary>Words opening a sentence's set before a comma, which a bare number after it counts from ("Of the deaths, 17,388", "Parmi ces blessés, sept").</summary>
    public PhraseTable<bool> PartitiveOpeners { get; }

    /// <summary>Endings of words the word list lacks that modify the noun after them ("polling stations": a verb's "-ing" form).</summary>
    public string[] ModifierEndings { get; }

    /// <summary>Endings of words the word list lacks that describe the noun after them, left out like adjectives ("underestimated species").</summary>
    public string[] AdjectiveEndings { get; }

    /// <summary>Endings of adverbs the word list lacks, which qualify the describing word after them ("newly hospitalised patients").</summary>
    public string[] AdverbEndings { get; }

    /// <summary>A lower bound said after what the number counts: "135 morts au moins".</summary>
    public PhraseTable<bool> AtLeastAfterCounted { get; }

    /// <summary>A ceiling said after what the number counts or measures: "3,5 % maximum", "200 people at most".</summary>
    public PhraseTable<bool> AtMostAfterCounted { get; }

    /// <summary>Words after a number, or after what it counts, that make it approximate: "300 soldats environ", "300 or so".</summary>
    public PhraseTable<bool> ApproximateAfter { get; }

    /// <summary>Words after a number that make it an increment of what was counted before ("53 586 de plus", "400 more").</summary>
    public PhraseTable<bool> IncrementsAfter { get; }

    /// <summary>Words between a casualty verb and the number it befalls that add the number to those counted before: "injuring another 80,000".</summary>
    public PhraseTable<bool> IncrementsBefore { get; }

    /// <summary>Adjectives that, alone after a part's number, say the state of what the whole counts ("dix blessés, dont deux graves").</summary>
    public PhraseTable<bool> PartStates { get; }

    /// <summary>Words joining the names or adjectives before one head noun ("Red Cross and partner shelters").</summary>
    public PhraseTable<bool> NameCoordinators { get; }

    /// <summary>Words never read as what a number counts, though the word list knows them as nouns ("3 fois plus", "14 in Kyiv").</summary>
    public PhraseTable<bool> NotCounted { get; }

    /// <summary>Nouns singular in form that a count of two or more agrees with ("5,000 riot police", "200 security personnel").</summary>
    public PhraseTable<bool> PluralSense { get; }

    /// <summary>Complements that make one unit with the unit before them ("tonnes d'équivalent CO2", "tonnes of CO2 equivalent").</summary>
    public PhraseTable<bool> MeasureCompounds { get; }

    /// <summary>
    /// Nouns written in several words whose first word alone the word list reads as another noun ("mis en cause", not
    /// the plural of the note "mi"), with their lemma.
    /// </summary>
    public PhraseTable<string> NounLocutions { get; }

    /// <summary>Words before a number that make it a factor ("multipliés par trois", "by a factor of 4"), with its unit.</summary>
    public PhraseTable<UnitSense> FactorsBefore { get; }

    /// <summary>The noun an illness counted by a number stands for ("32,091 dengue": dengue cases), or "" when the language has none.</summary>
    public string IllnessCount { get; }

    /// <summary>What a noun read from the text counts, by its lemma ("howitzer", "obusier", "drone strike"), beside [unit]'s written forms.</summary>
    public Dictionary<string, UnitSense> CountedLemmas { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// The heads of the compound nouns among <see cref="CountedLemmas"/> ("bureau" of "bureau de vote", "état" of "état
    /// membre"), so that only a phrase whose head may open a compound is read further.
    /// </summary>
    public HashSet<string> CompoundHeads { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// What a phrase written so counts, by its text ("véhicules blindés"): news repeats its nouns, so each is reduced to
    /// its lemma once. Bounded, since a worker reads for months.
    /// </summary>
    public CountedThingCache CountedThings { get; } = new(4096);

    /// <summary>The noun a kind of equipment takes in this language ("tank" is "char"): the lemma of a model counted by its name.</summary>
    public Dictionary<string, string> KindNouns { get; } = new(StringComparer.Ordinal);

    public Vocabulary Vocabulary { get; }

    /// <summary>Whether a line is a headline in Title Case, where a capital marks no name.</summary>
    public TitleLine TitleLines { get; }

    public char DecimalSeparator { get; }

    public char GroupSeparator { get; }

    /// <summary>Apostrophes that group thousands in Swiss usage ("147'369", "1’250’000"), whatever the language's own mark.</summary>
    public string QuoteGroupSeparators { get; }

    public char LooseDecimalSeparator { get; }

    /// <summary>Whether a hundreds word stands alone for one hundred ("cent", never "un cent"), so a one before it is another number.</summary>
    public bool BareHundred { get; }

    public PhraseTable<NumberWord> Numbers { get; }

    public PhraseTable<bool> Weak { get; }

    /// <summary>Weak numbers that still count before a unit ("one mile", "one penny"), unlike an article ("a mile", "un soldat").</summary>
    public PhraseTable<bool> CountingWeak { get; }

    /// <summary>Weak numerals that count in a list of counts ("dix militaires et un gendarme", "one count of obstruction and three counts of fraud").</summary>
    public PhraseTable<bool> ListedWeak { get; }

    /// <summary>Words opening a part of a count just given ("Trois prévenus, dont une personne morale", "including one by").</summary>
    public PhraseTable<bool> SubsetOpeners { get; }

    /// <summary>Words after a number that share it out ("one each", "un pour chacun des partis").</summary>
    public PhraseTable<bool> EachWords { get; }

    /// <summary>Words before a weak numeral that make it the numeral, not the article ("de un point de pourcentage": an article would elide to "d'un").</summary>
    public PhraseTable<bool> NumeralMarkers { get; }

    /// <summary>What follows a length of time that is a sentence ("un an de prison", "un an d'emprisonnement"): the weak numeral before it is one.</summary>
    public PhraseTable<bool> SentenceComplements { get; }

    /// <summary>After a fraction, what makes it a share of a whole: "deux tiers des", "la moitié du", "a third of".</summary>
    public PhraseTable<bool> ShareLinks { get; }

    /// <summary>Verbs of change, after which "from X to Y" tells an old and a new value, two figures: "est passé de 200 à 300".</summary>
    public PhraseTable<bool> ChangeVerbs { get; }

    /// <summary>After a verb of change, the word that states its amount: "increased by $43.6 billion to $419.2 billion".</summary>
    public PhraseTable<bool> ChangeAmounts { get; }

    /// <summary>
    /// The words a market report writes right before the amount of a move, whose "to" or "à" then gives the new level: "down
    /// 8.1p to 154.65p", "HBOS lost 11.25p to 340.5p", "le titre a cédé 2,5 euros à 40 euros".
    /// </summary>
    public PhraseTable<bool> ChangeMarks { get; }

    /// <summary>Between two opposite bounds that close one range: "supérieur à 20 et inférieur à 35", "at most 100, at least 20".</summary>
    public PhraseTable<bool> BoundJoiners { get; }

    /// <summary>Before a fraction noun, words that make it a part of a time or a place, not a share: "the first half of 2023".</summary>
    public PhraseTable<bool> FractionBlockers { get; }

    /// <summary>Articles that are never a number on their own ("a", "an"), unlike French "un".</summary>
    public PhraseTable<bool> Articles { get; }

    /// <summary>"," in "three million, two hundred": what may join a spelled-out group to the scale before it.</summary>
    public PhraseTable<bool> ScaleJoiners { get; }

    /// <summary>Connectors inside spelled-out numbers, each with the words allowed after it (null: any): French "et" only before "un", "onze".</summary>
    public PhraseTable<int[]?> Connectors { get; }

    /// <summary>Ordinal words used as denominators ("cinquième", "quarts", "fifths"), with their value.</summary>
    public PhraseTable<double> Denominators { get; }

    /// <summary>Denominators that also name a period of time ("quarters"): after a <see cref="PeriodOpeners"/> word, periods counted.</summary>
    public PhraseTable<bool> PeriodDenominators { get; }

    /// <summary>Words opening a span of periods ("the next three quarters", "the past four quarters"), not a share.</summary>
    public PhraseTable<bool> PeriodOpeners { get; }

    /// <summary>A period a change is measured over, written after the number ("63,000 year-over-year"): no unit of it.</summary>
    public PhraseTable<bool> PeriodComparisons { get; }

    /// <summary>Words after one unit of time that make it the point a comparison looks back to ("than a year earlier").</summary>
    public PhraseTable<bool> ReferencePoints { get; }

    /// <summary>Bound words that are a time after a <see cref="TimeBoundsBefore"/> word ("the past 10 years", "half past 7").</summary>
    public PhraseTable<bool> TimeBounds { get; }

    /// <summary>Determiners, and "half" or "quarter" of the clock, that make a <see cref="TimeBounds"/> word a time.</summary>
    public PhraseTable<bool> TimeBoundsBefore { get; }

    /// <summary>Singular round ordinals that, after a count above one, name a rank ("the two millionth visitor"), not a fraction.</summary>
    public PhraseTable<bool> RankOrdinals { get; }

    /// <summary>Articles before an ordinal rank that a bound may take ("between the tenth and the fifteenth"), or before a fraction noun ("plus de la moitié").</summary>
    public PhraseTable<bool> RankArticles { get; }

    /// <summary>"un sur trois", "one out of three": a fraction written as two numbers.</summary>
    public PhraseTable<bool> Over { get; }

    /// <summary>Bound words that before a length of time after an amount or a change tell the time it took: "rose 3% over 12 months".</summary>
    public PhraseTable<bool> SpanBounds { get; }

    /// <summary>Words between a count and the round whole it is counted in: "208 pour 100.000", "12 per 100,000".</summary>
    public PhraseTable<bool> RateOver { get; }

    /// <summary>"virgule", "point": a decimal mark written as a word.</summary>
    public PhraseTable<bool> DecimalWords { get; }

    public PhraseTable<bool> Negatives { get; }

    /// <summary>Words after which an amount in brackets is the amount itself, so negative ("revenue is ($99.99)").</summary>
    public PhraseTable<bool> AccountingLeads { get; }

    /// <summary>Words after which "one" is a pronoun ("that one"), not a number.</summary>
    public PhraseTable<bool> PronounContext { get; }

    /// <summary>Nouns for fractions ("moitié", "half"), read as a share where their context says so.</summary>
    public PhraseTable<double> FractionWords { get; }

    /// <summary>"ou égal", "or equal": after a strict bound, makes it include its value.</summary>
    public PhraseTable<bool> InclusiveAfter { get; }

    public PhraseTable<bool> Halves { get; }

    public PhraseTable<bool> ScaleFillers { get; }

    public PhraseTable<double> Vague { get; }

    /// <summary>Determiners of a vague magnitude; true for those that also count a number word in the singular ("several hundred").</summary>
    public PhraseTable<bool> VagueDeterminers { get; }

    /// <summary>Determiners that count a magnitude several times, with the factor its lower edge takes ("plusieurs milliers": 2,000).</summary>
    public PhraseTable<double> VagueMultipliers { get; }

    public PhraseTable<bool> VagueLinks { get; }

    /// <summary>A bound fused with the article before a fraction ("près des deux tiers"): "nearly", "at-least", "at-most" or "approximate".</summary>
    public PhraseTable<string> FractionBounds { get; }

    public PhraseTable<bool> Approximate { get; }

    /// <summary>"nearly", "près de": an upper bound the number approaches, stated roughly.</summary>
    public PhraseTable<bool> Nearly { get; }

    /// <summary>Words of a currency that also weigh ("pounds"), read as the weight where <see cref="WeightCues"/> speak of weight.</summary>
    public PhraseTable<UnitSense> WeightUnits { get; }

    /// <summary>Words of weight in the sentence before a number, or after its unit: "weighs", "heavier".</summary>
    public PhraseTable<bool> WeightCues { get; }

    /// <summary>Prefixes hyphened to a number that bound it from above, the bound excluded: "sub-7 nanometer chips".</summary>
    public PhraseTable<bool> HyphenedBounds { get; }

    /// <summary>
    /// The unit of a share read from a fraction or a proportion ("deux tiers", "one in five", "more than half"): a
    /// percentage (66.67, 20, 50), so that a subscriber groups "more than half of the refugees" with "52 % of the refugees".
    /// </summary>
    public static readonly UnitSense Share = new("percent", FigureCategory.Percentage, false, Factor: 100);

    /// <summary>Lower-bound phrases; the value says whether the bound itself is included ("au moins") or not ("plus de").</summary>
    public PhraseTable<bool> AtLeast { get; }

    /// <summary>Adverbs that may stand between a level verb and its number ("dépasse désormais les 200 morts").</summary>
    public PhraseTable<bool> LevelAdverbs { get; }

    public PhraseTable<bool> AtMost { get; }

    /// <summary>Verbs whose particle is the first word of an upper bound after them ("ticked up to 4.1%", "revised up to 1.0%").</summary>
    public PhraseTable<bool> ParticleVerbs { get; }

    public PhraseTable<bool> AtLeastAfter { get; }

    public PhraseTable<bool> AtMostAfter { get; }

    /// <summary>"ou", "or" between two opposite bounds ("inférieur ou supérieur à 30"), which together mean "not equal".</summary>
    public PhraseTable<bool> BoundAlternatives { get; }

    /// <summary>What states one of a unit or a noun before "or" and a small number ("a day or two", "another pick or two"): a range from one.</summary>
    public PhraseTable<bool> AlternativeOpeners { get; }

    /// <summary>Denominators that are ordinals too ("third", "fifth"): hyphened to a unit before a noun, a rank ("a third-year student").</summary>
    public PhraseTable<bool> OrdinalDenominators { get; }

    /// <summary>Range openers, each with the joiner it pairs with ("entre" … "et").</summary>
    public PhraseTable<RangeOpener> RangeStarts { get; }

    /// <summary>Phrases stating equality ("égal à 20"), which make an exact value a closed interval.</summary>
    public PhraseTable<bool> Equal { get; }

    public PhraseTable<bool> RangeJoiners { get; }

    public PhraseTable<bool> Fillers { get; }

    /// <summary>Conjunctions joining two fillers: "50,000 Russian and North Korean troops".</summary>
    public PhraseTable<bool> FillerJoiners { get; }

    public PhraseTable<bool> UnitLinks { get; }

    /// <summary>"of a": between a fraction and one unit of measure ("half of a mile"), read only before such a unit.</summary>
    public PhraseTable<bool> MeasureLinks { get; }

    public PhraseTable<UnitSense> Units { get; }

    public PhraseTable<UnitSense> PrefixUnits { get; }

    /// <summary>Each canonical unit's first sense in [unit], so a power can name the unit it makes ("km" squared is "km2").</summary>
    public Dictionary<string, UnitSense> UnitsByName { get; } = new(StringComparer.Ordinal);

    /// <summary>A power written after a unit ("squared", "^3", a glued "2"), with the suffix it adds to the canonical name.</summary>
    public PhraseTable<string> UnitPowers { get; }

    /// <summary>Unit symbols read only composed ("J/m^2", "Js", "s-1"), matched with their case.</summary>
    public UnitSymbols UnitSymbols { get; }

    /// <summary>Unit symbols read alone after a number in their exact case ("450 Nm", "4,500 mAh", "15 ppb").</summary>
    public CaseExactUnits ExactUnits { get; }

    /// <summary>"per", "/", "a": what joins a rate's unit to what it is per; true for an article ("$80 a barrel"), which a time adverb may undo.</summary>
    public PhraseTable<bool> RateLinks { get; }

    /// <summary>What a rate may be per ("hour", "kg", "barrel"), with its canonical name.</summary>
    public PhraseTable<string> RateUnits { get; }

    /// <summary>"a year earlier", "a day after": after an article, these make the noun a time reference, not a rate.</summary>
    public PhraseTable<bool> RateBlockers { get; }

    /// <summary>A factor's unit, read only before a <see cref="FactorComparisons"/> word: "three times higher", "deux fois plus".</summary>
    public PhraseTable<UnitSense> FactorUnits { get; }

    /// <summary>Words after a factor that compare ("more", "higher", "the", "plus", "moins").</summary>
    public PhraseTable<bool> FactorComparisons { get; }

    /// <summary>Units read only after a verb of turning: "rotate 90 degrees", where "24 degrees" alone is a temperature.</summary>
    public PhraseTable<UnitSense> TurningUnits { get; }

    public PhraseTable<bool> TurningVerbs { get; }

    /// <summary>Marks that are also quotation marks ('10 " long' is ten inches), read only where no quotation opens or closes.</summary>
    public PhraseTable<UnitSense> QuoteUnits { get; }

    /// <summary>Unit words that are also prepositions ("2 in 5"), read only before a word of size or at the text's end.</summary>
    public PhraseTable<UnitSense> TrailingUnits { get; }

    /// <summary>Units read only glued to their number: "1.38pc" is per cent, "5 PC" is not.</summary>
    public PhraseTable<UnitSense> GluedUnits { get; }

    /// <summary>"and", "or": a list of numbers whose last one names the unit of all ("45 and 50 mg").</summary>
    public PhraseTable<bool> ListJoiners { get; }

    /// <summary>Words opposing two numbers, the first of which shares the second's unit ("54 contre 46 %", "54 versus 46 percent").</summary>
    public PhraseTable<bool> PairJoiners { get; }

    /// <summary>Definite articles that make one of a collective numeral before "de" ("la vingtaine de morts").</summary>
    public PhraseTable<bool> CollectiveArticles { get; }

    /// <summary>Adjectives that grade a collective numeral after "une" ("une petite centaine", "une bonne dizaine").</summary>
    public PhraseTable<bool> CollectiveAdjectives { get; }

    /// <summary>"±", "+/-": the error of a measured value follows.</summary>
    public PhraseTable<bool> Uncertainty { get; }

    /// <summary>"thick", "long", "wide": a word of size after a measure.</summary>
    public PhraseTable<bool> MeasureAdjectives { get; }

    public PhraseTable<UnitSense> Casualties { get; }

    /// <summary>Verbs before a count of people that make it a casualty count: "killed three people", "wounded 11 others".</summary>
    public PhraseTable<UnitSense> CasualtyVerbs { get; }

    /// <summary>Nouns read otherwise after a model designation with digits: "12 Su-35 fighters" are aircraft, not soldiers.</summary>
    public PhraseTable<UnitSense> DesignatedUnits { get; }

    /// <summary>"of", "out of", "sur": between a part and the whole it is counted in ("20 of 25 drones").</summary>
    public PhraseTable<bool> PartOf { get; }

    /// <summary>Month names; true for an abbreviation written with a full stop ("Oct.").</summary>
    public PhraseTable<bool> Months { get; }

    /// <summary>Names of the days of the week: "the Dow rose 200 Tuesday" counts no Tuesday, nor names a model.</summary>
    public PhraseTable<bool> Weekdays { get; }

    /// <summary>"in", "en": before a bare year-like number they make it a year, whatever noun follows ("In 2023 Russian troops").</summary>
    public PhraseTable<bool> YearPrepositions { get; }

    /// <summary>The mark between a clock's hour and its minutes ("14 h 30", "14h30").</summary>
    public PhraseTable<bool> ClockMarks { get; }

    /// <summary>Prepositions of a point in time before an hour written without minutes ("à 14 h", "vers 9 h").</summary>
    public PhraseTable<bool> ClockPrepositions { get; }

    /// <summary>Parts of the day after an hour that make it a time of day ("5 h du matin", "9 h du soir").</summary>
    public PhraseTable<bool> ClockDayParts { get; }

    /// <summary>An hour written as a word ("16 heures"), a time of day only after a preposition of a point in time.</summary>
    public PhraseTable<bool> ClockWords { get; }

    /// <summary>The prepositions after which an hour written as a word is a time of day: "vers 16 heures".</summary>
    public PhraseTable<bool> ClockWordPrepositions { get; }

    /// <summary>Words naming a designation before its number ("Region 9"); true for those that are one only with a capital ("Mark 2", not "to mark 100 years").</summary>
    public PhraseTable<bool> Labels { get; }

    /// <summary>Prepositions after which a bare number measures in the unit of the figure before it after the same one: "fell by 1".</summary>
    public PhraseTable<bool> ParallelPrepositions { get; }

    /// <summary>Words naming a designation after its number: "the 90049 ZIP code".</summary>
    public PhraseTable<bool> LabelsAfter { get; }

    /// <summary>Between two days of one month: "du 23 au 24 août", "5 to 7 June".</summary>
    public PhraseTable<bool> DayJoiners { get; }

    public PhraseTable<bool> Idioms { get; }

    /// <summary>Words of a match and its result, around a score: "beat", "victory", "s'est imposé", "vs".</summary>
    public PhraseTable<bool> ScoreWords { get; }

    /// <summary>Quantities named by words alone, with their value and unit: "absolute zero".</summary>
    public PhraseTable<NamedQuantity> NamedQuantities { get; }

    /// <summary>Words of multiplication standing alone, with their factor in the unit "times": "doubled", "eightfold", "triplé".</summary>
    public PhraseTable<NamedQuantity> Multipliers { get; }

    /// <summary>Nouns of multiplication that state a factor only after an article or a fused bound: "le double", "près du double".</summary>
    public PhraseTable<NamedQuantity> MultiplierNouns { get; }

    /// <summary>The articles before a <see cref="MultiplierNouns"/> word: "le", "du", "au".</summary>
    public PhraseTable<bool> MultiplierArticles { get; }

    /// <summary>Nouns naming a measure rather than a unit of it: "a percentage" is no figure, unlike "a gallon".</summary>
    public PhraseTable<bool> MeasureNouns { get; }

    public SuffixScale[] SuffixScales { get; }

    /// <summary>"half", "a quarter", "three quarters": a fraction read only before a scale word ("a quarter million").</summary>
    public PhraseTable<double> ScaleFractions { get; }

    /// <summary>Canonical unit → the smaller unit its remainder may follow in ("dollars" → "cents").</summary>
    public Dictionary<string, Subunit> Subunits { get; } = new(StringComparer.Ordinal);

    /// <summary>Unit words too ambiguous alone, read only as a remainder's unit ("5 ft 2 in").</summary>
    public PhraseTable<UnitSense> SubunitWords { get; }

    /// <summary>The lexicon for a language code ("fr", "en", "fr-FR"), or null when no resource exists for it.</summary>
    public static FigureLexicon? For(string language)
    {
        var code = language.Length >= 2 ? language[..2].ToLowerInvariant() : language.ToLowerInvariant();
        return Cache.GetOrAdd(code, static c =>
        {
            var assembly = typeof(FigureLexicon).Assembly;
            var file = LexiconFile.Load(assembly, $"Pipeline.Analysis.Figures.Resources.{c}.txt");
            return file is null ? null : new FigureLexicon(c, file);
        });
    }

    private PhraseTable<T> Table<T>(LexiconFile file, string section, Func<string, T> parse)
    {
        var table = new PhraseTable<T>(Vocabulary);
        AddTo(table, file, section, parse);
        return table;
    }

    private void AddTo<T>(PhraseTable<T> table, LexiconFile file, string section, Func<string, T> parse)
    {
        foreach (var (phrase, value) in file[section])
        {
            table.Add(Vocabulary.AddPhrase(phrase), parse(value ?? ""));
        }
    }

    private static NamedQuantity ParseNamedQuantity(string value)
    {
        var split = value.IndexOf('|', StringComparison.Ordinal);
        return new NamedQuantity(ParseNumber(value[..split]), ParseUnit(value[(split + 1)..]));
    }

    private static double ParseNumber(string value) =>
        value.Length == 0 ? 0 : double.Parse(value.Split('|')[0].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture);

    private static UnitSense ParseUnit(string value)
    {
        var parts = value.Split('|', StringSplitOptions.TrimEntries);
        var category = Enum.Parse<FigureCategory>(parts[1], ignoreCase: true);
        var person = false;
        var capital = false;
        var factor = 1.0;
        foreach (var flag in parts.AsSpan(2))
        {
            if (flag == "person")
            {
                person = true;
            }
            else if (flag == "capital")
            {
                capital = true;
            }
            else if (flag.Length > 0)
            {
                factor = ParseNumber(flag);
            }
        }

        return new UnitSense(parts[0], category, person, factor, Capital: capital);
    }
}
