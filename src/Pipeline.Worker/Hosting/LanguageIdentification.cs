using Pipeline.Analysis.Languages;

namespace Pipeline.Worker.Hosting;

/// <summary>Creates the language identifier after checking, on known sentences, that its native library answers.</summary>
public static class LanguageIdentification
{
    public static ILanguageIdentifier Create(IServiceProvider services)
    {
        Cld2LanguageIdentifier.VerifyInstalled();
        return LanguageIdentifiers.CreateDefault();
    }
}
