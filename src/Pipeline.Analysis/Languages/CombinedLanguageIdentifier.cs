namespace Pipeline.Analysis.Languages;

/// <summary>
/// The pipeline's language identifier: two real detectors and the alphabet rule. Nito-ELD is the more accurate on
/// sentences and word pairs, CLD2 on long articles (it reads the whole text where ELD reads its first 350 bytes),
/// on short Cyrillic text, and it alone reports the other languages of a mixed text with their shares.
/// </summary>
public sealed class CombinedLanguageIdentifier : ILanguageIdentifier
{
    /// <summary>Beyond this much text ELD has stopped reading and CLD2, when sure, has seen more.</summary>
    private const int LongTextBytes = 350;

    private readonly Cld2LanguageIdentifier cld2 = new();
    private readonly EldLanguageIdentifier eld = new();

    public LanguageGuess Identify(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var second = cld2.Identify(text);
        if (second.Code == LanguageGuess.Undetermined)
        {
            // Too short, digits or markup: CLD2 found no language text, and ELD would only guess.
            return second;
        }

        var cleaned = Cld2LanguageIdentifier.WithoutControlCharacters(text);
        var cld2Reliable = second.Confidence >= 0.5;
        if (cld2Reliable && System.Text.Encoding.UTF8.GetByteCount(cleaned) > LongTextBytes)
        {
            return second;
        }

        var ranking = eld.Rank(cleaned);
        if (ranking.Ranked.Count == 0)
        {
            return second;
        }

        string code;
        double confidence;
        if (ranking.Reliable || !cld2Reliable)
        {
            code = ranking.Top;
            confidence = ranking.Reliable ? (code == second.Code ? Math.Max(0.9, second.Confidence) : 0.7) : 0.3;
        }
        else
        {
            code = second.Code;
            confidence = second.Confidence;
        }

        if (CyrillicAlphabet.Covers(code))
        {
            code = CyrillicAlphabet.Settle(cleaned, [code, .. ranking.Ranked.Select(r => r.Code), second.Code]);
        }

        return new LanguageGuess(code, Math.Round(confidence, 3), [.. second.Others.Where(o => o.Code != code)]);
    }
}
