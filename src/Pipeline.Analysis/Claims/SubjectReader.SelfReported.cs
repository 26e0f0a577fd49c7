using Pipeline.Analysis.Entities;
using Pipeline.Analysis.Text;

namespace Pipeline.Analysis.Claims;

/// <summary>A speaker speaking of itself ("Kyiv says it has recaptured…", "the United States announced $329 million") is who acts, so the holder its source names is the subject.</summary>
internal sealed partial class SubjectReader
{
    /// <summary>
    /// "Kyiv says it has recaptured…", "l'Ukraine affirme avoir abattu…", "the United States announced $329 million": a
    /// speaker that speaks of itself right after its reporting verb, or whose verb takes the figure, is who acts, so the
    /// holder its source names ("Kyiv", "Ukraine's air force", "the United States") is the subject.
    /// </summary>
    public Mention? SelfReported(SentenceSpan sentence, Mention source)
    {
        var tokens = Tokens;
        // A speaker named in an earlier sentence ("…, a-t-il ajouté") is not the subject of this one.
        if (source.Start < sentence.Start || source.End > sentence.End)
        {
            return null;
        }

        var end = article.TokenRange(sentence).End;
        var verb = article.LowerBound(source.End);
        if (!SpeaksOfItselfAt(verb, end))
        {
            return null;
        }

        var (first, last) = (article.LowerBound(source.Start), verb);
        for (var i = first; i < last; i++)
        {
            if (Lexicon.IsSubjectWord(tokens[i].Id) && Lexicon.Subjects.Match(tokens, i, out var canonical, out var subjectEnd) && subjectEnd <= last
                && !names.Contains(i, subjectEnd, first, last, out _, out _) && !IsNationalAdjective(i, subjectEnd)
                && article.MakeMention(i, subjectEnd, canonical) is var holder && !StateQualifiesNoun(holder))
            {
                return holder;
            }
        }

        foreach (var e in article.EntityIndex.Within(source.Start, source.End))
        {
            if (e.Start >= source.Start && e.End <= source.End && e.Type == EntityType.Place && IsState(e) && !InsideName(e, first, last))
            {
                var state = new Mention(e.Start, e.End, e.Text, e.Canonical);
                if (!(e.IsNationality ? QualifiesNoun(state) : StateQualifiesNoun(state)))
                {
                    return state;
                }

                if (StateBody(state, out var body))
                {
                    return body;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// "The United States announced more than $329 million", "annonce une aide de 50 millions": a figure the reporting
    /// verb takes as its object, a few words after it with no "que"/"that" or preposition between, is the speaker's own.
    /// </summary>
    private bool TakesFigure(int afterVerb, int end)
    {
        var tokens = Tokens;
        for (var k = afterVerb; k < end && k - afterVerb <= FigureReach; k++)
        {
            if (tokens[k].Kind == TokenKind.Number)
            {
                return true;
            }

            // "estimates the offensive at 300,000 soldiers": a figure after a preposition is what the object is put at.
            if (article.IsBreak(tokens[k]) || Lexicon.Subordinators.Match(tokens, k, out _, out _) || Lexicon.Prepositions.Match(tokens, k, out _, out _))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether some reporting verb of the sentence is followed by a self-reference or takes a figure, as a speaker that
    /// speaks of itself needs (<see cref="SelfReported"/>): without one, who speaks need not be read.
    /// </summary>
    private bool MaySpeakOfItself(int first, int end)
    {
        var tokens = Tokens;
        for (var verb = first; verb < end; verb++)
        {
            // A reporting verb opens on a verb or an auxiliary the lexicon knows: the array reads skip every other word.
            if ((Lexicon.IsVerbWord(tokens[verb].Id) || Lexicon.IsAuxiliaryWord(tokens[verb].Id)) && SpeaksOfItselfAt(verb, end))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a reporting verb opens at <paramref name="verb"/> and is followed by a self-reference or takes a figure.</summary>
    private bool SpeaksOfItselfAt(int verb, int end) =>
        verb < end && verbs.AfterSpeaker(verb, end, out var afterVerb) && afterVerb < end
        && (Lexicon.SelfReferences.Match(Tokens, afterVerb, out _, out _) || TakesFigure(afterVerb, end));
}
