namespace Pipeline.Analysis.Languages;

/// <summary>The language identifier the pipeline uses, assembled in one place so that the host, the evaluation and the benchmark measure the same thing.</summary>
public static class LanguageIdentifiers
{
    public const string Description =
        "Nito-ELD (npm eld 2.1.0, large n-gram database, ported to C#) when it is reliable (on texts up to 350 bytes CLD2 is then not run); otherwise CLD2 (Debian libcld2-0, best-effort mode) when it is reliable; CLD2 alone on texts longer than 350 bytes when it is reliable; then the Cyrillic alphabet rule.";

    private static readonly (string Text, string Code)[] Known = [("selon école", "fr"), ("Вони сказали", "uk"), ("thank you", "en")];

    public static ILanguageIdentifier CreateDefault() => new CombinedLanguageIdentifier();

    /// <summary>
    /// For a host's start-up: fails with the Debian package to install when libcld2 is missing, and loads ELD's
    /// n-grams now (a second or so) rather than on the first article.
    /// </summary>
    /// <exception cref="InvalidOperationException">libcld2 is missing or the identifiers answer wrongly.</exception>
    public static ILanguageIdentifier CreateVerified()
    {
        Cld2LanguageIdentifier.VerifyInstalled();
        return Verified(CreateDefault());
    }

    /// <summary>
    /// For a host's start-up on any machine: the combined identifier when libcld2 is installed and answers known
    /// sentences correctly; the managed detector (ELD) alone when the library is missing, with what that loses.
    /// </summary>
    /// <exception cref="InvalidOperationException">libcld2 is installed but answers wrongly, or ELD answers wrongly.</exception>
    public static AvailableLanguageIdentifier CreateAvailable()
    {
        if (Cld2LanguageIdentifier.IsLoadable())
        {
            return new AvailableLanguageIdentifier(CreateVerified(), null);
        }

        return new AvailableLanguageIdentifier(Verified(new EldLanguageIdentifier()), ManagedOnly.Instance);
    }

    private static ILanguageIdentifier Verified(ILanguageIdentifier identifier)
    {
        foreach (var (text, code) in Known)
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

/// <summary>The identifier this machine can run, and what it gives up compared with the full one (null: nothing).</summary>
public sealed record AvailableLanguageIdentifier(ILanguageIdentifier Identifier, ManagedOnly? Limitation);

/// <summary>What runs, what is lost and how to get it back, when libcld2 is missing and ELD works alone.</summary>
public sealed record ManagedOnly(string Missing, string Lost, string Remedy)
{
    public static ManagedOnly Instance { get; } = new(
        $"{Cld2Native.Library} (Debian package {Cld2Native.DebianPackage}) is not installed",
        "CLD2's reading of whole long articles (ELD reads the first 350 bytes or so) and its shares of the other languages of a mixed-language text",
        $"apt-get install -y {Cld2Native.DebianPackage}");

    public override string ToString() =>
        $"{Missing}: languages are identified by the managed detector (ELD) alone. Lost: {Lost}. To get them: {Remedy}, then restart.";
}
