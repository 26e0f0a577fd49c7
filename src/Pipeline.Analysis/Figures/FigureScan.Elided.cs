using Pipeline.Analysis.Text;

namespace Pipeline.Analysis.Figures;

/// <summary>A number that names nothing after it counts what a figure beside it counts: the second of two joined numbers, the whole after a part, a change's new value, the nearest figure before it in the sentence.</summary>
internal readonly ref partial struct FigureScan
{
    /// <summary>
    /// Whether the figure starting at <paramref name="firstToken"/> is a part or the whole of a count before it: a part after
    /// "dont", "including", or a bracket right after that count; the whole after the part and "out of" ("20 patients, out
    /// of 300 tested").
    /// </summary>
    private bool BelongsToCountBefore(int firstToken)
    {
        if (lexicon.SubsetOpeners.MatchBefore(tokens, firstToken, out _, out _) || (firstToken >= 2 && text[tokens[firstToken - 1].Start] == '(' && InFigure(firstToken - 2)))
        {
            return true;
        }

        if (!lexicon.PartOf.MatchBefore(tokens, firstToken, out _, out var partOf) || partOf < 1)
        {
            return false;
        }

        var part = text[tokens[partOf - 1].Start] == ',' ? partOf - 2 : partOf - 1;
        return part >= 0 && InFigure(part);
    }

    /// <summary>"37,830 out of 90,300 recorded refugees", "20 sur 25 drones": a part counts what the whole after it counts.</summary>
    private bool WholeAfter(int at, out CountedPhrase phrase)
    {
        phrase = default;
        return lexicon.PartOf.Match(tokens, at, out _, out var linkEnd) && NumberStart(PossessorEnd(linkEnd)) is var next && next >= 0
            && NumberReader.Read(text, tokens, next, lexicon, false, out var whole) && !whole.Glued && !whole.Weak
            && ReadPhrase(CountedStart(whole.End), out phrase) && !(phrase.Sense is { } sense && IsMeasure(sense));
    }

    /// <summary>
    /// "32 likely and 29 suspected cases", "12 confirmés et 30 cas suspects": the first of two numbers joined by "and", its
    /// noun left to the second (past its own describing words), counts what the second counts.
    /// </summary>
    private bool CoordinatedAfter(int at, out CountedPhrase phrase)
    {
        phrase = default;
        var q = at;
        var unlisted = false;
        while (q < tokens.Count && tokens[q].Kind == TokenKind.Word && !tokens[q].Upper && !lexicon.ListJoiners.Match(tokens, q, out _, out _)
            && (lexicon.Words.TryRead(WordSpan(q, q + 1), out var described) ? described.IsAdjective && !described.IsNoun : HasEnding(q, lexicon.AdjectiveEndings)))
        {
            unlisted |= described.Lemma is null;
            q++;
        }

        // "2 and 3 soldiers" shares nothing: only describing words of the first's own say its noun was left out. A
        // participle the word list lacks may also stand for people ("12 évacués et 30 blessés"), so it shares the
        // second's noun only when that noun is described too ("12 confirmés et 30 cas suspects").
        var secondStart = 0;
        return q > at && lexicon.ListJoiners.Match(tokens, q, out _, out var joinerEnd) && NumberStart(joinerEnd) is var next && next >= 0
            && NumberReader.Read(text, tokens, next, lexicon, false, out var second) && !second.Glued && !second.Weak
            && ReadPhrase(secondStart = CountedStart(second.End), out phrase) && !(phrase.Sense is { } sense && IsMeasure(sense)) && HeadIsNoun(phrase)
            && (!unlisted || (lexicon.HeadFirst ? Describes(phrase.End) : Describes(secondStart)));
    }

    /// <summary>Whether the word at <paramref name="q"/>, beside a noun, describes it: an adjective ("suspects"), or a participle the word list lacks.</summary>
    private bool Describes(int q) =>
        q < tokens.Count && tokens[q].Kind == TokenKind.Word && !tokens[q].Upper
        && (lexicon.Words.TryRead(WordSpan(q, q + 1), out var form) ? form.IsAdjective : HasEnding(q, lexicon.AdjectiveEndings));

    /// <summary>Whether the phrase's head is a noun only: "65 probables", "three wounded" name the second's state, not a thing the first shares.</summary>
    private bool HeadIsNoun(CountedPhrase phrase) => HeadIsNoun(phrase.Thing);

    private bool HeadIsNoun(CountedThing thing)
    {
        var lemma = thing.Lemma.AsSpan();
        var space = lexicon.HeadFirst ? lemma.IndexOf(' ') : lemma.LastIndexOf(' ');
        var head = space < 0 ? lemma : lexicon.HeadFirst ? lemma[..space] : lemma[(space + 1)..];
        return lexicon.Words.TryRead(head, out var form) && form.IsNoun && !form.IsAdjective;
    }

    /// <summary>
    /// "Le bilan est passé de 30 à 45 morts", "rose from 30 to 45 deaths": the old value of a change counts what its new
    /// value, written after it, counts, or is in its unit.
    /// </summary>
    private bool ChangeTargetAfter(int firstToken, int at, out CountedPhrase phrase)
    {
        phrase = default;
        return lexicon.RangeJoiners.Match(tokens, at, out _, out var joinerEnd) && NumberStart(joinerEnd) is var next && next >= 0
            && ChangeVerbBefore(firstToken) && NumberReader.Read(text, tokens, next, lexicon, false, out var changed) && !changed.Glued && !changed.Weak
            && ReadPhrase(CountedStart(changed.End), out phrase);
    }

    /// <summary>Past a possessor written with "'s" ("16 of the country's 34,000 polling stations"), or <paramref name="p"/> when none stands there.</summary>
    private int PossessorEnd(int p) =>
        p + 1 < tokens.Count && tokens[p].Kind == TokenKind.Word && TextFolding.IsApostrophe(text[tokens[p].End - 1])
        && tokens[p + 1].Adjacent && tokens[p + 1].Length == 1 && text[tokens[p + 1].Start] is 's' or 'S' ? p + 2 : p;

    /// <summary>
    /// Whether the count an elided number would take its noun from counts things, not people, named by a noun alone ("300
    /// tanks"; not "708 ill", nor "2 morts").
    /// </summary>
    private bool ElidesNounBefore(int firstToken) =>
        ElidedBefore(firstToken, out var counted, out var unit) && counted is { } thing && HeadIsNoun(thing) && unit is not ({ Person: true } or { Category: FigureCategory.Casualties });

    /// <summary>
    /// "the Germans send 14 tanks, the Poles 4", "327 Leopard 2 dont 219": a number that names nothing counts what the
    /// nearest figure before it in the same sentence counts, or the casualties it counts. A number that opens its sentence
    /// may take it from the sentence before, in the same paragraph ("Plus de 2,7 millions de réfugiés ont fui vers la
    /// Pologne. Plus de 725 000 ont atteint la Roumanie.").
    /// </summary>
    /// <param name="sentenceBefore">Whether the number may take it from the sentence before wherever it stands: an increment
    /// adds to what that sentence counted, a demonstrative count name ("ce chiffre") or a total ("the total") points back to it.</param>
    /// <param name="named">Whether a count's name, not a number, stands at <paramref name="firstToken"/> ("le total"): the
    /// words that keep a number from counting what came before ("le 12", "à 20 ans") are no blockers before a name.</param>
    private bool ElidedBefore(int firstToken, out CountedThing? counted, out UnitSense? unit, bool sentenceBefore = false, bool named = false)
    {
        counted = null;
        unit = null;
        if (tokens[firstToken].LineStart || (!named && lexicon.ElisionBlockers.MatchBefore(tokens, firstToken, out _, out _)))
        {
            return false;
        }

        // An increment ("Il s'agit exactement de 53 586 de plus") adds to what the sentence before counted.
        var sentencesLeft = sentenceBefore || OpensSentence(firstToken) ? 1 : 0;
        var listItem = IsNamedListItem(firstToken);
        var k = firstToken - 1;
        for (var j = findings.Count - 1; j >= 0; j--)
        {
            var earlier = findings[j];
            for (; k >= 0 && tokens[k].Start >= earlier.End; k--)
            {
                // "Suffrages exprimés : 3.129.742 / … / Alassane OUATTARA : 2.618.229": a list's entries named by a name
                // count what the list counted last, in the lines of the same list.
                if (tokens[k].LineStart && !(listItem && IsLabelledLineAt(k)))
                {
                    return false;
                }

                // "Kyiv received 14 tanks; Madrid sent six": a semicolon joins the clauses of one sentence.
                if (tokens[k].Kind == TokenKind.Symbol && text[tokens[k].Start] is '.' or '!' or '?' && !AbbreviationStop(k) && sentencesLeft-- <= 0)
                {
                    return false;
                }
            }

            // "63 morts, dont trente dans le Kunar où quelque 1 500 maisons ont été détruites, dix au Nangarhar": a count
            // inside a relative clause describes a place or a thing of the list, not what the list counts.
            var earlierAt = TokenAt(earlier.Start);
            if (InRelativeClause(earlierAt) || IsDistributive(earlierAt, TokenAt(earlier.End)))
            {
                // "12 pays ont déclaré chacun plus de 10 000 cas, dont sept": a count per member of a set is no set the
                // elided number can be part of.
                k = earlierAt - 1;
                continue;
            }

            // "515 were injured, 60 of them seriously": a count of casualties named by their fate alone is people too.
            if (earlier.Counted is not null || earlier.Unit is { Category: FigureCategory.Casualties })
            {
                counted = earlier.Counted;
                unit = earlier.Unit;
                return true;
            }

            // A figure passed over ends no sentence with the marks inside it ("1.500", "$2.5 million").
            k = earlierAt - 1;
        }

        return false;
    }

    /// <summary>
    /// Whether the full stop at <paramref name="k"/> closes an abbreviation inside its sentence: a month's ("as of Jan. 31,
    /// with 10,993 in Iraq"), or one of capitals not followed by a capitalised word ("the U.S.-led coalition", "the U.S. military").
    /// </summary>
    private bool AbbreviationStop(int k)
    {
        if (k + 1 >= tokens.Count || tokens[k + 1].LineStart || text[tokens[k].Start] != '.')
        {
            return false;
        }

        if (IsAbbreviatedMonth(k + 1))
        {
            return true;
        }

        var first = k - 1;
        while (first >= 2 && text[tokens[first - 1].Start] == '.' && tokens[first - 1].Adjacent && tokens[first - 2].Kind == TokenKind.Word)
        {
            first -= 2;
        }

        return first < k - 1 && AbbreviationEnd(first) == k + 1 && !(tokens[k + 1].Kind == TokenKind.Word && tokens[k + 1].Upper);
    }

    /// <summary>
    /// Whether the number at <paramref name="firstToken"/> opens a sentence after another, or follows only a plural pronoun
    /// that does ("They include 497 in the capital", "Parmi eux, 497").
    /// </summary>
    private bool OpensSentence(int firstToken)
    {
        var opener = firstToken;
        var beforeComma = firstToken > 0 && text[tokens[firstToken - 1].Start] == ',' ? firstToken - 1 : firstToken;
        if (lexicon.AnaphoricOpeners.MatchBefore(tokens, beforeComma, out _, out var pronounAt))
        {
            opener = pronounAt;
        }

        return opener > 0 && !tokens[opener].LineStart && IsLineOrSentenceStart(opener) && IsSentenceEnd(opener - 1);
    }

    /// <summary>Whether the figure over tokens [<paramref name="at"/>, <paramref name="end"/>) is a count per member of a set ("chacun plus de 10 000 cas", "10,000 cases each").</summary>
    private bool IsDistributive(int at, int end) =>
        (at > 0 && lexicon.Distributives.MatchBefore(tokens, at, out _, out _)) || (end < tokens.Count && lexicon.Distributives.Match(tokens, end, out _, out _));

    /// <summary>Whether the figure starting at token <paramref name="figureAt"/> opens a relative clause ("où quelque 1 500 maisons", "where 300 homes").</summary>
    private bool InRelativeClause(int figureAt)
    {
        for (var s = figureAt - 1; s >= 0 && s >= figureAt - 3 && tokens[s].Kind == TokenKind.Word; s--)
        {
            if (lexicon.RelativeOpeners.Contains(tokens[s].Id))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The scale word (a million: 1e6) of the figure just before token <paramref name="at"/> in its sentence, when it counts
    /// the same thing and the bare <paramref name="value"/> at that scale is of its order; 1 otherwise.
    /// </summary>
    private double ScaleOfElidedCount(int at, CountedThing counted, double value)
    {
        if (findings.Count == 0 || findings[^1] is not { Value: { } previous and > 0, Counted: { } before } last || before.Lemma != counted.Lemma)
        {
            return 1;
        }

        var k = at - 1;
        for (; k >= 0 && tokens[k].Start >= last.End; k--)
        {
            if (EndsSentence(k) || tokens[k].LineStart)
            {
                return 1;
            }
        }

        while (k >= 0 && tokens[k].End > last.CoreEnd)
        {
            k--;
        }

        return k >= 0 && tokens[k].End == last.CoreEnd && lexicon.Numbers.Match(tokens, k, out var scale, out _) && scale.Kind == NumberWordKind.Scale
            && value * scale.Value / previous is >= 0.1 and <= 10 ? scale.Value : 1;
    }
}
