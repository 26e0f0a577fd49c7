using Pipeline.Analysis.Figures;
using Pipeline.Analysis.Text;

namespace Pipeline.Analysis.Claims;

/// <summary>A participle of saying with no reporting verb of its own goes on with the speaker the sentence opens on.</summary>
internal sealed partial class SourceReader
{
    /// <summary>How many words may stand between a document and the participle that says what it says ("a statement on
    /// Sunday saying").</summary>
    private const int DocumentParticipleGap = 3;

    /// <summary>
    /// "The Health Ministry issued a statement, saying that 45 people had died", "The army released figures on Sunday saying
    /// 12 soldiers were killed": a participle of saying ([subject-participle]) after a comma or a document, before the
    /// figure, says the words after it are those of the speaker that opens the sentence (a speaker noun, or a name the
    /// entities know). One that also means something else ("adding") must open a clause ("adding that").
    /// </summary>
    private Attribution? SubjectGoesOnSaying(SentenceSpan sentence, Figure figure)
    {
        var tokens = article.Tokens;
        var lexicon = article.Lexicon;
        var (first, _) = article.TokenRange(sentence);
        var figureStart = article.LowerBound(figure.Start);
        for (var i = figureStart - 1; i > first; i--)
        {
            // "…, saying it was chaotic, while 12 people were taken to hospital": the article's own clause; the "that" of
            // "saying that" is the participle's own.
            if ((lexicon.Subordinators.Match(tokens, i, out _, out _) || lexicon.ClauseOpeners.Match(tokens, i, out _, out _))
                && !(lexicon.ReportedClauses.Match(tokens, i, out _, out _) && lexicon.SubjectParticiples.MatchBefore(tokens, i, out _, out _)))
            {
                return null;
            }

            if (tokens[i].Kind != TokenKind.Word || tokens[i].Upper || !lexicon.SubjectParticiples.Match(tokens, i, out var needsClause, out var participleEnd)
                || participleEnd > figureStart || (needsClause && !(participleEnd < figureStart && lexicon.ReportedClauses.Match(tokens, participleEnd, out _, out _)))
                || !(article.IsComma(i - 1) || AfterDocument(i, first)))
            {
                continue;
            }

            if (OpeningName(first, i, speakers: true) is not { } opening)
            {
                return null;
            }

            // "Le ministère | de la Santé a publié": the opening read on as a name ("Le ministère de la Santé").
            var (nameStart, nameEnd) = (article.LowerBound(opening.Start), article.LowerBound(opening.End));
            var verb = nameEnd;
            while (verb < i && (tokens[verb].Kind != TokenKind.Word || tokens[verb].Upper || lexicon.Of.Contains(tokens[verb].Id)
                || lexicon.Determiners.Match(tokens, verb, out _, out _) || lexicon.Prepositions.Match(tokens, verb, out _, out _)))
            {
                verb++;
            }

            if (verb > nameEnd && verb < i && names.Before(first, verb, out var fullStart, out var fullEnd) == SpeakerKind.Named && fullStart == nameStart)
            {
                nameEnd = fullEnd;
            }

            return IsOpeningSpeaker(nameStart, nameEnd) ? new Attribution(i, participleEnd, nameStart, nameEnd, SpeakerKind.Named) : null;
        }

        return null;
    }

    /// <summary>Whether a document ("a statement", "figures") ends a few words before the participle ("a statement on Sunday | saying").</summary>
    private bool AfterDocument(int participle, int first)
    {
        for (var k = participle; k > first && participle - k <= DocumentParticipleGap; k--)
        {
            if (article.Lexicon.Documents.MatchBefore(article.Tokens, k, out _, out _))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How many words an aside may take between a sentence's going-on words and their colon ("Avant d'ajouter, ému :").</summary>
    private const int GoingOnAsideWords = 3;

    /// <summary>
    /// "« … », a affirmé le gouverneur. Avant d'ajouter : « Au moins trois personnes sont mortes »", "Before adding: "…"": a
    /// sentence that opens on words going on with speech ([speech-going-on]), then a colon or "que"/"that", has the
    /// speaker of the sentence before as its own, as a pronoun ("il a ajouté") would, when that sentence names one.
    /// </summary>
    private bool GoesOnSpeaking(int i, int end, out Attribution attribution)
    {
        attribution = default;
        var tokens = article.Tokens;
        if (!article.Lexicon.SpeechGoingOn.Match(tokens, i, out _, out var after) || after >= end)
        {
            return false;
        }

        var said = after;
        if (article.IsComma(said))
        {
            while (++said < end && said - after <= GoingOnAsideWords && tokens[said].Kind == TokenKind.Word)
            {
            }
        }

        if (said >= end || !(article.IsColon(said) || article.Lexicon.ReportedClauses.Match(tokens, said, out _, out _)))
        {
            return false;
        }

        // "Le démarrage de la campagne a été marqué par … Et de poursuivre : « … »": the sentence before must name who goes
        // on, as a speaker of its own or a speaker it opens on.
        var sentence = article.SentenceOf(i);
        if (sentence == 0)
        {
            return false;
        }

        var (before, beforeEnd) = article.TokenRange(article.Sentences[sentence - 1]);
        if (Last(before, beforeEnd) is null && !(OpeningName(before, beforeEnd, speakers: true) is { } opening
            && IsOpeningSpeaker(article.LowerBound(opening.Start), article.LowerBound(opening.End))))
        {
            return false;
        }

        attribution = new Attribution(i, said, i, after, SpeakerKind.Pronoun);
        return true;
    }
}
