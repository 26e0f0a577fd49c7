namespace Pipeline.Analysis.Languages;

/// <summary>The language identifier the pipeline uses, assembled in one place so that the host, the evaluation and the benchmark measure the same thing.</summary>
public static class LanguageIdentifiers
{
    public const string Description =
        "CLD2 (Debian libcld2-0, best-effort mode) with the Russian/Ukrainian alphabet rule.";

    public static ILanguageIdentifier CreateDefault() => new Cld2LanguageIdentifier();
}
