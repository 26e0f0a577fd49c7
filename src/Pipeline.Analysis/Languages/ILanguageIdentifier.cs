namespace Pipeline.Analysis.Languages;

/// <summary>Says which language a text is written in.</summary>
public interface ILanguageIdentifier
{
    LanguageGuess Identify(string text);
}
