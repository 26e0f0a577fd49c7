namespace Pipeline.Analysis.Languages;

/// <summary>The language an article is written in, how sure the identifier is, and any other languages it mixes.</summary>
/// <param name="Code">ISO 639-1 code ("fr"), or "und" when the text is too short or not language at all.</param>
/// <param name="Confidence">0 to 1.</param>
/// <param name="Others">Other languages found in the text with their share of it, main language excluded.</param>
public sealed record LanguageGuess(string Code, double Confidence, IReadOnlyList<LanguageShare> Others)
{
    public const string Undetermined = "und";

    public static LanguageGuess Unknown { get; } = new(Undetermined, 0, []);
}

/// <summary>A language present in part of a text.</summary>
public sealed record LanguageShare(string Code, double Share);
