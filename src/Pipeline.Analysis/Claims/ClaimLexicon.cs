using System.Collections.Concurrent;
using Pipeline.Analysis.Text;

namespace Pipeline.Analysis.Claims;

/// <summary>One language's claim knowledge, read from Claims/Resources/{language}.txt.</summary>
internal sealed class ClaimLexicon
{
    private static readonly ConcurrentDictionary<string, ClaimLexicon?> Cache = new(StringComparer.OrdinalIgnoreCase);

    private readonly Lazy<Figures.FigureLexicon?> figures;

    private ClaimLexicon(string language, LexiconFile file)
    {
        figures = new Lazy<Figures.FigureLexicon?>(() => Figures.FigureLexicon.For(language));
        ReportingVerbForms.Expand(file);
        ContractedAuxiliaries.Expand(file);
        TitleLines = TitleLine.For(language);
        Abbreviations = new Abbreviations(
            file["abbreviation"].Select(e => e.Phrase), file["clock-suffix"].Select(e => e.Phrase), file["after-clock-suffix"].Select(e => e.Phrase));
        SourceBefore = Table(file, "source-before", Cue);
        SourceVerbs = Table(file, "source-verb", v => v is not ("speech" or "quote"));
        Participles = Table(file, "source-participle", v => v is not ("speech" or "quote"));
        Infinitives = Table(file, "source-infinitive", v => v is not ("speech" or "quote"));
        QuoteInfinitives = Table(file, "source-infinitive", v => v == "quote");
        RecentPast = Table(file, "recent-past", _ => true);
        QuoteVerbs = Table(file, "source-verb", v => v == "quote");
        QuoteParticiples = Table(file, "source-participle", v => v == "quote");
        ClosingVerbs = Table(file, "closing-source-verb", _ => true);
        NounVerbs = Table(file, "noun-verb", _ => true);
        NounComplements = Table(file, "noun-complement", _ => true);
        VerbsOfNounSubject = Table(file, "verb-of-noun-subject", _ => true);
        DocumentRelatives = Table(file, "document-relative", _ => true);
        DocumentShares = Table(file, "document-share", _ => true);
        DocumentOpenings = Table(file, "document-opening", _ => true);
        DocumentLevels = Table(file, "document-level", _ => true);
        PassiveParticiples = Table(file, "passive-participle", _ => true);
        Auxiliaries = Table(file, "auxiliary", v => v == "inverted");
        PassiveAuxiliaries = Table(file, "passive-auxiliary", _ => true);
        Adverbs = Table(file, "adverb", _ => true);
        VerbSideAdverbs = Table(file, "verb-side-adverb", _ => true);
        SubjectParticiples = Table(file, "subject-participle", v => v == "clause");
        Negations = Table(file, "negation", _ => true);
        AdverbSuffixes = [.. file["adverb-suffix"].Select(e => (e.Phrase, e.Value == "after-auxiliary"))];
        AdverbExceptions = Table(file, "adverb-exception", _ => true);
        Documents = Table(file, "source-document", _ => true);
        QuantityHeads = Table(file, "quantity-head", _ => true);
        VagueQuantityOpeners = Table(file, "vague-quantity-opener", _ => true);
        Authorities = Table(file, "authority", _ => true);
        Tallies = Table(file, "tally", _ => true);
        EarlierMarks = Table(file, "earlier", _ => true);
        FallenAmounts = Table(file, "fallen-amount", _ => true);
        SubsetOpenings = Table(file, "subset-opening", _ => true);
        Agents = Table(file, "source-agent", _ => true);
        PassiveAgents = Table(file, "passive-agent", _ => true);
        SameSource = Table(file, "same-source", _ => true);
        Anaphoric = Table(file, "anaphoric-determiner", _ => true);
        PreviousSentenceCues = Table(file, "source-of-previous", _ => true);
        SpeechGoingOn = Table(file, "speech-going-on", _ => true);
        AsSaid = Table(file, "as-said", _ => true);
        AsSaidSpeakerFirst = Table(file, "as-said-speaker-first", _ => true);
        SayingCircumstances = Table(file, "saying-circumstance", _ => true);
        AddedClauses = Table(file, "added-clause", _ => true);
        Continuations = Table(file, "continuation", _ => true);
        SpeakerPronouns = Table(file, "speaker-pronoun", v => v == "plural");
        Asides = Table(file, "aside", _ => true);
        InstitutionHeads = Table(file, "institution-head", _ => true);
        StateBodies = Table(file, "state-body", _ => true);
        InstitutionLinks = Table(file, "institution-link", _ => true);
        NameLinks = Table(file, "name-link", _ => true);
        AsideParticiples = Table(file, "aside-participle", _ => true);
        Occasions = Table(file, "occasion", _ => true);
        Subordinators = Table(file, "subordinator", _ => true);
        DatingPrepositions = Table(file, "dating-preposition", _ => true);
        VerbClitics = Table(file, "verb-clitic", _ => true);
        Determiners = Table(file, "determiner", _ => true);
        Prepositions = Table(file, "preposition", _ => true);
        Hedges = Table(file, "hedge", v => v != "unattributed");
        JoinedHedges = Table(file, "joined-hedge", _ => true);
        SayingTimes = Table(file, "saying-time", v => v != "goes-on");
        RecordNouns = Table(file, "record-noun", _ => true);
        Forecasters = Table(file, "forecaster", _ => true);
        Requirements = Table(file, "requirement", _ => true);
        ViewVerbs = Table(file, "view-verb", _ => true);
        ViewLinks = Table(file, "view-link", v => v == "comparison");
        ViewClauses = Table(file, "view-clause", _ => true);
        ViewShareSkips = Table(file, "view-share-skip", v => v == "unit");
        RequirementLinks = Table(file, "requirement-link", _ => true);
        EstimateWords = Table(file, "estimate-word", _ => true);
        RecordSpans = Table(file, "record-span", _ => true);
        Superlatives = Table(file, "superlative", _ => true);
        ReportedClauses = Table(file, "reported-clause", _ => true);
        FigureHedges = Table(file, "hedge-after-figure", v => v != "uncounted");
        Subjects = Table(file, "subject", v => v);
        LocationIntros = Table(file, "location-intro", v => v);
        TopicIntros = Table(file, "topic-intro", _ => true);
        Places = Table(file, "place", v => v);
        NotNames = Table(file, "not-a-name", _ => true);
        HolderVerbs = new HashSet<string>(file["holder-verb"].Select(e => e.Phrase), StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        HolderShares = Table(file, "holder-share", _ => true);
        HoldingOpeners = Table(file, "holding-opener", _ => true);
        HoldingAbsolutes = Table(file, "holding-absolute", _ => true);
        VoteShares = Table(file, "vote-share", _ => true);
        VoteRecipients = Table(file, "vote-recipient", _ => true);
        PhraseStops = Table(file, "phrase-stop", _ => true);
        PhraseArticles = Table(file, "phrase-article", _ => true);
        LeadingStrip = Table(file, "leading-strip", _ => true);
        Pronouns = Table(file, "pronoun", _ => true);
        Relatives = Table(file, "relative", _ => true);
        Of = Table(file, "of", _ => true);
        ClauseOpeners = Table(file, "clause-opener", _ => true);
        CleftOpeners = Table(file, "cleft-opener", _ => true);
        Criteria = Table(file, "criterion", _ => true);
        AgentVerbs = Table(file, "agent-verb", _ => true);
        Nationalities = Table(file, "nationality", _ => true);
        Possessives = Table(file, "possessive", _ => true);
        SelfReferences = Table(file, "self-reference", _ => true);
        PersonalPronouns = Table(file, "personal-pronoun", v => v != "impersonal");
        ForwardHedges = Table(file, "hedge-forward", _ => true);
        ForecastVerbs = Table(file, "forecast-verb", v => v != "context");
        ForecastContext = Table(file, "forecast-context", _ => true);
        Targets = Table(file, "target", _ => true);
        TargetsAfter = Table(file, "target-after-figure", _ => true);
        HedgeDenials = Table(file, "hedge-denial", _ => true);
        EarlierForecastNouns = Table(file, "earlier-forecast-noun", _ => true);
        ForecastSettings = Table(file, "forecast-setting", _ => true);
        OwnedForecastNouns = Table(file, "owned-forecast-noun", _ => true);
        OwnedForecastLinks = Table(file, "owned-forecast-link", _ => true);
        ForecasterVerbs = Table(file, "forecaster-verb", _ => true);
        Progressives = Table(file, "source-progressive", _ => true);
        ProgressiveAuxiliaries = Table(file, "progressive-auxiliary", _ => true);
        CountVerbs = Table(file, "count-verb", v => v == "at");
        EstimateLinks = Table(file, "estimate-link", _ => true);
        DocumentVerbs = Table(file, "document-verb", _ => true);
        CountNouns = Table(file, "count-noun", _ => true);
        ForecastObjectVerbs = Table(file, "forecast-verb-object", v => v != "present");
        ForeseeingVerbs = Table(file, "foreseeing-verb", v => v != "present");
        LevelVerbs = Table(file, "level-verb", _ => true);
        InfinitiveMarkers = Table(file, "infinitive-marker", _ => true);
        TotalOpeners = Table(file, "total-opener", _ => true);
        ForecasterCalls = Table(file, "forecaster-call", _ => true);
        HedgeBarriers = Table(file, "hedge-barrier", v => v != "adjacent");
        HedgeCoordinators = Table(file, "hedge-coordinator", _ => true);
        ClauseCoordinators = Table(file, "clause-coordinator", _ => true);
        TimeAnchors = Table(file, "time-anchor", _ => true);
        TimeUnits = Table(file, "time-unit", _ => true);
        EventSpans = Table(file, "event-span", _ => true);
        PollNouns = Table(file, "poll-noun", v => v != "source");
        PollMeasures = Table(file, "poll-measure", _ => true);
        PollSettings = Table(file, "poll-setting", _ => true);
        HedgedCauses = Table(file, "hedged-cause", _ => true);
        PollsAfterShare = Table(file, "poll-after-share", _ => true);
        PollSeats = new HashSet<string>(file["poll-seat"].Select(e => e.Phrase), StringComparer.OrdinalIgnoreCase);
        PollCredits = Table(file, "poll-credit", _ => true);
        FigureOpeningHedges = Table(file, "hedge-opening-figure", _ => true);
        ForecastFigureHedges = Table(file, "hedge-after-figure-in-forecast", _ => true);
        ObjectPronouns = Table(file, "object-pronoun", _ => true);
        LevelForecastVerbs = Table(file, "level-forecast-verb", _ => true);
        LevelAuxiliaries = Table(file, "level-auxiliary", _ => true);
        Recipients = Table(file, "recipient", _ => true);
        LearntFrom = Table(file, "learnt-from", v => v == "learnt");
        ImpersonalSpeakers = Table(file, "impersonal-speaker", _ => true);
        SpeakingPlaces = Table(file, "speaking-place", _ => true);
        HedgeComplements = Table(file, "hedge-complement", _ => true);
        Partitives = Table(file, "partitive", v => v == "after-number");
        ForecastNouns = Table(file, "forecast-noun", _ => true);
        LevelLinks = Table(file, "level-link", _ => true);
        ForecastValueLinks = Table(file, "forecast-value-link", _ => true);
        ForecastQualifiers = Table(file, "forecast-qualifier", _ => true);
        ForecastHolders = Table(file, "forecast-holder", _ => true);
        ForecastSubjectVerbs = Table(file, "forecast-subject-verb", _ => true);
        ForecastVenues = Table(file, "forecast-venue", _ => true);
        PastComparisons = Table(file, "past-comparison", v => v == "bare");
        PastMarks = Table(file, "past-mark", _ => true);
        LevelChanges = Table(file, "level-change", v => v == "level");
        PassagesFrom = Table(file, "passage-from", v => v != "other");
        AnteriorOpeners = Table(file, "anterior-opener", v => v == "gerund");
        ObservedValues = Table(file, "observed-after-figure", _ => true);
        YearLinks = Table(file, "year-link", _ => true);
        ForecastRevisions = Table(file, "forecast-revision", _ => true);
        RevisionLinks = Table(file, "revision-link", _ => true);
        LevelAdverbs = Table(file, "level-adverb", _ => true);
        OpeningSubordinators = Table(file, "opening-subordinator", _ => true);
        RespondentLeads = Table(file, "respondent-lead", _ => true);
        RespondentParticiples = Table(file, "respondent-participle", _ => true);
        ForwardSpans = Table(file, "forward-span", _ => true);
        UnattributedReports = Table(file, "unattributed-report", _ => true);
        ReportedStates = Table(file, "reported-state", _ => true);
        QuotedAs = Table(file, "quoted-as", _ => true);
        RelativeReports = Table(file, "relative-report", v => v == "forecast");
        RelativeReportDeterminers = Table(file, "relative-report-determiner", _ => true);
        RoleNouns = Table(file, "role-noun", _ => true);
        SpeakerNouns = Table(file, "speaker-noun", _ => true);
        NameSuffixes = Table(file, "name-suffix", _ => true);
        ObjectRelatives = Table(file, "object-relative", _ => true);
        PrepositionalRelatives = Table(file, "prepositional-relative", _ => true);
        SpeechVerbs = Table(file, "speech-verb", _ => true);
        PartitiveHeads = Table(file, "partitive-head", _ => true);
        SpeakerSuffixes = [.. file["speaker-suffix"].Select(e => e.Phrase)];
        DescriptionDeterminers = Table(file, "description-determiner", _ => true);
        DescriptionNouns = Table(file, "description-noun", _ => true);
        PhraseLinks = Table(file, "phrase-link", _ => true);
        PhraseCoordinators = Table(file, "phrase-coordinator", _ => true);
        NameClassifiers = Table(file, "name-classifier", _ => true);
        NameArticles = Table(file, "name-article", _ => true);
        GapOpeners = Table(file, "gap-opener", _ => true);
        Comparatives = Table(file, "comparative", _ => true);
        ClauseWords = new HashSet<string>(file["clause-word"].Select(e => e.Phrase), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        Absolutes = Table(file, "absolute", _ => true);
        AppendedClauses = Table(file, "appended-clause", _ => true);
        SubordinateBarriers = Table(file, "subordinate-barrier", _ => true);
        PlaceRelatives = new HashSet<string>(file["place-relative"].Select(e => e.Phrase), StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        ClauseParticipleSuffixes = [.. file["clause-participle-suffix"].Select(e => e.Phrase)];
        PastParticipleSuffixes = [.. file["past-participle-suffix"].Select(e => e.Phrase)];
        SimplePastSuffixes = [.. file["simple-past-suffix"].Select(e => e.Phrase)];
        FutureSuffixes = [.. file["future-suffix"].Select(e => TextFolding.Fold(e.Phrase)).Distinct()];
        FutureExceptions = new HashSet<string>(file["future-exception"].Select(e => TextFolding.Fold(e.Phrase)), StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();
        IntroducerWords = FirstWords(file, "source-before");
        DocumentWords = FirstWords(file, "source-document");
        VerbWords = FirstWords(file, "source-verb", "closing-source-verb", "forecaster-verb", "forecaster-call", "source-progressive", "count-verb", "forecast-verb-object");
        AuxiliaryWords = FirstWords(file, "auxiliary");
        RecentPastWords = FirstWords(file, "recent-past");
        PassiveWords = FirstWords(file, "passive-participle");
        HedgeWords = FirstWords(file, "hedge");
        SubjectWords = FirstWords(file, "subject");
        SelfReferenceWords = FirstWords(file, "self-reference");
        LocationWords = FirstWords(file, "location-intro");
        ForecastWords = FirstWords(file, "hedge-forward", "forecast-verb", "forecast-verb-object", "foreseeing-verb");
        ForecastContextWords = FirstWords(file, "forecast-context");
        ConditionalSuffixes = [.. file["conditional-suffix"].Select(e => TextFolding.Fold(e.Phrase)).Distinct()];
        ConditionalTails = new HashSet<string>(ConditionalSuffixes.Select(e => e[^3..]), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        ConditionalExceptions = new HashSet<string>(file["conditional-exception"].Select(e => TextFolding.Fold(e.Phrase)), StringComparer.Ordinal);
    }

    public Vocabulary Vocabulary { get; } = new();

    /// <summary>Whether a line is a headline in Title Case, where a capital marks no name.</summary>
    public TitleLine TitleLines { get; }

    /// <summary>Words whose period does not end a sentence ("Dr. Chan", "Oct. 7"), as written, without the period.</summary>
    public Abbreviations Abbreviations { get; }

    /// <summary>Phrases the source follows: an introducer ("selon", "according to"), a participle that may stand on a
    /// speaker ("cité par", "quoted by"), or an inverted reporting verb (", said the ministry"), which names a source only right after a comma
    /// or quote: elsewhere the words after it are what was said.</summary>
    public PhraseTable<SourceCue> SourceBefore { get; }

    /// <summary>Reporting verbs whose speaker stands before them ("officials said", "Kiev affirme"); false marks a verb
    /// that reports only when speech follows it ("a déclaré que…", not "a déclaré la loi martiale").</summary>
    public PhraseTable<bool> SourceVerbs { get; }

    /// <summary>Reporting participles, a reporting verb after an auxiliary ("a déclaré", "a également indiqué"); false as
    /// in <see cref="SourceVerbs"/>.</summary>
    public PhraseTable<bool> Participles { get; }

    /// <summary>Reporting infinitives after the recent past ("vient d'annoncer"); true when the verb takes any object.</summary>
    public PhraseTable<bool> Infinitives { get; }

    /// <summary>Reporting infinitives that report only before a quotation or "que" ("vient d'ajouter que").</summary>
    public PhraseTable<bool> QuoteInfinitives { get; }

    /// <summary>The recent past before a reporting infinitive: "vient de", "venaient d'".</summary>
    public PhraseTable<bool> RecentPast { get; }

    /// <summary>Auxiliaries of a compound reporting verb; true marks those that may stand before their speaker (", a
    /// indiqué le ministère").</summary>
    public PhraseTable<bool> Auxiliaries { get; }

    /// <summary>Auxiliaries of the passive ("were reported", "a été annoncé"): the verb after them names no speaker before it.</summary>
    public PhraseTable<bool> PassiveAuxiliaries { get; }

    /// <summary>Adverbs between a speaker and its verb, or inside a compound verb ("a également déclaré", "also said").</summary>
    public PhraseTable<bool> Adverbs { get; }

    /// <summary>Adverbs only between a speaker's name and its verb ("Parule further said"), never opening a phrase ("Further details").</summary>
    public PhraseTable<bool> VerbSideAdverbs { get; }

    /// <summary>Participles of saying whose words are the sentence's opening speaker's ("issued a statement, saying that");
    /// true for one that must open a clause ("adding that", not "adding 300 jobs").</summary>
    public PhraseTable<bool> SubjectParticiples { get; }

    /// <summary>Endings of adverbs ("-ly"); the flag keeps an ending to the inside of a compound verb, where it cannot be
    /// a noun ("a précédemment indiqué", but "le gouvernement affirme").</summary>
    public (string Suffix, bool AfterAuxiliaryOnly)[] AdverbSuffixes { get; }

    /// <summary>Negations and their companions between an auxiliary and its participle ("are either not reported", "n'ont pas été").</summary>
    public PhraseTable<bool> Negations { get; }

    public PhraseTable<bool> AdverbExceptions { get; }

    /// <summary>Words naming a document rather than who speaks ("bilan", "figures"): the source is its author.</summary>
    public PhraseTable<bool> Documents { get; }

    /// <summary>Nouns of a quantity before what they count ("number of", "nombre de"): a phrase they head names no one.</summary>
    public PhraseTable<bool> QuantityHeads { get; }

    /// <summary>Words before a noun of quantity that make it a vague determiner of people who may speak ("a number of officials").</summary>
    public PhraseTable<bool> VagueQuantityOpeners { get; }

    /// <summary>Tolls ("bilan", "toll", "tally"): one with no author is the article's own count, not a speaker.</summary>
    public PhraseTable<bool> Tallies { get; }

    /// <summary>Words that set a toll beside the current count as an earlier one ("un précédent bilan", "an earlier tally").</summary>
    public PhraseTable<bool> EarlierMarks { get; }

    /// <summary>What a small length after it measures as an amount, not a size: "of rain", "de pluie", "d'eau".</summary>
    public PhraseTable<bool> FallenAmounts { get; }

    /// <summary>Openings that take a part of the set the sentence before counted ("Parmi ces blessés", "Of these").</summary>
    public PhraseTable<bool> SubsetOpenings { get; }

    /// <summary>Common nouns that name who may author a document without a capital ("le ministère", "la police"): "les
    /// chiffres du ministère" have an author, "les chiffres du chômage" a topic.</summary>
    public PhraseTable<bool> Authorities { get; }

    /// <summary>Verbs by which a document says what it holds ("les chiffres montrent", "le bilan s'élève à"), besides the reporting verbs.</summary>
    public PhraseTable<bool> DocumentVerbs { get; }

    /// <summary>By vocabulary id, whether a word can open a phrase of <see cref="Documents"/>.</summary>
    public bool[] DocumentWords { get; }

    public bool IsDocumentWord(int id) => (uint)id < (uint)DocumentWords.Length && DocumentWords[id];

    /// <summary>Words before a document's author ("fourni par", "figures from").</summary>
    public PhraseTable<bool> Agents { get; }

    /// <summary>Words before the agent of a passive reporting verb ("reported by", "annoncé par").</summary>
    public PhraseTable<bool> PassiveAgents { get; }

    /// <summary>"la même source", "the same source": the speaker named before.</summary>
    public PhraseTable<bool> SameSource { get; }

    /// <summary>Demonstratives that make a speaker's common noun point back to the speaker named before ("ce haut responsable").</summary>
    public PhraseTable<bool> Anaphoric { get; }

    /// <summary>Words opening, after a comma, a clause the article adds to what a source said ("ce qui porte le total à").</summary>
    public PhraseTable<bool> AddedClauses { get; }

    /// <summary>Participles by which a speaker named after its verb goes on speaking (", adding that", ", précisant que").</summary>
    public PhraseTable<bool> Continuations { get; }

    /// <summary>Words opening a sentence that gives the source of the one before ("C'est ce qu'a déclaré X").</summary>
    public PhraseTable<bool> PreviousSentenceCues { get; }

    /// <summary>Words opening a sentence that goes on with the speaker of the one before ("Avant d'ajouter : « … »", "Before adding:").</summary>
    public PhraseTable<bool> SpeechGoingOn { get; }

    /// <summary>Words before a verb set in before its speaker that close a clause as a comma does ("comme l'a rapporté la préfecture").</summary>
    public PhraseTable<bool> AsSaid { get; }

    /// <summary>Words before a speaker whose verb closes the sentence with no object, closing a clause as a comma does ("…, as the ministry reported.").</summary>
    public PhraseTable<bool> AsSaidSpeakerFirst { get; }

    /// <summary>Words opening a phrase after a closing speaker's verb that tells where, when or to whom it spoke ("in a statement", "to reporters").</summary>
    public PhraseTable<bool> SayingCircumstances { get; }

    /// <summary>Pronouns that stand for the speaker named just before ("…, he said", "a-t-il ajouté", "selon lui"); true
    /// for a plural one ("they"), which may also stand for a bare plural of speakers opening the sentence before.</summary>
    public PhraseTable<bool> SpeakerPronouns { get; }

    /// <summary>Prepositions opening an aside between an inverted verb and its speaker (", a déclaré à l'AFP le préfet").</summary>
    public PhraseTable<bool> Asides { get; }

    /// <summary>"of", "de", "des": words that join a place to the organisation name before it ("the Bank of Russia", "la Cour suprême des États-Unis").</summary>
    public PhraseTable<bool> NameLinks { get; }

    /// <summary>Capitalised head words of an institution's name ("Organisation", "Center").</summary>
    public PhraseTable<bool> InstitutionHeads { get; }

    /// <summary>A state's own bodies ("gouvernement", "ministry"): with the state's nationality they name its holder ("le gouvernement américain").</summary>
    public PhraseTable<bool> StateBodies { get; }

    /// <summary>Words that go on with an institution's name after its head ("pour les migrations", "for Strategic Studies").</summary>
    public PhraseTable<bool> InstitutionLinks { get; }

    /// <summary>Participles opening an aside between a speaker and its verb ("The study, published Tuesday by …, said").</summary>
    public PhraseTable<bool> AsideParticiples { get; }

    /// <summary>When something was said, between an inverted verb and its speaker (", a annoncé mardi le ministère").</summary>
    public PhraseTable<bool> Occasions { get; }

    /// <summary>Words opening a subordinate clause ("que", "when"): a name starts after them, never with them.</summary>
    public PhraseTable<bool> Subordinators { get; }

    /// <summary>Words that make a subordinator a preposition dating a tally ("as of Wednesday"), with the name going on before it.</summary>
    public PhraseTable<bool> DatingPrepositions { get; }

    /// <summary>Unstressed words bound to the verb after them ("ne", "se", "en"): a verb they stand before has its own
    /// subject before them, so it is no reporting verb set in before its speaker without a comma.</summary>
    public PhraseTable<bool> VerbClitics { get; }

    public PhraseTable<bool> Determiners { get; }

    /// <summary>Prepositions whose noun is a complement of the clause ("l'invasion de l'Ukraine", "against Ukraine").</summary>
    public PhraseTable<bool> Prepositions { get; }

    public PhraseTable<bool> Hedges { get; }

    /// <summary>What a rule requires, right after a figure: "the 10 percent needed to", "les 5 % nécessaires pour".</summary>
    public PhraseTable<bool> Requirements { get; }

    /// <summary>Verbs of opinion or expectation whose subject is a share of those who hold the view: "anticipent", "expect".</summary>
    public PhraseTable<bool> ViewVerbs { get; }

    /// <summary>Words that set a share beside the one before it: "contre", "compared with" (true: a comparison), "et" (a list).</summary>
    public PhraseTable<bool> ViewLinks { get; }

    /// <summary>What opens the view in a list item whose verb is left out: "qu'" in "10 % seulement qu'il baissera".</summary>
    public PhraseTable<bool> ViewClauses { get; }

    /// <summary>Words between a share's number and its verb that are not its noun: "seulement", "only", and the unit
    /// written out (true: "pour cent", "percent").</summary>
    public PhraseTable<bool> ViewShareSkips { get; }

    /// <summary>What follows a requirement: "to", "for", "pour".</summary>
    public PhraseTable<bool> RequirementLinks { get; }

    /// <summary>Nouns of those whose estimates are forecasts: "economists", "les prévisionnistes".</summary>
    public PhraseTable<bool> Forecasters { get; }

    /// <summary>Words of estimating: "estimated", "their previous estimate of", "estiment".</summary>
    public PhraseTable<bool> EstimateWords { get; }

    /// <summary>Nouns a span of time measures the reach of, as their modifier: "an eight-year low".</summary>
    public PhraseTable<bool> RecordNouns { get; }

    /// <summary>Words that set a value beside a forecast ("contre", "from"); "= bare" ones ("après") mark it as past right
    /// before it, with no other mark.</summary>
    public PhraseTable<bool> PastComparisons { get; }

    /// <summary>Words that set an event before the forecast as done ("après avoir", "having", "after" with a gerund); the
    /// value: only before a gerund.</summary>
    public PhraseTable<bool> AnteriorOpeners { get; }

    /// <summary>Marks of a past value: "une année auparavant", "last year".</summary>
    public PhraseTable<bool> PastMarks { get; }

    /// <summary>Verbs of a change of level after a hedge ("s'alourdir", "rise"); the value: only with the new level right
    /// after it ("devenir 6000").</summary>
    public PhraseTable<bool> LevelChanges { get; }

    /// <summary>A verb of passage and its "from", right before the level it starts from ("passerait de"); the value is false
    /// for a reflexive verb of another sense ("se passer de", to do without).</summary>
    public PhraseTable<bool> PassagesFrom { get; }

    /// <summary>Participles after a figure that make it a measured value: "observée", "recorded".</summary>
    public PhraseTable<bool> ObservedValues { get; }

    /// <summary>Verbs that move or keep a forecast: "raised", "cut", "relève", "a maintenu".</summary>
    public PhraseTable<bool> ForecastRevisions { get; }

    /// <summary>Prepositions before the level a revised forecast is set to or was set at: "to", "from", "à", "contre".</summary>
    public PhraseTable<bool> RevisionLinks { get; }

    /// <summary>Words that play a level down between its link and its figure ("to just 0.2 per cent", "à seulement 0,2 %").</summary>
    public PhraseTable<bool> LevelAdverbs { get; }

    /// <summary>Subordinators whose clause, opening a sentence, states its background as fact: "When", "Alors que".</summary>
    public PhraseTable<bool> OpeningSubordinators { get; }

    /// <summary>Phrases right before a count of those a survey asked: "a survey of", "auprès de".</summary>
    public PhraseTable<bool> RespondentLeads { get; }

    /// <summary>Participles after a count of respondents and its noun: "surveyed", "interrogés".</summary>
    public PhraseTable<bool> RespondentParticiples { get; }

    /// <summary>Prepositions before a year: "en 2023", "in 2023".</summary>
    public PhraseTable<bool> YearLinks { get; }

    /// <summary>What opens a span of time a record reaches back over: "depuis 25 ans", "in 25 years".</summary>
    public PhraseTable<bool> RecordSpans { get; }

    /// <summary>Superlatives that make a record: "le plus grand nombre", "the highest".</summary>
    public PhraseTable<bool> Superlatives { get; }

    /// <summary>What opens a phrase telling when a speaker spoke, after its attribution: "avant l'annonce de", "during".</summary>
    public PhraseTable<bool> SayingTimes { get; }

    /// <summary>Hedges that hedge only spelt with their hyphen: "peut-être" (maybe), not "peut être prévenue" (can be).</summary>
    public PhraseTable<bool> JoinedHedges { get; }

    /// <summary>Words opening what a speaker says after its verb ("said that", "a déclaré que").</summary>
    public PhraseTable<bool> ReportedClauses { get; }

    /// <summary>Words that hedge only the figure right before them ("a 1.2 percent forecast", "0,2 % attendus"); false for
    /// one that does so only right after a figure that counts no noun ("the 3.5% estimate").</summary>
    public PhraseTable<bool> FigureHedges { get; }

    /// <summary>Words that hedge the figures after them in their clause, not those before ("The rate - now at 7.6 percent -
    /// is expected to hit 9 percent", "with projections of 9.8% unemployment").</summary>
    public PhraseTable<bool> ForwardHedges { get; }

    /// <summary>Words that say what will be ("will", "sees", "table sur"): a forecast only where <see cref="ForecastContext"/>
    /// says the clause speaks of one; elsewhere a plan or a schedule ("the army will send 14 tanks") is stated as fact. The
    /// value is false for a verb that foresees only there ("attend", which elsewhere waits), never by the level it reaches.</summary>
    public PhraseTable<bool> ForecastVerbs { get; }

    /// <summary>Words by which a clause speaks of a forecast or of what forecasts are about ("forecasters", "prévision",
    /// "growth", "inflation").</summary>
    public PhraseTable<bool> ForecastContext { get; }

    /// <summary>Verbs by which a forecaster says what it foresees ("the forecasters see", "l'Insee prévoyant"): they name
    /// the speaker before them only in a clause that speaks of a forecast ("the city sees 300 deaths a year" names nobody).</summary>
    public PhraseTable<bool> ForecasterVerbs { get; }

    /// <summary>Nouns right before a figure that make it a set value, not what a forecast says ("the target of 2 per cent",
    /// "le seuil de 3 %").</summary>
    public PhraseTable<bool> Targets { get; }

    /// <summary>"the Fed's 2 percent target": a noun after a figure that makes it a set value.</summary>
    public PhraseTable<bool> TargetsAfter { get; }

    /// <summary>"Contrary to forecasts", "contrairement aux prévisions": words before a hedge that say what the figure is not.</summary>
    public PhraseTable<bool> HedgeDenials { get; }

    /// <summary>What gives a forecast, which an [earlier] mark makes the one before ("in the previous survey", "dans le sondage précédent").</summary>
    public PhraseTable<bool> EarlierForecastNouns { get; }

    /// <summary>After a figure, what sets it in a forecast named next ("in its June forecast", "dans sa prévision de juin").</summary>
    public PhraseTable<bool> ForecastSettings { get; }

    /// <summary>"economists' expectations of 2.7%", "the IMF's projection of 1.4%": a forecast whose possessor gave it.</summary>
    public PhraseTable<bool> OwnedForecastNouns { get; }

    /// <summary>The words between an owned forecast and its figure ("of", "for a gain of").</summary>
    public PhraseTable<bool> OwnedForecastLinks { get; }

    /// <summary>Present participles of reporting verbs after a form of "be" ("is now saying", "had been predicting").</summary>
    public PhraseTable<bool> Progressives { get; }

    /// <summary>The forms of "be" (with their own auxiliary: "has been") before a progressive reporting verb.</summary>
    public PhraseTable<bool> ProgressiveAuxiliaries { get; }

    /// <summary>Verbs that set a count ("put", "raised", "updated"): they report when a <see cref="CountNouns"/> noun is
    /// their object ("raised the death toll to 56", "updated the number of cases to 286").</summary>
    public PhraseTable<bool> CountVerbs { get; }

    /// <summary>The preposition by which a verb of estimating sets a quantity at its figure ("put losses at").</summary>
    public PhraseTable<bool> EstimateLinks { get; }

    /// <summary>Nouns naming a count a source keeps ("toll", "number", "tally").</summary>
    public PhraseTable<bool> CountNouns { get; }

    /// <summary>A forecaster's verbs in a form that is also a bare participle ("predicted", "projected"): they name their
    /// speaker and hedge only with an object after them ("the IMF predicted growth of 2 percent", not "the 0.9 percent
    /// predicted in May"). False for a present that is also a plural noun ("projects"), which reads as a verb only where
    /// its place says so.</summary>
    public PhraseTable<bool> ForecastObjectVerbs { get; }

    /// <summary>Verbs that foresee whatever the clause speaks of and name no speaker ("tablent sur", "anticipait"); the value
    /// is false for a present that may be a noun ("table sur", "mise sur").</summary>
    public PhraseTable<bool> ForeseeingVerbs { get; }

    /// <summary>Verbs of a quantity reaching a level ("hit", "reach", "exceed"): after a future they make a forecast
    /// whatever the clause speaks of ("turnout will hit 71 percent"), where other futures are plans.</summary>
    public PhraseTable<bool> LevelVerbs { get; }

    /// <summary>The word that opens an infinitive ("to"): after a coordinator it goes on with the verb phrase before ("is
    /// expected to end at 2.9%, and to fall to 2.6%").</summary>
    public PhraseTable<bool> InfinitiveMarkers { get; }

    /// <summary>Words that open a clause on the total its figure gives ("A total of 5,512 people are expected", "Au
    /// total, 300 personnes"): the figure after them still opens the clause.</summary>
    public PhraseTable<bool> TotalOpeners { get; }

    /// <summary>Verbs by which forecasters named before them give their forecast ("had called for", "are looking for",
    /// "attendaient").</summary>
    public PhraseTable<bool> ForecasterCalls { get; }

    /// <summary>Words between a hedge and a figure that end the hedge's reach: a cause, a comparison or a new clause
    /// ("may be delayed because of hundreds", "likely 70% instead of the 50%"); false marks those that do so only right
    /// before the figure ("to slow to 2 percent from 3 percent", not "to rise from 200 to 300").</summary>
    public PhraseTable<bool> HedgeBarriers { get; }

    /// <summary>Coordinators right before a hedge that make it a verb phrase of its own ("destroyed 30 homes and could
    /// spread"): it does not reach back to a figure before them.</summary>
    public PhraseTable<bool> HedgeCoordinators { get; }

    /// <summary>Conjunctions that join a clause of its own ("…, and officials say …"): a speaker right after one speaks
    /// for what follows it, not for the clause before.</summary>
    public PhraseTable<bool> ClauseCoordinators { get; }

    /// <summary>Words after a span of time that anchor it to an event ("two days after", "three weeks into", "deux jours
    /// après"): the span is then a time adverbial, which dates a clause rather than counting anything said in it.</summary>
    public PhraseTable<bool> TimeAnchors { get; }

    /// <summary>Nouns that measure a span of time ("mois", "semaine", "years"): a phrase they head dates something and says
    /// nothing ("Deux mois plus tard", "La semaine passée a enregistré 7 cas").</summary>
    public PhraseTable<bool> TimeUnits { get; }

    /// <summary>After a span of time, the war or the fighting it measures ("of war", "de combats"): the span frames the toll.</summary>
    public PhraseTable<bool> EventSpans { get; }

    /// <summary>Nouns naming a poll or its makers ("sondeurs", "exit polls"): a share they give is a projection. False for
    /// a word that names a poll only as a source ("according to polls"), since it also names an election ("won the polls").</summary>
    public PhraseTable<bool> PollNouns { get; }

    /// <summary>What only polls measure ("intentions de vote", "voting intentions"): a share in a clause naming it is a poll's.</summary>
    public PhraseTable<bool> PollMeasures { get; }

    /// <summary>After a hedge, a predicate naming a cause ("be explained by", "s'expliquer par"): the hedge bears on the cause.</summary>
    public PhraseTable<bool> HedgedCauses { get; }

    /// <summary>After a share, the preposition that sets it in a poll ("in", "dans"): "9 percent in the survey".</summary>
    public PhraseTable<bool> PollSettings { get; }

    /// <summary>Nouns naming a poll after the share it gives ("in the poll", "dans le dernier sondage").</summary>
    public PhraseTable<bool> PollsAfterShare { get; }

    /// <summary>What a poll's projection of an assembly counts: "sièges", "députés", "seats" (lemmas).</summary>
    public HashSet<string> PollSeats { get; }

    /// <summary>Verbs by which a poll gives a party its seats: "crédité de", "credited with".</summary>
    public PhraseTable<bool> PollCredits { get; }

    /// <summary>Words opening a figure that make it an estimate of the article's own ("an estimated 120").</summary>
    public PhraseTable<bool> FigureOpeningHedges { get; }

    /// <summary>Right after a figure, words that make it a forecast only in a clause that speaks of one ("0,1 % prévu").</summary>
    public PhraseTable<bool> ForecastFigureHedges { get; }

    /// <summary>Object pronouns before a forecaster's verb ("On le prévoyait autour de 13 %"): what it foresees is a level.</summary>
    public PhraseTable<bool> ObjectPronouns { get; }

    /// <summary>Verbs and participles that put what an object pronoun stands for at a foreseen level ("l'attend à 0,7 %").</summary>
    public PhraseTable<bool> LevelForecastVerbs { get; }

    /// <summary>Auxiliaries between that pronoun and a participle ("l'avoir envisagée à", "l'avait prévue à").</summary>
    public PhraseTable<bool> LevelAuxiliaries { get; }

    /// <summary>Prepositions that name a recipient ("à la Russie", "to Ukraine"), who holds what it is given.</summary>
    public PhraseTable<bool> Recipients { get; }

    /// <summary>A verb of learning the news (true) and the words after it that name whom it was learnt from, with who
    /// learnt it and when between them ("a appris | l'AFP mercredi | auprès du parquet").</summary>
    public PhraseTable<bool> LearntFrom { get; }

    /// <summary>The pronoun glued to an inverted verb that names nobody ("indique-t-on").</summary>
    public PhraseTable<bool> ImpersonalSpeakers { get; }

    /// <summary>Where the news was given, after such a verb: "indique-t-on | à la préfecture", "dans | l'entourage du ministre".</summary>
    public PhraseTable<bool> SpeakingPlaces { get; }

    /// <summary>Prepositions after which a figure is a complement ("une augmentation de 10 %", "across 3,480 stations"):
    /// a hedge on the clause's verb further on does not reach back to it.</summary>
    public PhraseTable<bool> HedgeComplements { get; }

    /// <summary>What opens the whole a part is taken from ("one of the seven", "l'un des sept"); true marks a link read
    /// only after a number ("18 of the 31").</summary>
    public PhraseTable<bool> Partitives { get; }

    /// <summary>Nouns that name a forecast or an expectation ("les attentes étaient de 180 000", "4,5 %, la prévision de la Fed").</summary>
    public PhraseTable<bool> ForecastNouns { get; }

    /// <summary>Words between a copula and the level it gives ("était de", "was for").</summary>
    public PhraseTable<bool> LevelLinks { get; }

    /// <summary>What links a forecast noun to the value it gives ("forecast of 2%", "prévision de 0,7 %").</summary>
    public PhraseTable<bool> ForecastValueLinks { get; }

    /// <summary>Adjectives written after a forecast noun ("la prévision gouvernementale", "une prévision précédente").</summary>
    public PhraseTable<bool> ForecastQualifiers { get; }

    /// <summary>What opens the name of whose forecast it is, or for when ("du gouvernement", "for Germany").</summary>
    public PhraseTable<bool> ForecastHolders { get; }

    /// <summary>After a forecast noun that opens its clause, the verb and link that give its level ("stands at", "s'établit à").</summary>
    public PhraseTable<bool> ForecastSubjectVerbs { get; }

    /// <summary>Right after a forecast noun that opens its clause, what names where it was given ("in a poll", "dans le sondage").</summary>
    public PhraseTable<bool> ForecastVenues { get; }

    /// <summary>Words that make a time span one ahead of the text ("the next 24 hours", "les 48 prochaines heures").</summary>
    public PhraseTable<bool> ForwardSpans { get; }

    /// <summary>A passive that reports with no agent ("was reported to be"): reported, with no source.</summary>
    public PhraseTable<bool> UnattributedReports { get; }

    /// <summary>A state a passive with no agent reports of what a figure counts, after a form of "be" ("were reported
    /// killed"): reported, with no source.</summary>
    public PhraseTable<bool> ReportedStates { get; }

    /// <summary>What follows the agent of a passive "quoted by" whose subject is the speaker ("was quoted by Reuters as saying").</summary>
    public PhraseTable<bool> QuotedAs { get; }

    /// <summary>Verbs of a relative clause with no relative word after a definite figure, whose subject (or agent) reports it
    /// ("the 40 deaths officials reported", "the 3% predicted by economists"); true for a forecast, which hedges it.</summary>
    public PhraseTable<bool> RelativeReports { get; }

    /// <summary>What opens a figure <see cref="RelativeReports"/> may take up: an article that makes it definite ("the 40
    /// deaths", "des 2,86 %") or a comparison ("against 190,000", "contre 0,3 %").</summary>
    public PhraseTable<bool> RelativeReportDeterminers { get; }

    /// <summary>Reporting verbs that report only what was said, never a thing they take, not even a count ("a lancé", "a
    /// soutenu que"): true for those.</summary>
    public PhraseTable<bool> QuoteVerbs { get; }

    /// <summary>Reporting verbs that are mostly nouns elsewhere ("reports"): a verb only where it closes a clause its
    /// speaker opens ("…, CNBC also reports.").</summary>
    public PhraseTable<bool> ClosingVerbs { get; }

    /// <summary>Reporting verbs that are also plural nouns ("claims", "estimates"): see <see cref="VerbsOfNounSubject"/>.</summary>
    public PhraseTable<bool> NounVerbs { get; }

    /// <summary>Prepositions that open a complement of such a noun ("claims for state unemployment benefits").</summary>
    public PhraseTable<bool> NounComplements { get; }

    /// <summary>Finite verbs after which a word of <see cref="NounVerbs"/> is their subject, a noun ("Jobless claims fell").</summary>
    public PhraseTable<bool> VerbsOfNounSubject { get; }

    /// <summary>Relatives whose clause may name a document's author ("the results which the commission released").</summary>
    public PhraseTable<bool> DocumentRelatives { get; }

    /// <summary>A share's unit and link before the document it is a share of ("% of", "pour cent des").</summary>
    public PhraseTable<bool> DocumentShares { get; }

    /// <summary>Prepositions that open a sentence on a document and its author ("Dans le dernier rapport de", "In a report by").</summary>
    public PhraseTable<bool> DocumentOpenings { get; }

    /// <summary>Verbs by which a document gives a level ("stood at", "was for", "s'élevait à"): an earlier document so
    /// giving one reports it.</summary>
    public PhraseTable<bool> DocumentLevels { get; }

    /// <summary>The participles of <see cref="QuoteVerbs"/>: true for those.</summary>
    public PhraseTable<bool> QuoteParticiples { get; }

    /// <summary>A reporting participle in every agreement, as the verb of a passive ("ont été recensés par les secours").</summary>
    public PhraseTable<bool> PassiveParticiples { get; }

    /// <summary>Common nouns of a role ("spokesman", "official"): "for" after them goes on with whom they speak for
    /// ("a spokesman for the army").</summary>
    public PhraseTable<bool> RoleNouns { get; }

    /// <summary>Nouns that can head a speaker's noun phrase ("officials", "les analystes", "state media"): a phrase with
    /// neither such a noun nor a name ("percent of votes", "homeowners'") is no source.</summary>
    public PhraseTable<bool> SpeakerNouns { get; }

    /// <summary>The language's nouns and adjectives (the figure engine's lexicon), which say which nouns name someone who may speak.</summary>
    public Figures.WordForms? Words => figures.Value?.Words;

    /// <summary>Whether a noun phrase's head comes first, its modifiers after ("le journal économique"), as the figure
    /// lexicon says; else it comes last ("the senior official").</summary>
    public bool HeadFirst => figures.Value?.HeadFirst ?? false;

    /// <summary>Whether the word is a number written out ("five", "deux"), as the figure lexicon reads it.</summary>
    public bool IsNumberWord(ReadOnlySpan<char> word) =>
        figures.Value is { } lexicon && lexicon.Vocabulary.Find(word) is var id and >= 0 && lexicon.Numbers.Contains(id);

    /// <summary>Abbreviations that close a company's name ("Co.", "Inc."): their period ends no name before a comma.</summary>
    public PhraseTable<bool> NameSuffixes { get; }

    /// <summary>Relatives after a preposition, followed by their own subject ("contre lequel le procureur a requis").</summary>
    public PhraseTable<bool> ObjectRelatives { get; }

    /// <summary>Relatives that follow a preposition and open a clause with a subject of its own ("in which", "dans laquelle").</summary>
    public PhraseTable<bool> PrepositionalRelatives { get; }

    /// <summary>Verbs of saying, whose reported clause may follow with no "that": "the army said two soldiers died".</summary>
    public PhraseTable<bool> SpeechVerbs { get; }

    /// <summary>Heads that take their speaker from the "of" phrase after them ("most of the analysts", "la plupart des experts").</summary>
    public PhraseTable<bool> PartitiveHeads { get; }

    /// <summary>Endings of nouns that name who does something ("-er", "-eur", "-iste"), read as speaker nouns.</summary>
    public string[] SpeakerSuffixes { get; }

    /// <summary>Definite determiners that open a description standing for a speaker named before ("the", "l'").</summary>
    public PhraseTable<bool> DescriptionDeterminers { get; }

    /// <summary>Nouns that describe a speaker the text named before rather than name one ("the insurer", "le communiqué").</summary>
    public PhraseTable<bool> DescriptionNouns { get; }

    /// <summary>Prepositions that join a complement to the noun before them ("across", "due", "dans"): a source's head
    /// stands before the first of them, and a phrase they open is a complement, not a source.</summary>
    public PhraseTable<bool> PhraseLinks { get; }

    /// <summary>Nouns naming what kind of body a name set after them is ("le journal les Echos", "the news agency Xinhua").</summary>
    public PhraseTable<bool> NameClassifiers { get; }

    /// <summary>Articles that may open a name set after its classifier ("le journal les Echos"): no contraction with "de".</summary>
    public PhraseTable<bool> NameArticles { get; }

    /// <summary>Words opening a conjunct that leaves out the reporting verb of the one before ("and", "followed by", "et").</summary>
    public PhraseTable<bool> GapOpeners { get; }

    /// <summary>A conjunction with the determiner opening a second noun phrase ("and his", "et les"): a source is the first of them.</summary>
    public PhraseTable<bool> PhraseCoordinators { get; }

    /// <summary>Words before a reporting verb that make it an elliptical comparison ("lower than previously reported").</summary>
    public PhraseTable<bool> Comparatives { get; }

    /// <summary>Words that never stand in a speaker's name in lower case ("were", "than", "restent"): words read as a source that hold one are a clause.</summary>
    public HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ClauseWords { get; }

    /// <summary>After a comma, words opening a phrase of fact that a hedge before them does not reach (", with 1,200 missing").</summary>
    public PhraseTable<bool> Absolutes { get; }

    /// <summary>After a comma, these open a clause appended to the whole clause before it ("rose 1 percent, a sign that
    /// inflation may ease", "a atteint 3 %, ce qui pourrait pousser"): a hedge inside it does not reach back.</summary>
    public PhraseTable<bool> AppendedClauses { get; }

    /// <summary>After a comma between a hedge and a figure, these open a clause of its own whose figure the hedge does not
    /// reach ("could approach 1,000 deaths, after authorities disclosed 207").</summary>
    public PhraseTable<bool> SubordinateBarriers { get; }

    /// <summary>
    /// Relative words of a place ("where", "où"), read with their accents ("ou" is a coordinator): after a comma between a
    /// hedge and a figure they open a clause of its own, whose subject the figure may be ("…, where 130,000 soldiers are
    /// deployed").
    /// </summary>
    public HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PlaceRelatives { get; }

    /// <summary>Endings of a participle that, after a comma, opens the article's comment on what came before (", giving").</summary>
    public string[] ClauseParticipleSuffixes { get; }

    /// <summary>Endings of past participles: right after a coordinator, one continues the verb phrase of the auxiliary before it ("aurait tué …, et déplacé …").</summary>
    public string[] PastParticipleSuffixes { get; }

    /// <summary>Endings of a simple past, a finite verb of its own ("killed"); none where the language forms its past with an auxiliary.</summary>
    public string[] SimplePastSuffixes { get; }

    /// <summary>Folded endings of a future tense ("s'établira", "reculeront"), read as <see cref="ForecastVerbs"/> are.</summary>
    public string[] FutureSuffixes { get; }

    /// <summary>Words that end like a future and are none ("caméra"), folded.</summary>
    public HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FutureExceptions { get; }

    /// <summary>By vocabulary id, whether a word can open a phrase of <see cref="ForwardHedges"/> or <see cref="ForecastVerbs"/>.</summary>
    public bool[] ForecastWords { get; }

    /// <summary>By vocabulary id, whether a word can open a phrase of <see cref="ForecastContext"/>.</summary>
    public bool[] ForecastContextWords { get; }

    public bool IsForecastWord(int id) => (uint)id < (uint)ForecastWords.Length && ForecastWords[id];

    public bool IsForecastContextWord(int id) => (uint)id < (uint)ForecastContextWords.Length && ForecastContextWords[id];

    public PhraseTable<string> Subjects { get; }

    /// <summary>"quant à", "as for": what follows is who the sentence turns to, though a place word may end the phrase.</summary>
    public PhraseTable<bool> TopicIntros { get; }

    /// <summary>Place introducers; "theatre" marks those naming a region of operations, which later claims may inherit.</summary>
    public PhraseTable<string> LocationIntros { get; }

    public PhraseTable<string> Places { get; }

    public PhraseTable<bool> NotNames { get; }

    /// <summary>
    /// Verbs of a holder's own act right after its name ("Cadbury cut 580 jobs", "Alstom a supprimé 1 200 postes"), read
    /// with their accents: "Quant à" is no "a".
    /// </summary>
    public HashSet<string>.AlternateLookup<ReadOnlySpan<char>> HolderVerbs { get; }

    /// <summary>What a listed company's name qualifies before its verb ("Nokia shares fell 4%").</summary>
    public PhraseTable<bool> HolderShares { get; }

    /// <summary>What opens a sentence on what its holder has, named after it ("Avec 55 députés, le MPP…", "With 18 seats, the party…").</summary>
    public PhraseTable<bool> HoldingOpeners { get; }

    /// <summary>Participles that make such a phrase a count another made ("With 90% of the ballots counted, …").</summary>
    public PhraseTable<bool> HoldingAbsolutes { get; }

    /// <summary>What a share of a vote is of ("des voix", "of the vote"), between the figure and whom it went to.</summary>
    public PhraseTable<bool> VoteShares { get; }

    /// <summary>Whom a share of a vote went to ("pour le Parti libéral", "for the Liberal Party").</summary>
    public PhraseTable<bool> VoteRecipients { get; }

    /// <summary>Words a source or subject phrase stops before ("sur", "lors", "on").</summary>
    public PhraseTable<bool> PhraseStops { get; }

    /// <summary>
    /// Articles that open a new noun phrase when they follow a noun with no preposition between: "selon le ministère | le
    /// taux de participation est de 43 %".
    /// </summary>
    public PhraseTable<bool> PhraseArticles { get; }

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

    /// <summary>"C'est", "it was": before a name and its relative, they set the name off as the one who acts ("C'est le
    /// ministère qui a annoncé", "It was the ministry that reported").</summary>
    public PhraseTable<bool> CleftOpeners { get; }

    /// <summary>What a figure varies with ("selon leur âge", "selon leur affiliation partisane", "according to their
    /// income"): after an introducer they name no one, and no source.</summary>
    public PhraseTable<bool> Criteria { get; }

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

    /// <summary>The conditional endings, folded.</summary>
    public string[] ConditionalSuffixes { get; }

    /// <summary>The last three letters of the conditional endings, so most words are ruled out by one lookup.</summary>
    public HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ConditionalTails { get; }

    public HashSet<string> ConditionalExceptions { get; }

    /// <summary>By vocabulary id, whether a word can open a phrase of <see cref="SourceBefore"/>, <see cref="SourceVerbs"/>
    /// or <see cref="Auxiliaries"/>: most words are ruled out by one array read.</summary>
    public bool[] IntroducerWords { get; }

    public bool[] VerbWords { get; }

    public bool[] PassiveWords { get; }

    public bool[] AuxiliaryWords { get; }

    public bool[] RecentPastWords { get; }

    /// <summary>By vocabulary id, whether a word can open a hedge.</summary>
    public bool[] HedgeWords { get; }

    /// <summary>By vocabulary id, whether a word can open a holder's name.</summary>
    public bool[] SubjectWords { get; }

    /// <summary>By vocabulary id, whether a word can introduce a place.</summary>
    public bool[] LocationWords { get; }

    /// <summary>By vocabulary id, whether a word can open a speaker's words about itself ("it", "avoir").</summary>
    public bool[] SelfReferenceWords { get; }

    public bool IsSelfReferenceWord(int id) => (uint)id < (uint)SelfReferenceWords.Length && SelfReferenceWords[id];

    public bool IsSubjectWord(int id) => (uint)id < (uint)SubjectWords.Length && SubjectWords[id];

    public bool IsLocationWord(int id) => (uint)id < (uint)LocationWords.Length && LocationWords[id];

    public bool IsCueWord(int id) => IsIntroducerWord(id) || IsVerbWord(id) || IsAuxiliaryWord(id) || IsRecentPastWord(id);

    public bool IsRecentPastWord(int id) => (uint)id < (uint)RecentPastWords.Length && RecentPastWords[id];

    public bool IsIntroducerWord(int id) => (uint)id < (uint)IntroducerWords.Length && IntroducerWords[id];

    /// <summary>Whether the word may be a passive's reporting participle ("recensés"); folded, "chiffrés" is also the noun "chiffres".</summary>
    public bool IsPassiveWord(int id) => (uint)id < (uint)PassiveWords.Length && PassiveWords[id];

    public bool IsVerbWord(int id) => (uint)id < (uint)VerbWords.Length && VerbWords[id];

    public bool IsAuxiliaryWord(int id) => (uint)id < (uint)AuxiliaryWords.Length && AuxiliaryWords[id];

    public bool IsHedgeWord(int id) => (uint)id < (uint)HedgeWords.Length && HedgeWords[id];

    public static ClaimLexicon? For(string language)
    {
        var code = language.Length >= 2 ? language[..2].ToLowerInvariant() : language.ToLowerInvariant();
        return Cache.GetOrAdd(code, static c =>
        {
            var file = LexiconFile.Load(typeof(ClaimLexicon).Assembly, $"Pipeline.Analysis.Claims.Resources.{c}.txt");
            return file is null ? null : new ClaimLexicon(c, file);
        });
    }

    /// <summary>Marks the first word of every phrase of the sections (the phrases are in the vocabulary already).</summary>
    private bool[] FirstWords(LexiconFile file, params string[] sections)
    {
        var marks = new bool[Vocabulary.Count];
        foreach (var section in sections)
        {
            foreach (var (phrase, _) in file[section])
            {
                var ids = Vocabulary.AddPhrase(phrase);
                if (ids.Length > 0)
                {
                    marks[ids[0]] = true;
                }
            }
        }

        return marks;
    }

    private static SourceCue Cue(string value) => value switch
    {
        "inverted" => SourceCue.InvertedVerb,
        "quoted-by" => SourceCue.QuotedBy,
        "pronoun" => SourceCue.Pronoun,
        "opening" => SourceCue.Opening,
        "sentence-opening" => SourceCue.SentenceOpening,
        _ => SourceCue.Introducer,
    };

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
