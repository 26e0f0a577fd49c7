using System.Globalization;
using System.Runtime.CompilerServices;
using Pipeline.Analysis.Entities;
using Pipeline.Analysis.Figures;
using Pipeline.Analysis.Text;

namespace Pipeline.Analysis.Claims;

/// <summary>
/// Turns figures into claims: the subject the figure belongs to, the place, the source and how firmly it is said.
/// Reads these from the text itself (known names, "selon X", capitalised names) and uses entities when given.
/// </summary>
public sealed class ClaimExtractor
{
    /// <summary>How many sentences back a claim may inherit the holder the text is about, or the last region named.</summary>
    private const int SubjectCarry = 6;
    private const int LocationCarry = 3;

    [ThreadStatic]
    private static List<Token>? tokenBuffer;

    public IReadOnlyList<Claim> Extract(
        string text, string language, IReadOnlyList<Figure> figures, IReadOnlyList<EntityMention> entities, string? date) =>
        Extract(text, language, figures, entities, date, null);

    /// <summary>The claims of an article whose tokens the caller may have read already (<see cref="ArticleAnalyzer"/> reads them once for figures and claims).</summary>
    /// <param name="text">The article text.</param>
    /// <param name="language">Its language code.</param>
    /// <param name="figures">Its figures.</param>
    /// <param name="entities">Its entities.</param>
    /// <param name="date">When it was published.</param>
    /// <param name="tokens">The text's tokens with this language's claim ids, when the caller has read them already.</param>
    internal IReadOnlyList<Claim> Extract(
        string text, string language, IReadOnlyList<Figure> figures, IReadOnlyList<EntityMention> entities, string? date, List<Token>? tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(figures);
        var lexicon = ClaimLexicon.For(language ?? "");
        if (lexicon is null || figures.Count == 0)
        {
            return [];
        }

        if (tokens is null)
        {
            tokens = tokenBuffer ??= new List<Token>(4096);
            Tokenizer.Tokenize(text, lexicon.Vocabulary, tokens);
        }

        if (lexicon.Possessives.Count > 0)
        {
            SplitPossessives(text, tokens, lexicon);
        }

        var sentences = SentenceSplitter.Split(text, lexicon.Abbreviations);
        var reader = new ClaimReader(text, tokens, sentences, lexicon, entities ?? []);
        var claims = new List<Claim>(figures.Count);
        // What the text is about, for the figures after: a holder, or only a side ("soldats russes"), which keys a claim
        // but is no subject.
        (Mention Mention, int Sentence, bool Side)? topic = null;
        (Mention Mention, int Sentence)? latest = null;
        var readForTopic = -1;
        var ownSubjectSentence = -1;
        var holders = new Dictionary<int, string>();
        // A sentence's topic is read once, whether the walk below passes it or a region's holder is looked up in it.
        var topics = new (bool Read, Mention? Topic)[sentences.Count];
        Mention? TopicOf(int t) => topics[t].Read ? topics[t].Topic : (topics[t] = (true, reader.Topic(sentences[t]))).Topic;
        string? HolderOf(int t) => holders.TryGetValue(t, out var key) ? key : TopicOf(t)?.Key;
        // Figures of one sentence come together: their claims share one copy of its text.
        (int Sentence, string Text) quoted = (-1, "");
        string SentenceText(int t) => quoted.Sentence == t ? quoted.Text : (quoted = (t, text[sentences[t].Start..sentences[t].End])).Text;
        foreach (var figure in figures)
        {
            // "50 mm of rain", "160 mm de pluie": a small length followed by what fell is an amount, not a size.
            if (!CountsSomethingReal(figure) && !(IsSizeMeasure(figure) && reader.FallenAmountAfter(figure)))
            {
                continue;
            }

            var s = FindSentence(sentences, figure.Start);
            if (s < 0)
            {
                continue;
            }

            var sentence = reader.Clause(sentences[s], figure);
            var source = reader.Source(s, sentence, figure);
            var who = source is { } said ? reader.Speaker(said) : default;
            // "Those are grim statistics, on par with the estimated 8,000": a clause read as a speaker names no one.
            if (source is not null && reader.IsClause(who.Name))
            {
                (source, who) = (null, default);
            }

            var subject = reader.Subject(sentence, figure, source, out var side);
            // The dead and wounded belong to nobody named before, not even to the speaker who counts them; a count whose noun
            // names its side ("1 100 soldats russes") belongs to nobody named elsewhere either.
            var owns = figure.Category != FigureCategory.Casualties && side is null;
            if (subject is null && owns && source is { } speaker)
            {
                subject = reader.SelfReported(sentence, speaker);
            }

            // A sentence between claims may name who the text is now about ("Après la défaite, Poutine a réuni…"). If it names
            // another holder than the one still carried ("Russia has massed troops. Ukraine has called for support. Satellite
            // images show 1,200 tanks."), the two compete and the text does not say whose the next figure is: no subject
            // is better than a wrong one. The sentences before a figure are read for this only when the figure asks what is
            // carried or who was named last: a figure whose own sentence names its subject replaces both, and one that
            // neither asks nor replaces leaves them to be read for the next figure.
            var pronoun = subject is null && side is null && owns && reader.OpensWithPronoun(sentences[s]);
            var asks = subject is null && (side is not null || pronoun || InheritsHolder(figure));
            if (asks)
            {
                for (var t = readForTopic + 1; t < s; t++)
                {
                    if (t != ownSubjectSentence && TopicOf(t) is { } named)
                    {
                        topic = topic is { } live && t - live.Sentence <= SubjectCarry && !SameHolder(live.Mention.Key, named.Key)
                            ? null
                            : (named, t, false);
                        latest = (named, t);
                    }
                }
            }

            if (asks || subject is not null)
            {
                readForTopic = Math.Max(readForTopic, s - 1);
            }

            if ((subject ?? side) is { } found)
            {
                topic = (found, s, subject is null);
                if (subject is not null)
                {
                    latest = (found, s);
                }

                ownSubjectSentence = s;
                holders[s] = found.Key;
            }
            else if (pronoun)
            {
                // "Et il a également déclaré la loi martiale dans quatre régions": the pronoun is the holder named last.
                if (latest is { } referent && s - referent.Sentence <= 1)
                {
                    subject = referent.Mention;
                    topic = (referent.Mention, s, false);
                }
            }
            else if (InheritsHolder(figure) && topic is { } carried && s - carried.Sentence <= SubjectCarry)
            {
                if (carried.Side)
                {
                    side = carried.Mention;
                }
                else
                {
                    subject = carried.Mention;
                }

                topic = carried with { Sentence = s };
            }

            var location = reader.Location(sentence, figure, source, subject ?? side);
            // Money is pledged by a state and a share is of a whole, not of the front: neither inherits a region of operations.
            var carries = figure.Category is not (FigureCategory.Money or FigureCategory.Percentage);
            for (var back = 1; location is null && carries && back <= LocationCarry && s - back >= 0; back++)
            {
                location = reader.Location(sentences[s - back], null, null, null, theatreOnly: true);
                // "Russia has massed troops in the Kursk region. Ukraine has lost 300 tanks": the region is where the other side acts.
                if (location is not null && (subject ?? side) is { } holder && HolderOf(s - back) is { } regionHolder
                    && !SameHolder(holder.Key, regionHolder))
                {
                    location = null;
                    break;
                }
            }

            var modality = reader.IsHedged(sentence, figure, source) ? ClaimModality.Hedged
                : source is not null || reader.IsReportedWithoutSource(sentence, figure) ? ClaimModality.Reported
                : ClaimModality.Asserted;
            var key = Key(figure, (subject ?? side)?.Key, location?.Key);
            claims.Add(new Claim(
                figure,
                subject?.Text,
                location?.Text,
                source is null ? null : who.Name,
                modality,
                SentenceText(s),
                date,
                key)
            {
                SourceId = who.Id,
                SourceRole = who.Role,
            });
        }

        return claims;
    }

    /// <summary>
    /// "Russia's": the tokenizer keeps the apostrophe on the word, as French elision wants ("d'"); here the name is
    /// read without it, so "Russia's" is Russia followed by the possessive mark.
    /// </summary>
    private static void SplitPossessives(string text, List<Token> tokens, ClaimLexicon lexicon)
    {
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            var token = tokens[i];
            var next = tokens[i + 1];
            if (token.Kind == TokenKind.Word && token.Length > 1 && TextFolding.IsApostrophe(text[token.End - 1])
                && next.Adjacent && next.Id >= 0 && lexicon.Possessives.Contains(next.Id))
            {
                tokens[i] = token with { End = token.End - 1, Id = lexicon.Vocabulary.Find(text.AsSpan(token.Start, token.Length - 1)) };
            }
        }
    }

    private static bool SameHolder(string key, string other) =>
        string.Equals(TextFolding.Fold(key), TextFolding.Fold(other), StringComparison.Ordinal);

    /// <summary>
    /// Whatever a figure counts, a claim is made of it ("40 drone strikes", "une dizaine de pays"), and of any measure
    /// with a known unit (money, percent, distance, area, tonnes, barrels, durations such as "a 30-day ceasefire" or "plus
    /// de cinq mois" of war, which analysts also want with their source) but one: a small length is a size (a calibre,
    /// "155 mm" shells) that describes a thing counted elsewhere. A bare number counts nothing named.
    /// </summary>
    internal static bool CountsSomethingReal(Figure figure) =>
        figure.Counted is not null || (figure.Unit is not null && !IsSizeMeasure(figure));

    private static bool IsSizeMeasure(Figure figure) => figure.Category == FigureCategory.Dimension && figure.Unit is { } unit && IsSize(unit);

    /// <summary>Lengths that give a thing's size rather than an amount of anything: calibres, thicknesses, screens.</summary>
    private static bool IsSize(string unit) => unit is "mm" or "cm" or "dm" or "inch" or "nm" or "pm";

    private static int FindSentence(List<SentenceSpan> sentences, int offset)
    {
        var lo = 0;
        var hi = sentences.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (offset < sentences[mid].Start)
            {
                hi = mid - 1;
            }
            else if (offset >= sentences[mid].End)
            {
                lo = mid + 1;
            }
            else
            {
                return mid;
            }
        }

        return -1;
    }

    /// <summary>
    /// Troops and materiel belong to the side the text is about even where the sentence names none ("Russia has massed
    /// 100,000 troops. 200 tanks were also seen."). Money, shares, durations and the people a disaster or a programme
    /// reaches belong to whoever their own sentence names, or to nobody: "This funding brings the total to nearly
    /// $1.2 billion" and "the earthquake affected 6.6 million people" are not the holder of the sentence before.
    /// </summary>
    private static bool InheritsHolder(Figure figure) => figure.Category is FigureCategory.Personnel or FigureCategory.Equipment;

    /// <summary>
    /// Same for the same claim written differently: category, what is counted, bounds, subject and place, all canonical.
    /// What is counted is the language-neutral unit when our knowledge has one ("howitzer" for "230 howitzers" and "230
    /// obusiers"), else the lemma of the counted thing in the article's language.
    /// </summary>
    internal static string Key(Figure figure, string? subject, string? location)
    {
        // Every claim has a key: it is written straight into one buffer, with no string for each of its parts.
        var key = new DefaultInterpolatedStringHandler(6, 7, CultureInfo.InvariantCulture, stackalloc char[256]);
        key.AppendLiteral(CategoryKey(figure.Category));
        key.AppendLiteral("|");
        key.AppendLiteral(figure.Unit ?? figure.Counted?.Lemma ?? "");
        AppendNumber(ref key, figure.Value);
        AppendNumber(ref key, figure.Low);
        AppendNumber(ref key, figure.High);
        AppendFolded(ref key, subject);
        AppendFolded(ref key, location);
        return key.ToStringAndClear();

        static void AppendNumber(ref DefaultInterpolatedStringHandler key, double? value)
        {
            key.AppendLiteral("|");
            if (value is { } number)
            {
                key.AppendFormatted(number, "R");
            }
        }

        static void AppendFolded(ref DefaultInterpolatedStringHandler key, string? name)
        {
            key.AppendLiteral("|");
            if (string.IsNullOrEmpty(name))
            {
                return;
            }

            Span<char> folded = name.Length <= 128 ? stackalloc char[name.Length] : new char[name.Length];
            key.AppendFormatted((ReadOnlySpan<char>)folded[..TextFolding.Fold(name, folded)]);
        }
    }

    /// <summary>Each category's name in a key, lower case ("casualties"), made once.</summary>
    private static readonly string[] CategoryKeys = CategoryKeysByValue();

    private static string CategoryKey(FigureCategory category) =>
        (uint)category < (uint)CategoryKeys.Length && CategoryKeys[(int)category] is { } name ? name : category.ToString().ToLowerInvariant();

    private static string[] CategoryKeysByValue()
    {
        var categories = Enum.GetValues<FigureCategory>();
        var names = new string[categories.Max(c => (int)c) + 1];
        foreach (var category in categories)
        {
            names[(int)category] = category.ToString().ToLowerInvariant();
        }

        return names;
    }
}
