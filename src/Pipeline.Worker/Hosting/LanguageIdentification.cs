using Pipeline.Analysis.Languages;

namespace Pipeline.Worker.Hosting;

/// <summary>
/// Chooses the language identifier once: CLD2 with ELD when libcld2 is installed and answers known sentences
/// correctly, ELD alone when the library is missing (said once, with what is lost and the command to get it). A
/// library that answers wrongly stops start-up.
/// </summary>
public static class LanguageIdentification
{
    public static ILanguageIdentifier Create(IServiceProvider services)
    {
        var available = LanguageIdentifiers.CreateAvailable();
        if (available.Limitation is { } limitation)
        {
            services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(LanguageIdentification)).LogWarning(
                "{Missing}: languages are identified by the managed detector (ELD) alone. Lost: {Lost}. To get them: {Remedy}, then restart",
                limitation.Missing,
                limitation.Lost,
                limitation.Remedy);
        }

        return available.Identifier;
    }

    /// <summary>For the commands without a host (<c>analyze</c>, <c>langid</c>): the same choice, said on standard error.</summary>
    public static ILanguageIdentifier Create(TextWriter error)
    {
        var available = LanguageIdentifiers.CreateAvailable();
        if (available.Limitation is { } limitation)
        {
            error.WriteLine($"pipeline: warning: {limitation}");
        }

        return available.Identifier;
    }
}
