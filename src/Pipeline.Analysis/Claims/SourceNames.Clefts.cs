using Pipeline.Analysis.Text;

namespace Pipeline.Analysis.Claims;

/// <summary>The name a cleft sets off before its relative ("C'est le ministère de la Santé qui a annoncé").</summary>
internal sealed partial class SourceNames
{
    /// <summary>How many words may open a clause before its cleft ("Mais c'est", "And it was").</summary>
    private const int MaxWordsBeforeCleft = 2;

    /// <summary>
    /// "C'est le ministère de la Santé qui a annoncé 12 décès", "It was the ministry that reported 12 deaths": when the
    /// stretch before the relative at <paramref name="relative"/> opens with a cleft, the words between the cleft and the
    /// relative are the name, whole; the cleft's "est"/"was" is no verb whose object the name would be.
    /// </summary>
    private bool CleftName(int first, int relative, out SpeakerKind kind, out int nameStart, out int nameEnd)
    {
        kind = SpeakerKind.None;
        nameStart = nameEnd = relative;
        var stretch = StretchStart(first, relative);
        for (var p = stretch; p < relative && p - stretch <= MaxWordsBeforeCleft; p++)
        {
            if (Lexicon.CleftOpeners.Match(Tokens, p, out _, out var name) && name < relative)
            {
                kind = Speaker(name, relative, relative, out nameStart, out nameEnd);
                return true;
            }
        }

        return false;
    }
}
