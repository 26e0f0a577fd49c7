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
    private readonly Dictionary<ulong, (int Offset, int Count)> ngrams;
    private readonly (byte Language, byte Score)[] entries;

    private EldModel(string[] codes, double[] averageScores, Dictionary<ulong, (int, int)> ngrams, (byte, byte)[] entries)
    {
        Codes = codes;
        AverageScores = averageScores;
        this.ngrams = ngrams;
        this.entries = entries;
    }

    public static EldModel Default => Shared.Value;

    public string[] Codes { get; }

    /// <summary>Each language's average scaled score in a correct detection: eld's yardstick for "reliable".</summary>
    public double[] AverageScores { get; }

    /// <summary>
    /// Raw scores by language index, and how many distinct n-grams the text gave. As in eld: per word, 4-byte n-grams
    /// with a stride of 3, the first marked by a leading space and the last (the word's tail) by a trailing one.
    /// </summary>
    public (int[] Scores, int NgramCount) Score(string text)
    {
        var scores = new int[Codes.Length];
        var seen = new HashSet<ulong>();
        HashSet<string>? seenLong = null;
        foreach (var word in SpelledWords(text))
        {
            var length = Math.Min(word.Length, 70);
            int j;
            for (j = 0; j + 4 < length; j += 3)
            {
                Count(word, j, j + 4, leading: j == 0, trailing: false);
            }

            Count(word, length != 3 ? Math.Max(0, length - 4) : 0, word.Length, leading: j == 0, trailing: true);
        }

        return (scores, seen.Count + (seenLong?.Count ?? 0));

        void Count(string word, int from, int to, bool leading, bool trailing)
        {
            if (!TryPack(word.AsSpan(from, to - from), leading, trailing, out var key))
            {
                // Longer than any n-gram of the model: it only counts towards the number of n-grams.
                seenLong ??= new HashSet<string>(StringComparer.Ordinal);
                seenLong.Add((leading ? " " : "") + word[from..to] + (trailing ? " " : ""));
                return;
            }

            if (!seen.Add(key) || !ngrams.TryGetValue(key, out var slice))
            {
                return;
            }

            foreach (var (language, score) in entries.AsSpan(slice.Offset, slice.Count))
            {
                scores[language] += score + BaseNgramScore;
            }
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
    /// eld's word separation: each run of non-letters becomes one space, except apostrophes ending the run, which stay
    /// ("l'Ukraine" is one word). Same result as eld's /[^L]+(?&lt;![\x27\x60\u2019])/gu, without a regular expression.
    /// </summary>
    private static string Separated(string text)
    {
        var sb = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsLetter(text[i]))
            {
                sb.Append(char.ToLowerInvariant(text[i]));
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

            if (lastOther >= i)
            {
                sb.Append(' ');
            }

            sb.Append(text, lastOther + 1, end - lastOther - 1);
            i = end;
        }

        return sb.ToString().Trim();
    }

    /// <summary>Lower-cased words, each UTF-8 byte spelled as one character (eld's encoding), cut near 350 bytes.</summary>
    internal static List<string> SpelledWords(string text)
    {
        if (text.Length > 1000)
        {
            text = text[..1000];
        }

        text = Separated(text);
        const int cutAfter = 350;
        const int enforceCutAfter = 380;
        var words = new List<string>();
        var word = new StringBuilder();
        var bytes = 0;
        Span<byte> utf8 = stackalloc byte[4];
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < 0x80)
            {
                if (c == ' ')
                {
                    if (word.Length > 0)
                    {
                        words.Add(word.ToString());
                        word.Clear();
                    }

                    if (bytes > cutAfter)
                    {
                        break;
                    }
                }
                else
                {
                    word.Append(c);
                }

                bytes++;
            }
            else
            {
                int length;
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    length = Encoding.UTF8.GetBytes(text.AsSpan(i, 2), utf8);
                    i++;
                }
                else
                {
                    length = Encoding.UTF8.GetBytes(text.AsSpan(i, 1), utf8);
                }

                foreach (var b in utf8[..length])
                {
                    word.Append(ByteSpelling[b]);
                }

                bytes += length;
            }

            if (bytes > enforceCutAfter)
            {
                break;
            }
        }

        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }

        return words;
    }

    private static EldModel Load()
    {
        var assembly = typeof(EldModel).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith(".Languages.Resources.eld-large.tsv.gz", StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource {name} is missing.");
        using var reader = new StreamReader(new GZipStream(stream, CompressionMode.Decompress), Encoding.UTF8);
        var codes = reader.ReadLine()!.Split(' ');
        var averages = reader.ReadLine()!.Split(' ').Select(s => double.Parse(s, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var ngrams = new Dictionary<ulong, (int, int)>(250_000);
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

            ngrams[Pack(line[..tab])] = (offset, pairs.Length);
        }

        return new EldModel(codes, averages, ngrams, [.. entries]);
    }
}
