using Pipeline.Analysis.Text;

namespace Pipeline.Analysis.Claims;

/// <summary>A sentence or a paragraph next to the figure's may name its source: one pointing back, a paragraph's introducer, a subset of an earlier count.</summary>
internal sealed partial class SourceReader
{
    /// <summary>
    /// "… 590 000 militaires. C'est ce qu'a déclaré le chef de l'état-major.", "… 40 tanks. That is what the ministry said.":
    /// a sentence that opens by pointing back names the source of the one before.
    /// </summary>
    private Attribution? Following(int sentence)
    {
        var tokens = article.Tokens;
        var lexicon = article.Lexicon;
        if (sentence + 1 >= article.Sentences.Count)
        {
            return null;
        }

        var (first, end) = article.TokenRange(article.Sentences[sentence + 1]);
        if (first >= end || !lexicon.PreviousSentenceCues.Match(tokens, first, out _, out var after) || after >= end)
        {
            return null;
        }

        // "C'est ce qu'a déclaré X": the verb stands before its speaker, as after a comma.
        if (lexicon.SourceBefore.Match(tokens, after, out var cue, out var verbEnd) && cue == SourceCue.InvertedVerb
            && Inverted(after, verbEnd, auxiliary: false, end, null, out var inverted))
        {
            return inverted;
        }

        if (lexicon.Auxiliaries.Match(tokens, after, out _, out var auxiliaryEnd) && Inverted(after, auxiliaryEnd, auxiliary: true, end, null, out inverted))
        {
            return inverted;
        }

        // "That is what the ministry said."
        for (var i = after; i < end; i++)
        {
            if (At(i, after, end, null, out var attribution))
            {
                return attribution;
            }
        }

        return null;
    }

    /// <summary>
    /// "In part, a statement from the elections office released today said:", "Il a ajouté :" ending its paragraph: the
    /// next paragraph is what it says (a pronoun's, what the speaker it stands for says), and its speaker is the outer one
    /// for any speaker named inside it.
    /// </summary>
    private Attribution? ParagraphIntroducer(int sentence)
    {
        var tokens = article.Tokens;
        var s = sentence;
        while (s > 0 && article.TokenRange(article.Sentences[s]) is var (opening, closing) && opening < closing && !tokens[opening].LineStart)
        {
            s--;
        }

        // "les services de l'ARS ont enregistré :" then one item a line ("141 hospitalisations", "450 passages aux
        // urgences", "5 décès"): every item of the list the introducer opens is what it says.
        if (IsListItem(s))
        {
            while (s > 1 && IsListItem(s - 1))
            {
                s--;
            }
        }

        if (s == 0)
        {
            return null;
        }

        var (first, end) = article.TokenRange(article.Sentences[s - 1]);
        return end - 1 > first && article.IsColon(end - 1)
            && Last(first, end - 1) is { Kind: SpeakerKind.Named or SpeakerKind.Pronoun } introducer && introducer.End == end - 1
            ? introducer
            : null;
    }

    /// <summary>Whether a sentence is a list's item: a whole line opening on a number, bulleted or not, with no full stop.</summary>
    private bool IsListItem(int sentence)
    {
        var tokens = article.Tokens;
        var (first, end) = article.TokenRange(article.Sentences[sentence]);
        var number = first + 1 < end && tokens[first].Kind == TokenKind.Symbol && article.Text[tokens[first].Start] is '-' or '–' or '•' or '*' ? first + 1 : first;
        return number < end && tokens[first].LineStart && tokens[number].Kind == TokenKind.Number && (end == tokens.Count || tokens[end].LineStart)
            && !(tokens[end - 1].Kind == TokenKind.Symbol && article.Text[tokens[end - 1].Start] is '.' or '!' or '?' or ':');
    }

    private bool OpensOnSubset(SentenceSpan sentence)
    {
        var (first, end) = article.TokenRange(sentence);
        var start = article.SkipLeadingStrip(first, end);
        return start < end && article.Lexicon.SubsetOpenings.Match(article.Tokens, start, out _, out _);
    }
}
