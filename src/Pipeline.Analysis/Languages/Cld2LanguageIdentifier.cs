using System.Buffers;
using System.Runtime.InteropServices;
using System.Text;

namespace Pipeline.Analysis.Languages;

/// <summary>
/// Identifies the language of a text with Google's CLD2 (Debian's libcld2-0), then settles Russian against
/// Ukrainian by their letters, which CLD2's quadgrams sometimes miss on short sentences.
/// </summary>
public sealed unsafe class Cld2LanguageIdentifier : ILanguageIdentifier
{
    /// <summary>Texts with fewer letters than this are too short to be told apart from noise.</summary>
    public const int MinimumLetters = 4;

    static Cld2LanguageIdentifier() => Cld2Native.KeepHeapBetweenCalls();

    /// <summary>Whether the native library can be loaded at all (it is missing on a machine without the Debian package).</summary>
    public static bool IsLoadable()
    {
        if (!NativeLibrary.TryLoad(Cld2Native.Library, typeof(Cld2Native).Assembly, null, out var handle))
        {
            return false;
        }

        // The process keeps it: the P/Invoke calls load the same library again and find it loaded.
        return handle != 0;
    }

    /// <summary>
    /// Identifies known sentences so that a host fails at start-up, with the package to install, rather than on its
    /// first article.
    /// </summary>
    /// <exception cref="InvalidOperationException">The native library is missing or answers wrongly.</exception>
    public static void VerifyInstalled()
    {
        (string Text, string Code)[] known =
        [
            ("Le gouvernement a annoncé mercredi de nouvelles mesures pour soutenir les agriculteurs.", "fr"),
            ("The government announced new measures on Wednesday to support farmers across the country.", "en"),
            ("Правительство в среду объявило о новых мерах поддержки фермеров по всей стране.", "ru"),
            ("Уряд у середу оголосив про нові заходи підтримки фермерів по всій країні.", "uk"),
        ];
        var identifier = new Cld2LanguageIdentifier();
        foreach (var (text, code) in known)
        {
            string found;
            try
            {
                found = identifier.Identify(text).Code;
            }
            catch (DllNotFoundException e)
            {
                throw new InvalidOperationException(
                    $"Language identification needs {Cld2Native.Library} from the Debian package " +
                    $"{Cld2Native.DebianPackage}: run 'apt-get install -y {Cld2Native.DebianPackage}'. ({e.Message})", e);
            }
            catch (EntryPointNotFoundException e)
            {
                throw new InvalidOperationException(
                    $"{Cld2Native.Library} loads but lacks CLD2's entry points: it is not the library of the Debian package " +
                    $"{Cld2Native.DebianPackage} (run 'apt-get install --reinstall -y {Cld2Native.DebianPackage}', or remove it to run on the managed detector alone).", e);
            }

            if (found != code)
            {
                throw new InvalidOperationException(
                    $"{Cld2Native.Library} (package {Cld2Native.DebianPackage}) identified a known {code} sentence as " +
                    $"'{found}': the installed library is not the one this code was measured with.");
            }
        }
    }

    public LanguageGuess Identify(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!HasEnoughLetters(text))
        {
            return LanguageGuess.Unknown;
        }

        var raw = Detect(text, text.Contains('<') || text.Contains('&'));
        if (raw.Languages[0] == Cld2Native.UnknownLanguage || raw.TextBytes < MinimumLetters)
        {
            return LanguageGuess.Unknown;
        }

        var code = CodeOf(raw.Languages[0]);
        if (CyrillicAlphabet.Covers(code))
        {
            code = CyrillicAlphabet.Settle(text, [code, CodeOf(raw.Languages[1]), CodeOf(raw.Languages[2]), "ru", "uk", "bg", "sr", "mk", "be"]);
        }

        var others = new List<LanguageShare>(2);
        for (var i = 1; i < 3; i++)
        {
            if (raw.Languages[i] != Cld2Native.UnknownLanguage && raw.Percents[i] > 0)
            {
                var other = CodeOf(raw.Languages[i]);
                if (other != code && other != LanguageGuess.Undetermined)
                {
                    others.Add(new LanguageShare(other, raw.Percents[i] / 100.0));
                }
            }
        }

        // CLD2 calls a guess reliable when the top language clearly leads; an unreliable guess on short text is
        // still the best available, so it is kept but marked as doubtful.
        var share = Math.Clamp(raw.Percents[0] / 100.0, 0, 1);
        var confidence = raw.Reliable ? Math.Max(0.5, share) : Math.Min(0.49, share / 2);
        return new LanguageGuess(code, Math.Round(confidence, 3), others);
    }

    internal readonly record struct RawResult(int[] Languages, int[] Percents, double[] Scores, int TextBytes, bool Reliable);

    internal static RawResult Detect(string text, bool mayContainMarkup)
    {
        text = WithoutControlCharacters(text);
        var maxBytes = Encoding.UTF8.GetMaxByteCount(text.Length) + 1;
        var rented = ArrayPool<byte>.Shared.Rent(maxBytes);
        try
        {
            var length = Encoding.UTF8.GetBytes(text, rented);
            rented[length] = 0;
            var languages = stackalloc int[3];
            var percents = stackalloc int[3];
            var scores = stackalloc double[3];
            int textBytes;
            byte reliable;
            int validPrefix;
            var hints = new Cld2Native.Hints
            {
                EncodingHint = Cld2Native.UnknownEncoding,
                LanguageHint = Cld2Native.UnknownLanguage,
            };
            fixed (byte* buffer = rented)
            {
                Cld2Native.ExtDetectLanguageSummaryCheckUtf8(
                    buffer, length, !mayContainMarkup, &hints, Cld2Native.FlagBestEffort,
                    languages, percents, scores, null, &textBytes, &reliable, &validPrefix);
            }

            return new RawResult(
                [languages[0], languages[1], languages[2]],
                [percents[0], percents[1], percents[2]],
                [scores[0], scores[1], scores[2]],
                textBytes,
                reliable != 0);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    private static readonly Dictionary<int, string> Codes = [];
    private static readonly Lock CodesLock = new();

    internal static string CodeOf(int language)
    {
        lock (CodesLock)
        {
            if (!Codes.TryGetValue(language, out var code))
            {
                var native = Marshal.PtrToStringUTF8((nint)Cld2Native.LanguageCode(language)) ?? "un";
                code = native switch
                {
                    "un" or "xxx" or "" => LanguageGuess.Undetermined,
                    "iw" => "he",
                    "in" => "id",
                    "jw" => "jv",
                    _ => native,
                };
                Codes[language] = code;
            }

            return code;
        }
    }

    /// <summary>
    /// CLD2 stops at the first character that is not valid interchange text and answers "unknown" for the whole
    /// text. Windows-1252 quotes read as Latin-1 (U+0091-U+0094) are the usual culprits: they become real quotes.
    /// </summary>
    internal static string WithoutControlCharacters(string text)
    {
        var span = text.AsSpan();
        if (span.IndexOfAnyInRange('\u0080', '\u009F') < 0 && span.IndexOfAnyInRange('\u0000', '\u0008') < 0
            && span.IndexOfAnyInRange('\u000E', '\u001F') < 0 && span.IndexOfAny('\u000B', '\u000C', '\u007F') < 0)
        {
            return text;
        }

        return string.Create(text.Length, text, static (chars, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                chars[i] = c switch
                {
                    '\u0091' or '\u0092' => '\u2019',
                    '\u0093' or '\u0094' => '"',
                    '\t' or '\n' or '\r' => c,
                    _ when char.IsControl(c) => ' ',
                    _ => c,
                };
            }
        });
    }

    /// <summary>At least <see cref="MinimumLetters"/> letters outside markup tags: less is not told apart from noise.</summary>
    internal static bool HasEnoughLetters(string text) => CountLetters(text) >= MinimumLetters;

    private static int CountLetters(string text)
    {
        var letters = 0;
        var inTag = false;
        foreach (var c in text)
        {
            if (c == '<')
            {
                inTag = true;
            }
            else if (c == '>')
            {
                inTag = false;
            }
            else if (!inTag && char.IsLetter(c) && ++letters >= MinimumLetters)
            {
                return letters;
            }
        }

        return letters;
    }
}
