using Pipeline.Analysis.Entities;
using Pipeline.Analysis.Figures;
using Pipeline.Analysis.Text;

namespace Pipeline.Analysis.Claims;

/// <summary>A span of the article with its text and canonical key.</summary>
internal readonly record struct Mention(int Start, int End, string Text, string Key);

/// <summary>The article as the claim readers see it: its tokens, sentences, entities and the language's claim lexicon.</summary>
internal sealed class ClaimTokens(
    string text, List<Token> tokens, List<SentenceSpan> sentences, ClaimLexicon lexicon, IReadOnlyList<EntityMention> entities)
{
    /// <summary>How many words a dateline in capitals may take before its dash ("KYIV, Ukraine (AP) —").</summary>
    private const int DashReach = 8;

    /// <summary>How many tokens a dateline's place and date may take before its credit ends ("KYIV, Ukraine, March 3 (AP) —").</summary>
    private const int DatelineReach = 16;

    /// <summary>How many words a span of time's count may take before its unit ("Deux mois", "A few weeks").</summary>
    private const int SpanCountWords = 2;

    /// <summary>How many tokens an agency's credit may take inside its brackets ("(UrduPoint News / Sputnik - 01st April, 2022)").</summary>
    private const int CreditReach = 14;

    /// <summary>The tokens of each sentence, found once: readers ask for sentences all over the article.</summary>
    private readonly (int First, int End)[] sentenceRanges = RangesOf(tokens, sentences);

    private SentenceSpan lastSpan = new(-1, -1);
    private SentenceSpan previousSpan = new(-1, -1);
    private (int First, int End) lastRange;
    private (int First, int End) previousRange;
    private int lastOffset = -1;
    private int lastBound;
    private int previousOffset = -1;
    private int previousBound;

    public string Text => text;

    public List<Token> Tokens => tokens;

    public List<SentenceSpan> Sentences => sentences;

    public ClaimLexicon Lexicon => lexicon;

    /// <summary>The entities by where they start, for readers that ask for those of a sentence or around an offset.</summary>
    public EntityIndex EntityIndex { get; } = new(entities);

    public Token this[int index] => tokens[index];

    /// <summary>The tokens of a sentence or clause. Every reader asks for the same few spans in turn, so the last two are kept.</summary>
    public (int First, int End) TokenRange(SentenceSpan sentence)
    {
        if (sentence == lastSpan)
        {
            return lastRange;
        }

        if (sentence == previousSpan)
        {
            (lastSpan, previousSpan) = (previousSpan, lastSpan);
            (lastRange, previousRange) = (previousRange, lastRange);
            return lastRange;
        }

        (previousSpan, previousRange) = (lastSpan, lastRange);
        lastSpan = sentence;
        var s = SentenceAt(sentence.Start);
        lastRange = s < sentences.Count && sentences[s] == sentence ? sentenceRanges[s] : (LowerBound(sentence.Start), LowerBound(sentence.End));
        return lastRange;
    }

    private static (int First, int End)[] RangesOf(List<Token> tokens, List<SentenceSpan> sentences)
    {
        var ranges = new (int First, int End)[sentences.Count];
        var k = 0;
        for (var s = 0; s < ranges.Length; s++)
        {
            var first = From(tokens, k, sentences[s].Start);
            k = From(tokens, first, sentences[s].End);
            ranges[s] = (first, k);
        }

        return ranges;
    }

    /// <summary>The first token starting at or after <paramref name="offset"/>, walked to from token <paramref name="k"/>
    /// when the offset lies ahead of it (sentences come in order), else searched for.</summary>
    private static int From(List<Token> tokens, int k, int offset)
    {
        if (k > 0 && tokens[k - 1].Start >= offset)
        {
            return Search(tokens, offset);
        }

        while (k < tokens.Count && tokens[k].Start < offset)
        {
            k++;
        }

        return k;
    }

    /// <summary>Index of the first token starting at or after <paramref name="offset"/>.</summary>
    public int LowerBound(int offset)
    {
        if (offset == lastOffset)
        {
            return lastBound;
        }

        // Each reader asks for a figure's start and then its end: the answer before the last is kept too.
        if (offset == previousOffset)
        {
            (lastOffset, previousOffset) = (previousOffset, lastOffset);
            (lastBound, previousBound) = (previousBound, lastBound);
            return lastBound;
        }

        (previousOffset, previousBound) = (lastOffset, lastBound);

        // Readers mostly move forward through the article: a few steps from the last answer beat a binary search.
        var k = lastBound;
        if (offset > lastOffset && k < tokens.Count)
        {
            for (var steps = 0; steps < 32 && k < tokens.Count && tokens[k].Start < offset; steps++)
            {
                k++;
            }

            if (k == tokens.Count || tokens[k].Start >= offset)
            {
                lastOffset = offset;
                lastBound = k;
                return k;
            }
        }

        lastOffset = offset;
        lastBound = Search(tokens, offset);
        return lastBound;
    }

    private static int Search(List<Token> tokens, int offset)
    {
        var lo = 0;
        var hi = tokens.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (tokens[mid].Start < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>
    /// Whether the token stands in a dateline, where the dispatch was filed from and who filed it, not who acts in it: a
    /// line that opens on a word in capitals, or on a place the lexicon or the entities know ("Karachi -"), and reaches a
    /// dash within a few words ("WASHINGTON –", "KYIV, Ukraine (AP) —"),
    /// or on the place in capitals and a colon ("NEW YORK: Cisco…"), or a place, a date or both before an agency's credit
    /// in brackets that a dash or a new sentence follows ("PARIS, 12 mars (Reuters) - La société…", "KYIV, Ukraine, March 3
    /// (AP) — The…", "Kiev, March 30 (IANS) At least…", "Ouagadougou (AFP) Le parti…", "(Reuters) - Plus de…").
    /// </summary>
    public bool InDateline(int token)
    {
        var line = token;
        while (!tokens[line].LineStart)
        {
            if (line == 0 || token - line >= DatelineReach)
            {
                return false;
            }

            line--;
        }

        return DatelineEnd(line) > token;
    }

    /// <summary>The first token after the dateline opening the line at <paramref name="line"/>; the line itself when it opens none.</summary>
    private int DatelineEnd(int line)
    {
        if (CreditOrColonEnd(line) is var end && end > line)
        {
            return end;
        }

        for (var k = line + 1; k < tokens.Count && k - line <= DashReach && !tokens[k].LineStart; k++)
        {
            // "Karachi - The Election Commission…": in lower case, only a known place tells a dateline from a name with a dash.
            if (IsSpacedDash(k))
            {
                return InCapitals(line) || IsKnownPlace(line, k) ? k : line;
            }
        }

        return line;
    }

    /// <summary>
    /// A dateline read word by word: a place in capitalised words and a date ("Kiev, March 30", "PARIS, 12 mars"), then a
    /// credit in brackets or, after a place in capitals, a colon. A lower-case word is a month only right after its day, and
    /// what follows a credit must be a dash or a new sentence, so a clause ("Research In Motion (RIM) said") is no dateline;
    /// a name with its acronym opening a sentence ("Research In Motion (RIM) Chief Executive…") is none either: before a
    /// sentence with no dash, the place is one word, in capitals, or dated.
    /// </summary>
    private int CreditOrColonEnd(int line)
    {
        var capitals = true;
        var words = 0;
        var dated = false;
        for (var k = line; k < tokens.Count && k - line <= DatelineReach && (k == line || !tokens[k].LineStart); k++)
        {
            var t = tokens[k];
            if (t.Kind == TokenKind.Number || (t.Kind == TokenKind.Word && (t.Upper || (k > line && tokens[k - 1].Kind == TokenKind.Number))))
            {
                capitals &= t.Kind == TokenKind.Word && InCapitals(k);
                words += t.Kind == TokenKind.Word ? 1 : 0;
                dated |= t.Kind == TokenKind.Number;
                continue;
            }

            if (t.Kind != TokenKind.Symbol)
            {
                return line;
            }

            switch (text[t.Start])
            {
                case ',':
                    dated = true;
                    continue;
                case '/' or '.':
                    continue;
                case '-' when t.Adjacent && k > line:
                    continue;
                case ':':
                    return capitals && k > line && k + 1 < tokens.Count && tokens[k + 1].Kind == TokenKind.Word ? k + 1 : line;
                case '(':
                    return CreditEnd(line, k, bare: words <= 1 || capitals || dated);
                default:
                    return line;
            }
        }

        return line;
    }

    /// <summary>
    /// After a credit opening at <paramref name="open"/> ("(AP)", "(UrduPoint News / Sputnik - 01st April, 2022)"): past its
    /// dash, or before the sentence it opens ("(IANS) At least…"); a figure may open the sentence only after a dash.
    /// </summary>
    private int CreditEnd(int line, int open, bool bare)
    {
        if (open + 1 >= tokens.Count || tokens[open + 1] is not { Kind: TokenKind.Word, Upper: true })
        {
            return line;
        }

        for (var k = open + 2; k < tokens.Count && k - open <= CreditReach && !tokens[k].LineStart; k++)
        {
            if (tokens[k].Kind != TokenKind.Symbol || text[tokens[k].Start] != ')')
            {
                continue;
            }

            var after = k + 1;
            var dashed = false;
            while (after < tokens.Count && !tokens[after].LineStart && tokens[after].Kind == TokenKind.Symbol && text[tokens[after].Start] is '–' or '—' or '-')
            {
                (after, dashed) = (after + 1, true);
            }

            return after < tokens.Count && !tokens[after].LineStart
                && (tokens[after] is { Kind: TokenKind.Word, Upper: true } ? dashed || bare : dashed && tokens[after].Kind == TokenKind.Number) ? after : line;
        }

        return line;
    }

    /// <summary>Whether the token is a dash with a space before it ("–", "—", " - "), which opens or closes an aside.</summary>
    public bool IsSpacedDash(int k) =>
        tokens[k].Kind == TokenKind.Symbol && tokens[k].SpaceBefore && text[tokens[k].Start] is '–' or '—' or '-';

    /// <summary>Whether the token ends on one of the suffixes with at least <paramref name="stem"/> letters before it
    /// ("killed" on "ed", not "led").</summary>
    public bool EndsWithOneOf(Token token, string[] suffixes, StringComparison comparison, int stem = 3)
    {
        var word = text.AsSpan(token.Start, token.Length);
        foreach (var suffix in suffixes)
        {
            if (word.Length >= suffix.Length + stem && word.EndsWith(suffix, comparison))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the word at <paramref name="k"/>, right after a coordinator, goes on with the verb phrase before it rather
    /// than opening a clause with a subject of its own: a past participle that shares the auxiliary before ("…, and
    /// displaced 20,000", "…, et déplacé 20 000 autres") or a bare verb that shares its infinitive ("are expected to ease
    /// in 2025, but remain above 6.8 percent", "and to fall to 2.6%"), maybe after an adverb ("but still remain").
    /// </summary>
    public bool ContinuesVerbPhrase(int k)
    {
        if (k < tokens.Count && lexicon.Adverbs.Match(tokens, k, out _, out var adverbEnd))
        {
            k = adverbEnd;
        }

        return k < tokens.Count && tokens[k] is { Kind: TokenKind.Word, Upper: false }
            && (EndsWithOneOf(tokens[k], lexicon.PastParticipleSuffixes, StringComparison.Ordinal) || lexicon.LevelVerbs.Match(tokens, k, out _, out _)
                || lexicon.InfinitiveMarkers.Match(tokens, k, out _, out _));
    }

    /// <summary>
    /// Whether a comma and a word at <paramref name="k"/> open a clause of its own before <paramref name="figureToken"/>,
    /// which a hedge before the comma does not reach: a subordinator ("…, after authorities disclosed 207"), a place's
    /// relative word, whose clause the figure may open as its subject ("…, where 130,000 soldiers are deployed", "…, où
    /// 130 000 soldats sont déployés"), or a preposition and its relative ("…, in which 9.7 million people died", "…, dans
    /// laquelle 300 maisons ont été détruites"); "of which"/"dont" take a part of what comes before and open no clause.
    /// </summary>
    public bool OpensClauseOfItsOwn(int k, int figureToken)
    {
        if (k == 0 || !IsComma(k - 1) || tokens[k].Kind != TokenKind.Word)
        {
            return false;
        }

        return (lexicon.SubordinateBarriers.Match(tokens, k, out _, out var end) && end < figureToken)
            || lexicon.PlaceRelatives.Contains(text.AsSpan(tokens[k].Start, tokens[k].Length))
            || (k + 1 < figureToken && !tokens[k].Upper && !IsOf(k) && !IsRelative(k) && lexicon.PrepositionalRelatives.Match(tokens, k + 1, out _, out _));
    }

    /// <summary>Whether the word at <paramref name="k"/> hedges or foresees a figure ("could", "forecasting", "prévu").</summary>
    public bool Foresees(int k) =>
        lexicon.Hedges.Match(tokens, k, out _, out _) || lexicon.FigureHedges.Match(tokens, k, out _, out _)
        || lexicon.ForecastFigureHedges.Match(tokens, k, out _, out _);

    /// <summary>A word of two letters or more written all in capitals: an acronym ("USAID", "FEMA") or a dateline's place.</summary>
    public bool InCapitals(int token)
    {
        var t = tokens[token];
        if (t.Kind != TokenKind.Word || t.Length < 2)
        {
            return false;
        }

        var letters = 0;
        for (var c = t.Start; c < t.End; c++)
        {
            if (char.IsLower(text[c]))
            {
                return false;
            }

            if (char.IsLetter(text[c]))
            {
                letters++;
            }
        }

        return letters >= 2;
    }

    /// <summary>Index of the sentence holding token <paramref name="token"/>, or of the last one before it.</summary>
    public int SentenceOf(int token) => SentenceAt(tokens[token].Start);

    /// <summary>Index of the last sentence starting at or before <paramref name="offset"/> (0 when none does).</summary>
    private int SentenceAt(int offset)
    {
        var lo = 0;
        var hi = sentences.Count - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) / 2;
            if (sentences[mid].Start <= offset)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return lo;
    }

    public bool IsBreak(Token token) =>
        token.Kind == TokenKind.Symbol && text[token.Start] is ',' or '.' or ';' or ':' or '!' or '?' or '«' or '»' or '"' or '“' or '”' or '(' or ')' or '–' or '—' or '…';

    /// <summary>
    /// A break inside a name phrase, except the dot of an initial glued to its letter ("U.S.", "M. Vilkoul") or of
    /// one of the language's abbreviations ("Dr. Anne Chan", "Lt. Gen. Reyes"): the name goes on after it.
    /// </summary>
    public bool IsBreakAt(int i)
    {
        var token = tokens[i];
        if (!IsBreak(token))
        {
            return false;
        }

        if (text[token.Start] != '.' || i == 0 || !token.Adjacent || tokens[i - 1].Kind != TokenKind.Word)
        {
            return true;
        }

        var before = tokens[i - 1];
        // "Acme Insurance Co., the largest insurer, said": a company's suffix keeps its period inside the name when the
        // sentence goes on after it; before a capital it may end the sentence, so it is no abbreviation of the splitter.
        var goesOn = i + 1 < tokens.Count && !(tokens[i + 1].Kind == TokenKind.Word && tokens[i + 1].Upper);
        return !(before is { Length: 1, Upper: true } || lexicon.Abbreviations.Contains(text.AsSpan(before.Start, before.Length))
            || (goesOn && lexicon.NameSuffixes.Match(tokens, i - 1, out _, out _)));
    }

    /// <summary>
    /// "avant l'annonce du nouveau bilan", "before the report of": a verb's form after a determiner, in a phrase telling
    /// when something was said, is the noun spelt like it, not a verb with the name before as its speaker. (A determiner
    /// alone may be an object pronoun: "le ministère l'annonce".)
    /// </summary>
    public bool NounInSayingTime(int i, int first) =>
        lexicon.Determiners.MatchBefore(tokens, i, out _, out var determiner) && determiner > first
        && lexicon.SayingTimes.MatchBefore(tokens, determiner, out _, out _);

    /// <summary>Past the occasions from <paramref name="k"/> ("Tuesday", "on Monday"), before <paramref name="end"/>; <paramref name="k"/> when none starts there.</summary>
    public int PastOccasions(int k, int end)
    {
        while (k < end && lexicon.Occasions.Match(tokens, k, out _, out var occasionEnd))
        {
            k = occasionEnd;
        }

        return k;
    }

    /// <summary>
    /// An occasion at <paramref name="j"/> ("mardi", "dans la soirée"), with the day of the month and the year a date
    /// writes with it (", a annoncé jeudi 17 octobre 2024 le préfet", ", a précisé le 3 août le maire").
    /// </summary>
    public bool OccasionAt(int j, int end, out int occasionEnd)
    {
        if (SpanOfTimeAt(j, end, out occasionEnd))
        {
            return true;
        }

        var matched = lexicon.Occasions.Match(tokens, j, out _, out occasionEnd);
        var day = matched ? occasionEnd : lexicon.Determiners.Match(tokens, j, out _, out var determinerEnd) ? determinerEnd : j;
        if (day + 1 < end && tokens[day].Kind == TokenKind.Number && tokens[day].Length <= 2
            && lexicon.Occasions.Match(tokens, day + 1, out _, out var monthEnd))
        {
            occasionEnd = monthEnd < end && tokens[monthEnd].Kind == TokenKind.Number && tokens[monthEnd].Length == 4 ? monthEnd + 1 : monthEnd;
            return true;
        }

        return matched;
    }

    /// <summary>
    /// A span of time anchored to the time of the text, at <paramref name="j"/>: its count, its unit and an anchor that is no
    /// subordinator ("Deux mois plus tard", "Trois jours avant", "A few weeks later"). It dates what follows it, so the
    /// speaker is the name after it ("Deux mois avant Zelenskyy a déclaré").
    /// </summary>
    public bool SpanOfTimeAt(int j, int end, out int spanEnd)
    {
        spanEnd = j;
        for (var unit = j + 1; unit <= j + SpanCountWords && unit < end && tokens[unit - 1].Kind is TokenKind.Word or TokenKind.Number; unit++)
        {
            if (lexicon.TimeUnits.Match(tokens, unit, out _, out var unitEnd) && unitEnd < end
                && lexicon.TimeAnchors.Match(tokens, unitEnd, out _, out var anchorEnd) && anchorEnd < end
                && !lexicon.Subordinators.Match(tokens, unitEnd, out _, out _))
            {
                spanEnd = anchorEnd;
                return true;
            }
        }

        return false;
    }

    /// <summary>A break that is not the decimal or thousands mark inside a number ("1.5", "1,1", "70.000").</summary>
    public bool IsBreakBetweenWords(int i) =>
        IsBreak(tokens[i]) && !(i > 0 && i + 1 < tokens.Count && tokens[i - 1].Kind == TokenKind.Number && tokens[i + 1].Kind == TokenKind.Number
            && tokens[i].Adjacent && tokens[i + 1].Adjacent);

    public bool IsComma(int i) => tokens[i].Kind == TokenKind.Symbol && text[tokens[i].Start] == ',';

    /// <summary>Whether tokens [<paramref name="start"/>, <paramref name="end"/>) are a place the lexicon or the entities know.</summary>
    public bool IsKnownPlace(int start, int end) =>
        (lexicon.Places.Match(tokens, start, out _, out var placeEnd) && placeEnd == end)
        || EntityIndex.Covers(tokens[start].Start, tokens[end - 1].End, EntityType.Place);

    /// <summary>A mark that may end a sentence: ".", "!" or "?".</summary>
    public bool IsFullStop(int i) => tokens[i].Kind == TokenKind.Symbol && text[tokens[i].Start] is '.' or '!' or '?';

    public bool IsColon(int i) => tokens[i].Kind == TokenKind.Symbol && text[tokens[i].Start] == ':';

    /// <summary>Whether a break (<see cref="IsBreak"/>) stands among the tokens [<paramref name="from"/>, <paramref name="to"/>).</summary>
    public bool HasBreak(int from, int to)
    {
        for (var k = from; k < to && k < tokens.Count; k++)
        {
            if (IsBreak(tokens[k]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a comma stands among the tokens [<paramref name="from"/>, <paramref name="to"/>).</summary>
    public bool HasComma(int from, int to)
    {
        for (var k = from; k < to && k < tokens.Count; k++)
        {
            if (IsComma(k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a dash set apart (<see cref="IsSpacedDash"/>) stands among tokens <paramref name="from"/> to <paramref name="to"/> (excluded).</summary>
    public bool HasSpacedDash(int from, int to)
    {
        for (var k = from; k < to && k < tokens.Count; k++)
        {
            if (IsSpacedDash(k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a phrase of <paramref name="table"/> starts at a token among [<paramref name="from"/>, <paramref name="to"/>).</summary>
    public bool HasPhrase<T>(PhraseTable<T> table, int from, int to)
    {
        for (var k = from; k < to && k < tokens.Count; k++)
        {
            if (table.Match(tokens, k, out _, out _))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "les autorités de l'est du pays", "le gouverneur du nord-est": a word glued after an elided article or a hyphen is a
    /// noun, whatever verb it also spells ("est").
    /// </summary>
    public bool IsNounByForm(int k)
    {
        if (k == 0 || !tokens[k].Adjacent)
        {
            return false;
        }

        var before = tokens[k - 1];
        var last = text[before.End - 1];
        return (before.Kind == TokenKind.Symbol && last == '-')
            || (before.Kind == TokenKind.Word && last is '\'' or '’' && lexicon.Determiners.Match(tokens, k - 1, out _, out _));
    }

    /// <summary>
    /// Where a name goes on past its word before <paramref name="j"/>: over a hyphen to a capitalised word ("Jean-Luc"),
    /// over lower-case particles between hyphens to one ("Pas-de-Calais", "Île-de-France", "Val-d'Oise",
    /// "Stratford-upon-Avon"), or over the full stops of an abbreviation of single capitals ("U.S.", "U.K."); <paramref
    /// name="j"/> when the name ends there.
    /// </summary>
    public int NameContinuation(int j, int end)
    {
        if (j >= end || j == 0 || !tokens[j].Adjacent || tokens[j].Kind != TokenKind.Symbol)
        {
            return j;
        }

        if (text[tokens[j].Start] == '.')
        {
            var letter = tokens[j - 1];
            return letter is { Kind: TokenKind.Word, Length: 1, Upper: true } && j + 1 < end && tokens[j + 1] is { Kind: TokenKind.Word, Length: 1, Upper: true, Adjacent: true }
                ? (j + 2 < end && tokens[j + 2] is { Kind: TokenKind.Symbol, Adjacent: true } && text[tokens[j + 2].Start] == '.' ? j + 3 : j + 2)
                : j;
        }

        for (var k = j; k + 1 < end && text[tokens[k].Start] == '-' && tokens[k] is { Kind: TokenKind.Symbol, Adjacent: true }; k += 2)
        {
            var word = tokens[k + 1];
            if (word.Kind != TokenKind.Word || !word.Adjacent)
            {
                break;
            }

            if (word.Upper)
            {
                return k + 2;
            }

            if (word.Length > NameParticleLetters)
            {
                break;
            }

            // "Val-d'Oise": the particle's apostrophe glues it to the capitalised word.
            if (text[word.End - 1] is '\'' or '’' && k + 2 < end && tokens[k + 2] is { Kind: TokenKind.Word, Upper: true, Adjacent: true })
            {
                return k + 3;
            }
        }

        return j;
    }

    /// <summary>At most this many letters in a particle between a name's hyphens ("de", "et", "upon").</summary>
    private const int NameParticleLetters = 4;

    public bool IsQuote(int i) => tokens[i].Kind == TokenKind.Symbol && text[tokens[i].Start] is '«' or '»' or '"' or '“' or '”';

    /// <summary>
    /// Whether a quote mark opens a quotation: « and “ do, unless typed where a closing mark goes, glued to the word
    /// before it and apart from what follows ("… dans l'attaque à Nassoumbou« , qui constitue"); » and ” never do; a
    /// straight quote opens when it stands apart from the word before it and glued to the word after it.
    /// </summary>
    public bool OpensQuote(int i) => text[tokens[i].Start] switch
    {
        '«' or '“' => !ClosesInPlace(i),
        '»' or '”' => false,
        _ => (tokens[i].SpaceBefore || i == 0 || IsBreak(tokens[i - 1])) && i + 1 < tokens.Count && tokens[i + 1].Adjacent
            && !IsBreak(tokens[i + 1]),
    };

    private bool ClosesInPlace(int i) =>
        i > 0 && !tokens[i].SpaceBefore && tokens[i - 1].Kind is TokenKind.Word or TokenKind.Number
        && (i + 1 >= tokens.Count || !tokens[i + 1].Adjacent || IsBreak(tokens[i + 1]));

    public bool IsRelative(int i) => tokens[i].Id >= 0 && lexicon.Relatives.Contains(tokens[i].Id) && !IsAcronym(i);

    /// <summary>A relative pronoun in lower case right after a comma (", qui", ", which"), opening a relative clause set off by it.</summary>
    public bool OpensRelativeAfterComma(int i) => i > 0 && IsComma(i - 1) && tokens[i] is { Kind: TokenKind.Word, Upper: false } && IsRelative(i);

    /// <summary>
    /// A word written in capitals only ("WHO", "US"): an acronym, never the function word it spells ("who", "us").
    /// </summary>
    public bool IsAcronym(int i)
    {
        var token = tokens[i];
        if (token.Kind != TokenKind.Word || token.Length < 2)
        {
            return false;
        }

        foreach (var c in text.AsSpan(token.Start, token.Length))
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }

    public bool IsOf(int i) => tokens[i].Id >= 0 && lexicon.Of.Contains(tokens[i].Id);

    // "U.S.": an "s" after a full stop is a letter of an acronym; the possessive mark follows an apostrophe.
    public bool IsPossessive(int i) => tokens[i].Adjacent && tokens[i].Id >= 0 && lexicon.Possessives.Contains(tokens[i].Id)
        && tokens[i].Start > 0 && TextFolding.IsApostrophe(text[tokens[i].Start - 1]);

    /// <summary>
    /// Whether token <paramref name="i"/> ends a possessor: the mark after an apostrophe ("the IMF's") or an apostrophe glued
    /// after a plural and followed by a space ("economists' forecasts").
    /// </summary>
    public bool EndsPossessor(int i) => IsPossessive(i)
        || (i > 0 && i + 1 < tokens.Count && tokens[i].Kind == TokenKind.Symbol && tokens[i].Adjacent && TextFolding.IsApostrophe(text[tokens[i].Start])
            && tokens[i - 1].Kind == TokenKind.Word && text[tokens[i - 1].End - 1] == 's' && tokens[i + 1].SpaceBefore);

    /// <summary>Past the conjunctions that open a phrase ("Mais l'Ukraine", "But officials") and any symbol.</summary>
    public int SkipLeadingStrip(int start, int end)
    {
        while (start < end && (tokens[start].Kind != TokenKind.Word || lexicon.LeadingStrip.Match(tokens, start, out _, out _)))
        {
            start++;
        }

        return start;
    }

    /// <summary>Whether the token opens the sentence or a clause of it: only conjunctions stand between it and a break.</summary>
    public bool OpensClause(int token, int first)
    {
        var k = token - 1;
        while (k >= first && lexicon.LeadingStrip.Match(tokens, k, out _, out _))
        {
            k--;
        }

        return k < first || IsBreak(tokens[k]);
    }

    public bool Overlaps(int startToken, int endToken, Figure? figure)
    {
        if (figure is null)
        {
            return false;
        }

        var s = tokens[startToken].Start;
        var e = tokens[endToken - 1].End;
        return s < figure.End && figure.Start < e;
    }

    public Mention MakeMention(int startToken, int endToken, string? key)
    {
        var s = tokens[startToken].Start;
        var e = tokens[endToken - 1].End;
        var surface = text[s..e];
        return new Mention(s, e, surface, key ?? surface);
    }

    /// <summary>Whether two names are the same once folded ("Russie" and "russie"), without folding them into new strings.</summary>
    public static bool SameFolded(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }

        for (var k = 0; k < a.Length; k++)
        {
            if (TextFolding.Fold(a[k]) != TextFolding.Fold(b[k]))
            {
                return false;
            }
        }

        return true;
    }

    public static bool Inside(int start, int end, Mention? span) => span is { } s && s.Start < end && start < s.End;
}
