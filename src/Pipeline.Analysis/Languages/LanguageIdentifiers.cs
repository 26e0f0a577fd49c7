namespace Pipeline.Analysis.Languages;

/// <summary>The language identifier the pipeline uses, assembled in one place so that the host, the evaluation and the benchmark measure the same thing.</summary>
public static class LanguageIdentifiers
{
    public const string Description =
        "Nito-ELD (npm eld 2.1.0, large n-gram database, ported to C#) when it is reliable; otherwise CLD2 (Debian libcld2-0, best-effort mode) when it is reliable; CLD2 alone on texts longer than 350 bytes when it is reliable; then the Cyrillic alphabet rule.";

    public static ILanguageIdentifier CreateDefault() => new CombinedLanguageIdentifier();
}
