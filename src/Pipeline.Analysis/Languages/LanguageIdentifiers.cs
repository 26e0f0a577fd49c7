namespace Pipeline.Analysis.Languages;

/// <summary>The language identifier the pipeline uses, assembled in one place so that the host, the evaluation and the benchmark measure the same thing.</summary>
public static class LanguageIdentifiers
{
    public const string Description =
        "Nito-ELD (npm eld 2.1.0, large n-gram database, ported to C#) when it is reliable (on texts up to 350 bytes CLD2 is then not run); otherwise CLD2 (Debian libcld2-0, best-effort mode) when it is reliable; CLD2 alone on texts longer than 350 bytes when it is reliable; then the Cyrillic alphabet rule.";

    public static ILanguageIdentifier CreateDefault() => new CombinedLanguageIdentifier();

    /// <summary>
    /// For a host's start-up: fails with the Debian package to install when libcld2 is missing, and loads ELD's
    /// n-grams now (a second or so) rather than on the first article.
    /// </summary>
    /// <exception cref="InvalidOperationException">libcld2 is missing or the identifiers answer wrongly.</exception>
    public static ILanguageIdentifier CreateVerified()
    {
        Cld2LanguageIdentifier.VerifyInstalled();
        var identifier = CreateDefault();
        foreach (var (text, code) in new[] { ("selon école", "fr"), ("Вони сказали", "uk"), ("thank you", "en") })
        {
            var found = identifier.Identify(text).Code;
            if (found != code)
            {
                throw new InvalidOperationException($"The language identifier read '{text}' as '{found}' instead of '{code}'.");
            }
        }

        return identifier;
    }
}
