using Pipeline.Analysis.Figures;
using Pipeline.Analysis.Text;

namespace Pipeline.Analysis.Claims;

/// <summary>A verb set in before its speaker (", a indiqué le ministère", "», a-t-il ajouté"): the speaker is read after it.</summary>
internal sealed partial class SourceReader
{
    /// <summary>", a indiqué le ministère", "», a-t-il ajouté", ", said the air force": the speaker after its verb.</summary>
    private bool Inverted(int i, int verbEnd, bool auxiliary, int end, Figure? figure, out Attribution attribution)
    {
        var pronoun = verbs.GluedPronoun(verbEnd, auxiliary, end, out var cueEnd);
        if (pronoun >= 0)
        {
            attribution = new Attribution(i, cueEnd, pronoun, pronoun + 1, SpeakerKind.Pronoun);
            return true;
        }

        if (SaidAtPlace(i, verbEnd, auxiliary, end, figure, out attribution))
        {
            return true;
        }

        var after = verbEnd;
        if (auxiliary)
        {
            after = verbs.SkipAdverbs(verbEnd, end);
            if (after >= end || !article.Lexicon.Participles.Match(article.Tokens, after, out _, out after))
            {
                attribution = default;
                return false;
            }
        }

        var kind = names.After(after, end, inverted: true, out var nameStart, out var nameEnd);
        if (kind == SpeakerKind.Named)
        {
            (nameStart, nameEnd) = names.Apposed(nameStart, nameEnd, end);
        }

        // "les Comores, pays insulaire, ont signalé une résurgence du choléra en 2024": a speaker set in after its verb ends
        // its clause; words running on into a figure are what the verb takes, and the verb's speaker stands before it.
        if (kind == SpeakerKind.Named && nameEnd < end && article.Tokens[nameEnd].Kind == TokenKind.Number)
        {
            attribution = default;
            return false;
        }

        attribution = new Attribution(i, nameEnd, nameStart, nameEnd, kind);
        return kind != SpeakerKind.None && !article.Overlaps(nameStart, nameEnd, figure);
    }

    /// <summary>
    /// "indique-t-on à la préfecture", "a-t-on précisé dans l'entourage du ministre": a verb whose pronoun names nobody,
    /// then where the news was given, an authority's place, which is its source (not "précise-t-on dans un communiqué",
    /// nor "à l'AFP", who was told).
    /// </summary>
    private bool SaidAtPlace(int i, int verbEnd, bool auxiliary, int end, Figure? figure, out Attribution attribution)
    {
        attribution = default;
        var lexicon = article.Lexicon;
        if (lexicon.ImpersonalSpeakers.Count == 0 || verbs.GluedPronoun(verbEnd, auxiliary, end, lexicon.ImpersonalSpeakers, out var j) < 0)
        {
            return false;
        }

        while (j < end && article.OccasionAt(j, end, out var occasionEnd))
        {
            j = occasionEnd;
        }

        if (!lexicon.SpeakingPlaces.Match(article.Tokens, j, out _, out var placeEnd)
            || names.After(placeEnd, end, inverted: false, out var nameStart, out var nameEnd) != SpeakerKind.Named)
        {
            return false;
        }

        if (!article.HasPhrase(lexicon.Authorities, nameStart, nameEnd))
        {
            return false;
        }

        attribution = new Attribution(i, nameEnd, nameStart, nameEnd, SpeakerKind.Named);
        return !article.Overlaps(nameStart, nameEnd, figure);
    }

    /// <summary>
    /// "Plus de 300 personnes évacuées annonce la préfecture", "Le bilan s'élève à 12 morts indique le ministère": with no
    /// comma, an inverting verb after the figure may still stand before its speaker, when the word before it is no name,
    /// speaker, determiner, pronoun, relative or clitic that makes it a verb with its own subject ("que l'Insee annonce",
    /// "les chiffres qu'annonce", "il annonce", "l'annonce"); its speaker must then close the sentence (<see cref="SpeakerClosesSentence"/>).
    /// </summary>
    private bool UnmarkedInversion(int i, int first, Figure? figure)
    {
        var tokens = article.Tokens;
        var lexicon = article.Lexicon;
        if (figure is null || i <= first || tokens[i].Upper || tokens[i].Start < figure.End || article.IsBreak(tokens[i - 1]))
        {
            return false;
        }

        // "Les 300 salariés indiquent la direction": a figure that is all the sentence holds before the verb is its subject.
        var opening = lexicon.Determiners.Match(tokens, first, out _, out var afterDeterminer) ? afterDeterminer : first;
        if (tokens[opening].Start >= figure.Start && tokens[i - 1].End <= figure.End)
        {
            return false;
        }

        // "7 trimestres que l'Insee annonce des chiffres": a name or a speaker right before the verb is its subject.
        var before = i - 1;
        if (tokens[before].Upper || (lexicon.SpeakerNouns.MatchBefore(tokens, i, out _, out var nounStart) && nounStart < i))
        {
            return false;
        }

        return tokens[before].Kind != TokenKind.Word
            || !(lexicon.Determiners.Contains(tokens[before].Id) || lexicon.Pronouns.Contains(tokens[before].Id)
                || lexicon.PersonalPronouns.Contains(tokens[before].Id) || article.IsRelative(before) || lexicon.Subordinators.Contains(tokens[before].Id)
                || lexicon.Prepositions.Contains(tokens[before].Id) || lexicon.VerbClitics.Contains(tokens[before].Id)
                || lexicon.LeadingStrip.Contains(tokens[before].Id) || article.IsOf(before));
    }

    /// <summary>
    /// Whether the speaker of a verb set in before it without a comma stands as a verb's subject does: right after the verb
    /// (not after "de", "relève de la justice", nor after a subordinator, "the 3,000 jobs added since June", "1,200 cases
    /// reported since January"), and closing the sentence, with only occasions and its closing mark after it.
    /// </summary>
    private bool SpeakerClosesSentence(Attribution attribution, int verb)
    {
        if (attribution.Kind != SpeakerKind.Named || attribution.NameStart <= verb || article.IsOf(attribution.NameStart - 1)
            || article.Lexicon.Prepositions.Contains(article.Tokens[attribution.NameStart - 1].Id)
            || article.Lexicon.Subordinators.Contains(article.Tokens[attribution.NameStart - 1].Id))
        {
            return attribution.Kind == SpeakerKind.Pronoun;
        }

        var sentenceEnd = article.TokenRange(article.Sentences[article.SentenceOf(verb)]).End;
        var j = article.PastOccasions(attribution.NameEnd, sentenceEnd);
        return j >= sentenceEnd || (article.IsFullStop(j) && j + 1 >= sentenceEnd);
    }

    /// <summary>
    /// Where words that close a clause before a verb set in before its speaker start ("comme l'" in "…, comme l'a rapporté
    /// la préfecture"), which stand where a comma would; else the verb itself.
    /// </summary>
    private int AsSaidStart(int verb) => article.Lexicon.AsSaid.MatchBefore(article.Tokens, verb, out _, out var start) ? start : verb;
}
