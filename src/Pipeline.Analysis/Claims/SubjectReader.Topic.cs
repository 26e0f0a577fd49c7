using Pipeline.Analysis.Entities;
using Pipeline.Analysis.Text;

namespace Pipeline.Analysis.Claims;

/// <summary>The holder a sentence is about, for the claims after it: a speaker speaking of itself, else a holder opening the sentence or a clause of it.</summary>
internal sealed partial class SubjectReader
{
    /// <summary>
    /// The holder a sentence is about, for the claims after it: a speaker speaking of itself, else a holder that opens
    /// the sentence or a clause of it ("The United States has also agreed…", "…, Poutine a annoncé"), outside the
    /// source. A holder inside a phrase is not what the sentence is about: "fighting continues in Ukraine", "la région
    /// russe de Koursk, attaquée par l'Ukraine", and "Ukrainian intelligence estimates…" is about what it estimates.
    /// </summary>
    public Mention? Topic(SentenceSpan sentence, SourceReader sources)
    {
        var tokens = Tokens;
        var (first, end) = article.TokenRange(sentence);
        // Most sentences open on no holder and have no speaker speaking of itself: then who speaks does not matter.
        if (!MayHaveTopic(sentence, first, end))
        {
            return null;
        }

        // Who speaks is read only when it can matter: a speaker speaks of itself only before a self-reference or a figure,
        // and otherwise only a holder found below is checked against it. Most sentences have neither.
        Mention? source = null;
        var spoken = false;
        Mention? Source()
        {
            if (!spoken)
            {
                (source, spoken) = (sources.Speaker(sentence), true);
            }

            return source;
        }

        if (MaySpeakOfItself(first, end) && Source() is { } speaker && SelfReported(sentence, speaker) is { } self)
        {
            return self;
        }

        Mention? topic = null;
        for (var i = first; i < end && topic is null; i++)
        {
            if (Lexicon.IsSubjectWord(tokens[i].Id) && Lexicon.Subjects.Match(tokens, i, out var canonical, out var subjectEnd))
            {
                if (article.OpensClause(i, first) && !IsPlaceNamedAsPlace(i) && !article.InDateline(i) && !IsNationalAdjective(i, subjectEnd)
                    && !names.Contains(i, subjectEnd, first, end, out _, out _) && !ClaimTokens.Inside(tokens[i].Start, tokens[subjectEnd - 1].End, Source()))
                {
                    topic = article.MakeMention(i, subjectEnd, canonical);
                }

                i = subjectEnd - 1;
            }
        }

        foreach (var entity in article.EntityIndex.Within(sentence.Start, sentence.End))
        {
            if (entity.Start >= sentence.Start && entity.End <= sentence.End && entity.Start < (topic?.Start ?? int.MaxValue)
                && entity.Type == EntityType.Place && IsState(entity)
                && !(entity.IsNationality && QualifiesNoun(new Mention(entity.Start, entity.End, entity.Text, entity.Canonical)))
                && article.OpensClause(article.LowerBound(entity.Start), first) && !article.InDateline(article.LowerBound(entity.Start))
                && !InsideName(entity, first, end) && !ClaimTokens.Inside(entity.Start, entity.End, Source()))
            {
                topic = new Mention(entity.Start, entity.End, entity.Text, entity.Canonical);
            }
        }

        return topic;
    }

    /// <summary>Whether a holder opens the sentence or a clause of it, a speaker may speak of itself, or a state is named.</summary>
    private bool MayHaveTopic(SentenceSpan sentence, int first, int end)
    {
        var tokens = Tokens;
        for (var i = first; i < end; i++)
        {
            var id = tokens[i].Id;
            if (Lexicon.IsSelfReferenceWord(id))
            {
                return true;
            }

            if (Lexicon.IsSubjectWord(id) && Lexicon.Subjects.Match(tokens, i, out _, out var subjectEnd))
            {
                if (article.OpensClause(i, first) && !IsPlaceNamedAsPlace(i) && !article.InDateline(i))
                {
                    return true;
                }

                i = subjectEnd - 1;
            }
        }

        foreach (var entity in article.EntityIndex.Within(sentence.Start, sentence.End))
        {
            if (entity.Type == EntityType.Place && entity.Start >= sentence.Start && entity.End <= sentence.End)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"He then declared…", "Et il a également déclaré…": the sentence's subject is a personal pronoun.</summary>
    public bool OpensWithPronoun(SentenceSpan sentence)
    {
        var (first, end) = article.TokenRange(sentence);
        var start = article.SkipLeadingStrip(first, end);
        return start < end && Lexicon.PersonalPronouns.Match(Tokens, start, out var personal, out _) && personal;
    }
}
