using Pipeline.Analysis.Languages;

namespace Pipeline.Worker.Hosting;

/// <summary>Creates the language identifier once its native library has answered known sentences correctly.</summary>
public static class LanguageIdentification
{
    public static ILanguageIdentifier Create(IServiceProvider services) => LanguageIdentifiers.CreateVerified();
}
