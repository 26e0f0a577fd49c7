using Pipeline.Analysis.Figures;
using Pipeline.Analysis.Text;

namespace Pipeline.Analysis.Claims;

/// <summary>What forecasters expect or call for is their forecast, said by them.</summary>
internal sealed partial class SourceReader
{
    /// <summary>
    /// "Economists had called for 200,000 jobs", "The median estimate of economists polled by Reuters had called for 200,000":
    /// what forecasters ([forecaster]) call for is their forecast, said by them, so they are its speaker. "The UN called for
    /// $500 million" is an appeal, and the verb names no speaker there.
    /// </summary>
    private bool ForecastersCall(int first, int call, int callEnd, Figure? figure, out Attribution attribution)
    {
        attribution = default;
        var tokens = article.Tokens;
        // "had called for", "are looking for": the speaker stands before the auxiliary.
        var verb = (article.Lexicon.Auxiliaries.MatchBefore(tokens, call, out _, out var auxiliaryStart)
            || article.Lexicon.ProgressiveAuxiliaries.MatchBefore(tokens, call, out _, out auxiliaryStart)) && auxiliaryStart > first ? auxiliaryStart : call;
        return ForecasterBefore(first, verb) && SpeakerBefore(first, verb, callEnd, figure, out attribution) && attribution.Kind == SpeakerKind.Named;
    }

    /// <summary>"The forecasters see 3.0% growth", "l'Insee prévoyant une récession de 0,1 %": a forecaster's verb, in a
    /// clause that speaks of a forecast; "les analystes qui en attendaient 150 000": what a forecaster named before awaits.</summary>
    private bool Foresees(int i, int first, int end, out int verbEnd) =>
        (article.Lexicon.ForecasterVerbs.Match(article.Tokens, i, out _, out verbEnd) && ForecastFrame.SpeaksOfForecast(article, first, end))
        || (article.Lexicon.ForecasterCalls.Match(article.Tokens, i, out _, out verbEnd) && ForecasterBefore(first, i));

    /// <summary>Whether a forecaster ("les analystes", "economists") is named between the clause's start and the verb.</summary>
    private bool ForecasterBefore(int first, int verb) => article.HasPhrase(article.Lexicon.Forecasters, first, verb);

    /// <summary>Whether the attribution's speaker is a forecaster ("Economists", "the bank's analysts", "les économistes").</summary>
    private bool NamesForecaster(Attribution attribution) =>
        article.HasPhrase(article.Lexicon.Forecasters, attribution.NameStart, attribution.NameEnd);

    /// <summary>"above economists' expectations of 2.7%", "the IMF's projection of 1.4%": the possessor of the forecast the
    /// figure is of (<see cref="Claims.ForecastOwner"/>) says it.</summary>
    private Attribution? ForecastOwner(SentenceSpan sentence, Figure figure)
    {
        var (first, _) = article.TokenRange(sentence);
        var (nameStart, nameEnd) = Claims.ForecastOwner.Possessor(article, sentence, figure);
        return nameStart > first || (nameStart == first && nameEnd > first)
            ? new Attribution(nameStart, nameEnd, nameStart, nameEnd, SpeakerKind.Named)
            : null;
    }
}
