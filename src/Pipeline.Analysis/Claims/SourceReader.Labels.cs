using Pipeline.Analysis.Figures;
using Pipeline.Analysis.Text;

namespace Pipeline.Analysis.Claims;

/// <summary>A headline gives its source in a short label after or before a colon, a dash or a comma, with no verb.</summary>
internal sealed partial class SourceReader
{
    /// <summary>How many words a headline's closing label ("…: Ministry", "…, Labor Department", "… – NCDC") may take.</summary>
    private const int LabelWords = 3;

    /// <summary>
    /// "At least 3,785 Palestinians killed in strikes on Gaza since Oct. 7: Ministry", "Lassa fever kills 152 in Nigeria –
    /// NCDC", "Consumer prices rose 0.3% in January, Labor Department": a line (a headline) with no full stop that ends on
    /// a short label after a colon, a dash or a comma gives its source. After a dash or a comma the label must name a
    /// speaker, since a place or a day stands there too ("…, Lagos", "…, Monday").
    /// </summary>
    private Attribution? HeadlineLabel(Figure figure)
    {
        var tokens = article.Tokens;
        var first = article.LowerBound(figure.End);
        var end = first;
        while (end < tokens.Count && !tokens[end].LineStart)
        {
            end++;
        }

        if (end - first < 2 || tokens[end - 1].Kind != TokenKind.Word)
        {
            return null;
        }

        var words = 0;
        for (var k = end - 1; k >= first; k--)
        {
            // "Al-Shabab": a hyphen inside a word joins it.
            if (tokens[k].Id == article.Lexicon.Vocabulary.HyphenId && tokens[k].Adjacent && k + 1 < end && tokens[k + 1].Adjacent)
            {
                continue;
            }

            if (tokens[k].Kind == TokenKind.Word)
            {
                if (++words > LabelWords)
                {
                    return null;
                }

                continue;
            }

            var (nameStart, nameEnd) = LabelName(k + 1, end);
            return LabelSeparator(k) switch
            {
                ':' when tokens[nameStart].Upper || IsSpeakerLabel(nameStart, nameEnd) => new Attribution(k, end, nameStart, nameEnd, SpeakerKind.Named),
                ',' or '–' when IsSpeakerLabel(nameStart, nameEnd) => new Attribution(k, end, nameStart, nameEnd, SpeakerKind.Named),
                _ => null,
            };
        }

        return null;
    }

    /// <summary>The speaker's words in a label that keeps its verb: "…, says army", "…, army says", "…, dit l'OMS".</summary>
    private (int Start, int End) LabelName(int start, int end)
    {
        var tokens = article.Tokens;
        var lexicon = article.Lexicon;
        if (lexicon.SourceBefore.Match(tokens, start, out var cue, out var after) && cue == SourceCue.InvertedVerb && after < end)
        {
            return (after, end);
        }

        for (var k = start + 1; k < end; k++)
        {
            if (!tokens[k].Upper && lexicon.SourceVerbs.Match(tokens, k, out _, out var verbEnd) && verbEnd == end)
            {
                return (start, k);
            }
        }

        return (start, end);
    }

    /// <summary>The mark a headline's label follows: ':', ',' or a dash set between spaces ('–' for "–", "—" and " - "); else '\0'.</summary>
    private char LabelSeparator(int k)
    {
        var token = article.Tokens[k];
        var mark = article.Text[token.Start];
        return mark switch
        {
            ':' or ',' when token.Length == 1 => mark,
            '–' or '—' => '–',
            '-' when token.SpaceBefore && k + 1 < article.Tokens.Count && !article.Tokens[k + 1].Adjacent => '–',
            _ => '\0',
        };
    }

    /// <summary>
    /// Whether a headline's closing label names who speaks: an acronym that is not a place ("NCDC", "WHO", not "UK"), a
    /// phrase with a speaker noun ("Labor Department", "police", "state media") or an organisation the entities know. A
    /// place ("Lagos"), a day ("Monday") or a topic ("Ebola") is not one.
    /// </summary>
    private bool IsSpeakerLabel(int start, int end)
    {
        var tokens = article.Tokens;
        if (start >= end || article.IsKnownPlace(start, end))
        {
            return false;
        }

        if (end - start == 1 && article.IsAcronym(start))
        {
            return true;
        }

        for (var k = start; k < end; k++)
        {
            if (article.Lexicon.SpeakerNouns.Match(tokens, k, out _, out _))
            {
                return true;
            }
        }

        return InEntity(start, end, Entities.EntityType.Organisation);
    }

    /// <summary>Whether the words lie inside one entity of the given type.</summary>
    private bool InEntity(int start, int end, Entities.EntityType type) =>
        article.EntityIndex.Covers(article.Tokens[start].Start, article.Tokens[end - 1].End, type);

    /// <summary>
    /// "WHO: 47,000 cholera cases recorded", "Police : 12 blessés à Lyon": a line with no full stop (a headline) that opens on
    /// a short speaker label and a colon is that speaker's. The label is a speaker, not an event ("Hurricane Helene: 107
    /// dead"): an acronym or a phrase with a speaker noun. A line among others of the same shape is a list ("Inscrits :
    /// 6.301.189"), whose labels are what is counted, not who counts.
    /// </summary>
    private Attribution? OpeningLabel(Figure figure)
    {
        var tokens = article.Tokens;
        var at = article.LowerBound(figure.Start);
        var (line, lineEnd) = LineAround(at);
        var colon = LabelColon(line, lineEnd);
        if (colon < 0 || colon >= at || EndsOnFullStop(line, lineEnd)
            || (line > 0 && LabelColon(LineAround(line - 1).Start, line) >= 0)
            || (lineEnd < tokens.Count && LabelColon(lineEnd, LineAround(lineEnd).End) >= 0))
        {
            return null;
        }

        var speaker = colon - line == 1 && article.IsAcronym(line);
        for (var k = line; k < colon && !speaker; k++)
        {
            speaker = article.Lexicon.SpeakerNouns.Match(tokens, k, out _, out _) && !article.Lexicon.Documents.Match(tokens, k, out _, out _);
        }

        return speaker ? new Attribution(line, colon, line, colon, SpeakerKind.Named) : null;
    }

    /// <summary>The line holding the token: its first token and the first of the next line.</summary>
    private (int Start, int End) LineAround(int token)
    {
        var tokens = article.Tokens;
        var start = Math.Min(token, tokens.Count - 1);
        while (start > 0 && !tokens[start].LineStart)
        {
            start--;
        }

        var end = start + 1;
        while (end < tokens.Count && !tokens[end].LineStart)
        {
            end++;
        }

        return (start, end);
    }

    /// <summary>The colon after a line's first one to <see cref="LabelWords"/> words, or -1.</summary>
    private int LabelColon(int line, int end)
    {
        var tokens = article.Tokens;
        for (var k = line; k < end && k - line <= LabelWords; k++)
        {
            if (tokens[k].Kind == TokenKind.Word)
            {
                continue;
            }

            return k > line && article.IsColon(k) ? k : -1;
        }

        return -1;
    }

    private bool EndsOnFullStop(int line, int end)
    {
        var last = end - 1;
        return last >= line && article.Tokens[last].Kind == TokenKind.Symbol && article.Text[article.Tokens[last].Start] == '.';
    }
}
