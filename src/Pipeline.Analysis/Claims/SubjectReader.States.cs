using Pipeline.Analysis.Entities;
using Pipeline.Analysis.Text;

namespace Pipeline.Analysis.Claims;

/// <summary>States and nationalities: a state named as where a figure happens, a nationality or a state's name qualifying a noun, a state's body named with its nationality.</summary>
internal sealed partial class SubjectReader
{
    /// <summary>"In Kyiv, 3 people were injured", "en Ukraine": a known place right after a place word is where, not who acts.</summary>
    public bool IsPlaceNamedAsPlace(int token) =>
        Tokens[token].Upper && Lexicon.Places.Match(Tokens, token, out _, out _) && Lexicon.LocationIntros.MatchBefore(Tokens, token, out _, out _);

    /// <summary>
    /// "Au Paraguay, les deux millions de doses…", "l'aide des États-Unis à l'Amérique centrale et au Mexique": a state
    /// right after a place word, a determiner at most between, is where the figure happens or goes, not who holds it.
    /// </summary>
    private bool IsStateNamedAsPlace(EntityMention entity)
    {
        if (entity.Type != EntityType.Place || entity.IsNationality)
        {
            return false;
        }

        var at = article.LowerBound(entity.Start);
        return Lexicon.LocationIntros.MatchBefore(Tokens, at, out _, out _)
            || (at > 0 && Lexicon.Determiners.Match(Tokens, at - 1, out _, out var determinerEnd) && determinerEnd == at
                && Lexicon.LocationIntros.MatchBefore(Tokens, at - 1, out _, out _));
    }

    /// <summary>Longer than any nationality ("nord-coréennes"): a longer candidate is not looked up as one.</summary>
    private const int LongestNationality = 24;

    /// <summary>
    /// "russes", "les Russes", "Russian", "European": a candidate that is a nationality or demonym and nothing more, after a
    /// determiner at most, as the lexicon or the entities know it. "l'armée russe" and "le ministère russe" are more.
    /// </summary>
    private bool IsNationalityOnly(Mention candidate)
    {
        var tokens = Tokens;
        var at = article.LowerBound(candidate.Start);
        if (Lexicon.Determiners.Match(tokens, at, out _, out var determinerEnd) && determinerEnd == at + 1 && determinerEnd < tokens.Count
            && tokens[determinerEnd].Start < candidate.End)
        {
            at = determinerEnd;
        }

        if (Lexicon.Nationalities.Match(tokens, at, out _, out var nationalityEnd) && tokens[nationalityEnd - 1].End == candidate.End)
        {
            return true;
        }

        // "un modèle américain", "l'invasion russe": the entities read a lower-case nationality only after an actor noun.
        if (candidate.End - tokens[at].Start <= LongestNationality
            && EntityKnowledge.Default.Nationalities.ContainsKey(TextFolding.Fold(article.Text[tokens[at].Start..candidate.End])))
        {
            return true;
        }

        foreach (var entity in article.EntityIndex.StartingAt(tokens[at].Start))
        {
            if (entity.IsNationality && entity.End == candidate.End)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "US employers slashed 598,000 jobs", "The U.S. unemployment rate", "A US judge sentenced…": where modifiers stand
    /// before their head, a state's name before a common noun qualifies it as its adjective would ("American troops") and
    /// holds no count or rate; money under it is the state's funding ("U.S. humanitarian support amounts to more than $200
    /// million"), and "the U.S. government" is the state's body. Before its verb the state acts: a verb the word list also
    /// knows as a noun ("US adds 192,000 jobs", "The US plans to send…", "U.S. cut 300 jobs") takes its object, a pronoun or
    /// a preposition at once, and past forms and modals are never the noun.
    /// </summary>
    private bool StateQualifiesNoun(Mention candidate)
    {
        if (Lexicon.HeadFirst || Lexicon.Words is not { } words || !NamesState(candidate))
        {
            return false;
        }

        var tokens = Tokens;
        var next = article.LowerBound(candidate.End);
        if (next + 1 >= tokens.Count || tokens[next] is not { Kind: TokenKind.Word, Upper: false } noun || article.IsPossessive(next)
            || !words.TryRead(article.Text.AsSpan(noun.Start, noun.Length), out var form) || !form.IsNoun || form.IsPastForm
            || Lexicon.Auxiliaries.Match(tokens, next, out _, out _) || Lexicon.ForecastVerbs.Match(tokens, next, out _, out _))
        {
            return false;
        }

        var after = next + 1;
        return !(tokens[after].Kind == TokenKind.Number || tokens[after] is { Kind: TokenKind.Word, Upper: true }
            || Lexicon.Determiners.Match(tokens, after, out _, out _) || Lexicon.PersonalPronouns.Match(tokens, after, out _, out _)
            || Lexicon.SelfReferences.Match(tokens, after, out _, out _)
            || Lexicon.Subordinators.Match(tokens, after, out _, out _) || Lexicon.Prepositions.Match(tokens, after, out _, out _));
    }

    /// <summary>Whether a candidate names a state: a country the entities read there, or a holder the lexicon keys by a country's name.</summary>
    private bool NamesState(Mention candidate)
    {
        foreach (var entity in article.EntityIndex.Within(candidate.Start, candidate.End))
        {
            if (entity.Type == EntityType.Place && !entity.IsNationality && IsState(entity) && entity.Start < candidate.End && candidate.Start < entity.End)
            {
                return true;
            }
        }

        return candidate.Key.Length > 0 && StateNames.Contains(candidate.Key);
    }

    /// <summary>Countries' canonical names ("United States"), by which the lexicon keys the holders that name a state ("U.S.").</summary>
    private static readonly HashSet<string> StateNames =
        EntityKnowledge.Default.Countries.Values.Select(c => c.Canonical).ToHashSet(StringComparer.Ordinal);

    /// <summary>"Russian officials", "les services ukrainiens": a lexicon holder that is only a nationality qualifying a noun.</summary>
    private bool IsNationalAdjective(int start, int end)
    {
        var mention = Unread(start, end, null);
        return IsNationalityOnly(mention) && QualifiesNoun(mention);
    }

    /// <summary>
    /// A nationality that qualifies a noun: lower case ("les soldats russes", "l'invasion russe"), or, where modifiers stand
    /// before their head, one not in a plural form with a word after it ("Russian troops", "Chinese authorities", but not
    /// "the Russians have").
    /// </summary>
    private bool QualifiesNoun(Mention nationality)
    {
        var tokens = Tokens;
        var last = article.LowerBound(nationality.End) - 1;
        if (last < 0 || !tokens[last].Upper)
        {
            return true;
        }

        var next = last + 1;
        return !Lexicon.HeadFirst && next < tokens.Count && tokens[next].Kind == TokenKind.Word
            && !(Lexicon.Words is { } words && words.TryRead(article.Text.AsSpan(tokens[last].Start, tokens[last].Length), out var form) && form.IsNoun && form.Inflected);
    }

    /// <summary>
    /// "le gouvernement américain", "le ministère russe", "the Russian government", "the Russian defence ministry": a state's
    /// body named with its nationality is a name and a holder (the guidelines), from its determiner to its noun, keyed by
    /// the state.
    /// </summary>
    private bool StateBody(Mention nationality, out Mention body)
    {
        body = default;
        var tokens = Tokens;
        var (first, end) = (article.LowerBound(nationality.Start), article.LowerBound(nationality.End));
        var start = first;
        if (Lexicon.HeadFirst)
        {
            if (first == 0 || !(Lexicon.StateBodies.Match(tokens, first - 1, out _, out var bodyEnd) && bodyEnd == first))
            {
                return false;
            }

            start = first - 1;
        }
        else if (end < tokens.Count && Lexicon.StateBodies.Match(tokens, end, out _, out var bodyEnd))
        {
            end = bodyEnd;
        }
        else if (end + 1 < tokens.Count && tokens[end].Kind == TokenKind.Word && Lexicon.StateBodies.Match(tokens, end + 1, out _, out var laterEnd))
        {
            end = laterEnd;
        }
        else
        {
            return false;
        }

        if (start > 0 && Lexicon.Determiners.Match(tokens, start - 1, out _, out var determinerEnd) && determinerEnd == start)
        {
            start--;
        }

        body = article.MakeMention(start, end, nationality.Key.Length > 0 ? nationality.Key : null);
        return true;
    }

    public static bool IsState(EntityMention place) => place.IsNationality || !EntityKnowledge.Default.NonStatePlaceIds.Contains(place.Id);
}
