using Pipeline.Analysis.Figures;

namespace Pipeline.Analysis.Claims;

/// <summary>
/// "Les 34 jours de guerre … ont fait au moins 964 morts, selon les informations officielles", "Eight months of war have
/// killed 12,000 people, according to ACLED": a span of time followed by the war or the fighting it measures frames the
/// toll the sentence gives; the article says it, not the source of the toll (the tenth set's reading).
/// </summary>
internal sealed class EventSpan(ClaimTokens article)
{
    public bool Frames(Figure figure)
    {
        var tokens = article.Tokens;
        var next = article.LowerBound(figure.End);
        return figure.Category == FigureCategory.Duration && article.Lexicon.EventSpans.Count > 0 && next < tokens.Count
            && article.Lexicon.EventSpans.Match(tokens, next, out _, out _);
    }
}
