using Pipeline.Analysis.Text;

namespace Pipeline.Analysis.Claims;

/// <summary>A speaker after "as" whose verb closes the sentence speaks for what came before it, as one after a comma does.</summary>
internal sealed partial class SourceReader
{
    /// <summary>How many words a phrase after a closing speaker's verb may take ("in a statement on its website").</summary>
    private const int SayingCircumstanceWords = 6;

    /// <summary>
    /// Whether the attribution is "as" and a speaker whose verb closes the sentence, with only when, where or to whom it
    /// spoke after it: "…, as the ministry reported.", "…, as officials said on Monday.", "…, as the agency told
    /// reporters.". "as officials said rescuers found more bodies" has a clause of its own, "as the ministry reported a
    /// fall in imports" reports a thing, and "as economists had predicted" compares with a forecast: none is read here.
    /// </summary>
    private bool ClosesAsSaid(Attribution attribution, int end)
    {
        var tokens = article.Tokens;
        var lexicon = article.Lexicon;
        if (attribution.Kind != SpeakerKind.Named || attribution.Introduced || attribution.Start != attribution.NameStart
            || NamesForecaster(attribution) || !lexicon.AsSaidSpeakerFirst.MatchBefore(tokens, attribution.Start, out _, out _))
        {
            return false;
        }

        var k = article.PastOccasions(attribution.End, end);
        var last = end;
        while (last > k && tokens[last - 1].Kind == TokenKind.Symbol)
        {
            last--;
        }

        return k >= last
            || (last - k <= SayingCircumstanceWords && lexicon.SayingCircumstances.Match(tokens, k, out _, out _) && Circumstance(k, last));
    }
}
