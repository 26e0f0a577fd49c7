using System.IO.Compression;
using System.Text;

namespace Pipeline.Analysis.Languages;

/// <summary>
/// The n-gram model of Nito-ELD ("eld" on npm, 2.1.0, large database, 60 languages, Apache-2.0), ported to C#.
/// Scores the 4-byte n-grams of each word's UTF-8 bytes; strongest where CLD2 is weakest, on a few words.
/// </summary>
internal sealed class EldModel
{
    private const int BaseNgramScore = 53;

    private static readonly Lazy<EldModel> Shared = new(Load);

    // eld keeps raw UTF-8 bytes in JavaScript strings by spelling each byte with one character of this table.
    private static readonly char[] ByteSpelling =
    [
        ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ',
        ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', '\'', ' ', ' ', ' ', ' ', ' ', ' ',
        ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ',
        ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ',
        ' ', ' ', ' ', ' ', '`', 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r',
        's', 't', 'u', 'v', 'w', 'x', 'y', 'z', ' ', ' ', ' ', ' ', ' ', 'M', '2', 'R', 'J', 'O', 'P', '{', 'ä', '>', 'â',
        'ü', 'é', '_', 'Q', 'á', 'ô', 'ë', 'å', 'õ', 'è', 'ï', 'Z', 'û', '}', 'à', '3', 'ù', 'É', 'Y', 'î', 'í', ']', '|',
        ')', 'ÿ', '~', '1', 'V', 'D', 'T', '4', '8', 'F', 'I', 'K', '7', 'W', 'S', '/', 'E', 'B', '5', ';', 'N', 'C', 'ê',
        '*', 'X', '=', '^', ':', '[', 'H', 'ò', ' ', ' ', '¢', '!', '(', ',', 'ß', ' ', 'ø', 'ó', ' ', ' ', ' ', ' ', 'U',
        'ö', '6', '@', 'À', 'Á', ' ', '<', 'ý', 'G', '-', 'A', 'ñ', 'ú', ' ', ' ', ' ', ' ', '$', 'L', 'æ', '?', '0', '"',
        '#', '%', '&', '+', 'ì', '9', '.', 'ç', ' ', 'µ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ',
        ' ', ' ', ' ',
    ];

    // N-grams are at most 8 spelled bytes, so each packs into a ulong: no string per n-gram when scoring.
    // Each n-gram points into one flat table of (language, score) pairs: one memory read less per n-gram than an
    // array per n-gram.
    private readonly EldNgramTable ngrams;

    private EldModel(string[] codes, double[] averageScores, EldNgramTable ngrams)
    {
        Codes = codes;
        AverageScores = averageScores;
        this.ngrams = ngrams;
    }

    public static EldModel Default => Shared.Value;

    public string[] Codes { get; }

    /// <summary>Each language's average scaled score in a correct detection: eld's yardstick for "reliable".</summary>
    public double[] AverageScores { get; }

    /// <summary>Enough score slots for every language of the model (checked when it loads).</summary>
    public const int MaxLanguages = 64;

    /// <summary>
    /// Fills <paramref name="scores"/> (raw, by language index) and returns how many distinct n-grams the text gave.
    /// As in eld: per word, 4-byte n-grams with a stride of 3, the first marked by a leading space and the last (the
    /// word's tail) by a trailing one.
    /// </summary>
    public int Score(ReadOnlySpan<char> text, Span<int> scores)
    {
        if (text.Length > MaxTextChars)
        {
            text = text[..MaxTextChars];
        }

        Span<char> separated = stackalloc char[text.Length];
        separated = separated[..Separate(text, separated)];
        Span<char> word = stackalloc char[MaxSpelledBytes];
        Span<ulong> seen = stackalloc ulong[SeenSlots];
        seen.Clear();
        Span<ulong> distinct = stackalloc ulong[SeenSlots];
        var counter = new NgramCounter(seen, distinct);
        Span<byte> utf8 = stackalloc byte[4];
        var wordLength = 0;
        var bytes = 0;
        for (var i = 0; i < separated.Length; i++)
        {
            var c = separated[i];
            if (c < 0x80)
            {
                if (c == ' ')
                {
                    if (wordLength > 0)
                    {
                        counter.CountWord(word[..wordLength]);
                        wordLength = 0;
                    }

                    if (bytes > CutAfterBytes)
                    {
                        break;
                    }
                }
                else
                {
                    word[wordLength++] = c;
                }

                bytes++;
            }
            else
            {
                var pair = char.IsHighSurrogate(c) && i + 1 < separated.Length && char.IsLowSurrogate(separated[i + 1]);
                var length = Encoding.UTF8.GetBytes(separated.Slice(i, pair ? 2 : 1), utf8);
                i += pair ? 1 : 0;
                foreach (var b in utf8[..length])
                {
                    word[wordLength++] = ByteSpelling[b];
                }

                bytes += length;
            }

            if (bytes > EnforceCutAfterBytes)
            {
                break;
            }
        }

        if (wordLength > 0)
        {
            counter.CountWord(word[..wordLength]);
        }

        scores[..Codes.Length].Clear();
        ngrams.AddScores(distinct[..counter.DistinctPacked], scores, BaseNgramScore);
        return counter.NgramCount;
    }

    // eld reads the first 1,000 characters, then stops at the first word end after 350 UTF-8 bytes, or at 380.
    private const int MaxTextChars = 1000;
    private const int CutAfterBytes = 350;
    private const int EnforceCutAfterBytes = 380;

    // A word is cut at 380 bytes plus the last character's (at most 4); an n-gram per 2 bytes at most is well under
    // half the slots, so the open-addressing set of seen n-grams never fills.
    private const int MaxSpelledBytes = 512;
    private const int SeenSlots = 512;

    /// <summary>Collects the distinct n-grams of a text's words, packed, and counts them.</summary>
    private ref struct NgramCounter(Span<ulong> seen, Span<ulong> distinct)
    {
        private readonly Span<ulong> seen = seen;
        private readonly Span<ulong> distinct = distinct;
        private HashSet<string>? seenLong;

        public int NgramCount { get; private set; }

        public int DistinctPacked { get; private set; }

        public void CountWord(ReadOnlySpan<char> word)
        {
            var length = Math.Min(word.Length, 70);
            int j;
            for (j = 0; j + 4 < length; j += 3)
            {
                Count(word.Slice(j, 4), leading: j == 0, trailing: false);
            }

            Count(word[(length != 3 ? Math.Max(0, length - 4) : 0)..], leading: j == 0, trailing: true);
        }

        private void Count(ReadOnlySpan<char> middle, bool leading, bool trailing)
        {
            if (!TryPack(middle, leading, trailing, out var key))
            {
                // Longer than any n-gram of the model (a word of over 73 bytes): it only counts towards the number
                // of n-grams.
                seenLong ??= new HashSet<string>(StringComparer.Ordinal);
                if (seenLong.Add((leading ? " " : "") + middle.ToString() + (trailing ? " " : "")))
                {
                    NgramCount++;
                }

                return;
            }

            // Packed keys are never 0 (every n-gram has a character), so 0 marks a free slot.
            var slot = (int)((key * 0x9E3779B97F4A7C15UL) >> (64 - 9));
            while (seen[slot] != 0)
            {
                if (seen[slot] == key)
                {
                    return;
                }

                slot = (slot + 1) & (SeenSlots - 1);
            }

            seen[slot] = key;
            distinct[DistinctPacked++] = key;
            NgramCount++;
        }
    }

    private static bool TryPack(ReadOnlySpan<char> middle, bool leading, bool trailing, out ulong key)
    {
        key = 0;
        if (middle.Length + (leading ? 1 : 0) + (trailing ? 1 : 0) > 8)
        {
            return false;
        }

        if (leading)
        {
            key = ' ';
        }

        foreach (var c in middle)
        {
            if (c > 0xFF)
            {
                return false;
            }

            key = (key << 8) | c;
        }

        if (trailing)
        {
            key = (key << 8) | ' ';
        }

        return true;
    }

    private static ulong Pack(string ngram) =>
        TryPack(ngram, leading: false, trailing: false, out var key)
            ? key
            : throw new InvalidDataException($"eld n-gram '{ngram}' is longer than 8 spelled bytes.");

    /// <summary>eld's 0-1 scale: the mean score per n-gram, squashed.</summary>
    public static double Scaled(int score, int ngramCount)
    {
        if (score <= 0 || ngramCount == 0)
        {
            return 0;
        }

        var perNgram = (double)score / ngramCount;
        return perNgram / (perNgram + 25);
    }

    /// <summary>
    /// eld's word separation, lower-cased and trimmed: each run of non-letters becomes one space, except apostrophes
    /// ending the run, which stay ("l'Ukraine" is one word). Same result as eld's /[^L]+(?&lt;![\x27\x60\u2019])/gu,
    /// without a regular expression. Writes at most as many characters as it reads.
    /// </summary>
    private static int Separate(ReadOnlySpan<char> text, Span<char> separated)
    {
        var n = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsLetter(text[i]))
            {
                separated[n++] = char.ToLowerInvariant(text[i]);
                i++;
                continue;
            }

            var end = i;
            while (end < text.Length && !char.IsLetter(text[end]))
            {
                end++;
            }

            var lastOther = end - 1;
            while (lastOther >= i && text[lastOther] is '\'' or '`' or '’')
            {
                lastOther--;
            }

            // A leading separator is trimmed; a trailing one only ends the last word, which the end of text does too.
            if (lastOther >= i && n > 0)
            {
                separated[n++] = ' ';
            }

            text[(lastOther + 1)..end].CopyTo(separated[n..]);
            n += end - lastOther - 1;
            i = end;
        }

        return n;
    }

    private static EldModel Load()
    {
        var assembly = typeof(EldModel).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith(".Languages.Resources.eld-large.tsv.gz", StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource {name} is missing.");
        using var reader = new StreamReader(new GZipStream(stream, CompressionMode.Decompress), Encoding.UTF8);
        var codes = reader.ReadLine()!.Split(' ');
        if (codes.Length > MaxLanguages)
        {
            throw new InvalidDataException($"eld's model has {codes.Length} languages; scoring has room for {MaxLanguages}.");
        }

        var averages = reader.ReadLine()!.Split(' ').Select(s => double.Parse(s, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var ngrams = new List<(ulong, int, int)>(250_000);
        var entries = new List<(byte, byte)>(600_000);
        while (reader.ReadLine() is { } line)
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            var pairs = line[(tab + 1)..].Split(' ');
            var offset = entries.Count;
            foreach (var pair in pairs)
            {
                var colon = pair.IndexOf(':', StringComparison.Ordinal);
                entries.Add((byte.Parse(pair.AsSpan(0, colon)), byte.Parse(pair.AsSpan(colon + 1))));
            }

            ngrams.Add((Pack(line[..tab]), offset, pairs.Length));
        }

        return new EldModel(codes, averages, new EldNgramTable(ngrams, [.. entries]));
    }
}
