using System.Text;

namespace Pipeline.Analysis.Languages;

/// <summary>
/// The pipeline's language identifier: two real detectors and the alphabet rule. Nito-ELD is the more accurate on
/// sentences and word pairs, CLD2 on long articles (it reads the whole text where ELD reads its first 350 bytes),
/// on short Cyrillic text, and it alone reports the other languages of a mixed text with their shares. It is not
/// asked about a short text that ELD is sure of, so such a text reports no other languages.
/// </summary>
public sealed class CombinedLanguageIdentifier : ILanguageIdentifier
{
    /// <summary>Beyond this much text ELD has stopped reading and CLD2, when sure, has seen more.</summary>
    private const int LongTextBytes = 350;

    /// <summary>
    /// On a short text CLD2 calls "reliable" a language ELD ranks below this many others only when it has no evidence
    /// (mostly its English default): measured on lingua's 18,000 lines and 3,508 held-out spec inputs, docs/evaluation.md.
    /// </summary>
    private const int Cld2PlausibleAmongEldFirst = 5;

    private readonly Cld2LanguageIdentifier cld2 = new();
    private readonly EldLanguageIdentifier eld = new();

    public LanguageGuess Identify(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var cleaned = Cld2LanguageIdentifier.WithoutControlCharacters(text);
        LanguageGuess? second = null;
        if (Encoding.UTF8.GetByteCount(cleaned) > LongTextBytes)
        {
            second = cld2.Identify(text);
            if (second.Code == LanguageGuess.Undetermined || second.Confidence >= 0.5)
            {
                return second;
            }
        }
        else if (!Cld2LanguageIdentifier.HasEnoughLetters(text))
        {
            return LanguageGuess.Unknown;
        }

        Span<int> scores = stackalloc int[EldModel.MaxLanguages];
        var ranking = eld.Rank(cleaned, scores);
        if (ranking.Reliable && second is null)
        {
            // On short text a reliable ELD answer stands whatever CLD2 says, so CLD2 is not asked: a sentence costs
            // half as much, and the only loss is CLD2's guess at other languages inside one sentence.
            return new LanguageGuess(Settled(ranking.Top, cleaned, ranking, null), 0.9, []);
        }

        second ??= cld2.Identify(text);
        if (second.Code == LanguageGuess.Undetermined || ranking.Count == 0)
        {
            // Undetermined: too short, digits or markup; CLD2 found no language text, and ELD would only guess.
            return second;
        }

        var cld2Reliable = second.Confidence >= 0.5;
        string code;
        double confidence;
        if (ranking.Reliable || !cld2Reliable || !ranking.RanksAmongFirst(second.Code, Cld2PlausibleAmongEldFirst))
        {
            code = ranking.Top;
            confidence = ranking.Reliable ? (code == second.Code ? Math.Max(0.9, second.Confidence) : 0.7) : 0.3;
        }
        else
        {
            code = second.Code;
            confidence = second.Confidence;
        }

        code = Settled(code, cleaned, ranking, second.Code);
        var others = second.Others;
        foreach (var other in others)
        {
            if (other.Code == code)
            {
                others = [.. others.Where(o => o.Code != code)];
                break;
            }
        }

        return new LanguageGuess(code, Math.Round(confidence, 3), others);
    }

    /// <summary>The code, or when its alphabet lacks a letter of the text, the best-ranked guess whose alphabet fits.</summary>
    private static string Settled(string code, ReadOnlySpan<char> text, EldRanking ranking, string? cld2Code)
    {
        if (!CyrillicAlphabet.Covers(code) || CyrillicAlphabet.Fits(code, text))
        {
            return code;
        }

        return ranking.FirstFitting(text)
               ?? (cld2Code is not null && cld2Code != LanguageGuess.Undetermined && CyrillicAlphabet.Fits(cld2Code, text) ? cld2Code : code);
    }
}
