using Pipeline.Analysis.Text;

namespace Pipeline.Analysis.Claims;

/// <summary>A pronoun, "la même source" or a description stands for a speaker named before; the source is that speaker.</summary>
internal sealed partial class SourceReader
{
    /// <summary>How many sentences back a pronoun, or "the same source", looks for the speaker it stands for.</summary>
    private const int PronounReach = 2;
    private const int SameSourceReach = 5;

    private Mention? Resolve(Attribution attribution, int sentence) => attribution.Kind switch
    {
        SpeakerKind.Named => Described(attribution, sentence) ?? Named(attribution.NameStart, attribution.NameEnd, sentence),
        // "selon lui" inside a sentence stands for someone of that sentence; "…, he said" may continue the speaker before.
        SpeakerKind.Pronoun => Antecedent(sentence, attribution.Start, PronounReach, subjects: true, Plural(attribution)),
        SpeakerKind.SameSource => Antecedent(sentence, attribution.Start, SameSourceReach, subjects: false),
        _ => null,
    };

    /// <summary>Whether the attribution's pronoun is a plural one ("they"), which may stand for a bare plural of speakers.</summary>
    private bool Plural(Attribution attribution) =>
        article.Lexicon.SpeakerPronouns.Match(article.Tokens, attribution.NameStart, out var plural, out _) && plural;

    /// <summary>
    /// The speaker a pronoun or "la même source" stands for: the last one named before it, in its sentence or up to
    /// <paramref name="reach"/> sentences back. Another pronoun on the way is the same speaker still speaking. With no
    /// speaker named, a pronoun (not "la même source", which names a speaker) stands for the name opening an earlier sentence.
    /// </summary>
    private Mention? Antecedent(int sentence, int beforeToken, int reach, bool subjects, bool plural = false)
    {
        var floor = sentence - reach;
        for (var t = sentence; t >= 0 && t >= floor; t--)
        {
            var (first, end) = article.TokenRange(article.Sentences[t]);
            if (t == sentence)
            {
                end = beforeToken;
                // "Le ministre a été catégorique : « … », a-t-il lancé": the pronoun after the quotation stands for the
                // subject that opened it.
                if (subjects && FramedQuotation(first, end) is { } frame)
                {
                    return Named(frame.NameStart, frame.NameEnd, t);
                }
            }

            // "Tom Finn a tenté de s'y rendre. Il a tweeté : « … » Il a ajouté : « … »": a pronoun speaker of the same number
            // before stands for the same speaker, so the name is looked for as far back from there.
            if (subjects && t < sentence && MainSpeaker(first, end) is { Kind: SpeakerKind.Pronoun } chained && Plural(chained) == plural)
            {
                floor = Math.Min(floor, t - reach);
            }

            // "…, according to the latest survey. They had estimated …": a pronoun stands for who speaks, not for a document.
            if (MainSpeaker(first, end) is { Kind: SpeakerKind.Named } named && !(subjects && names.NamesDocumentOnly(named.NameStart, named.NameEnd)))
            {
                var (nameStart, nameEnd) = names.PersonAfterTitle(named.NameStart, named.NameEnd);
                var lowest = article.TokenRange(article.Sentences[Math.Max(0, t - SameSourceReach)]).First;
                (nameStart, nameEnd) = names.FullerPerson(nameStart, nameEnd, lowest - 1);
                return Named(nameStart, nameEnd, t);
            }

            // "Le préfet Marc Dubois s'est rendu sur place. « … », a-t-il ajouté": with no speaker named, the pronoun
            // stands for who the sentence before is about, the name that opens it.
            // A sentence that opens a quotation is the speaker's words, not who they are about.
            if (subjects && t < sentence && first < end && article.IsQuote(first) && article.OpensQuote(first))
            {
                continue;
            }

            if (subjects && t < sentence && OpeningName(first, end, plural) is { } opening)
            {
                var (openingStart, openingEnd) = OpeningSpeaker(article.LowerBound(opening.Start), article.LowerBound(opening.End), end);
                return Named(openingStart, openingEnd, t);
            }
        }

        return null;
    }

    /// <summary>
    /// "The insurer reported 700 claims", "l'institution de Bretton Woods déclare", "précise le communiqué": a definite
    /// description (or a document) standing for a speaker the text named before is that speaker, the last one named in
    /// the sentences before; with none, the description is the source as written.
    /// </summary>
    private Mention? Described(Attribution attribution, int sentence)
    {
        if (!IsDescription(attribution.NameStart, attribution.NameEnd))
        {
            return null;
        }

        // The sentences before, not the description's own: a speaker inside its quotation is what the document says.
        for (var t = sentence - 1; t >= 0 && t >= sentence - SameSourceReach; t--)
        {
            var (first, end) = article.TokenRange(article.Sentences[t]);
            if (MainSpeaker(first, end) is { Kind: SpeakerKind.Named } named && !IsDescription(named.NameStart, named.NameEnd))
            {
                // "The Labor Department said … Economists had expected 0.1 percent. The report also said …": forecasters
                // issue no report and are no company; the description stands for who spoke before them.
                if (NamesForecaster(named))
                {
                    continue;
                }

                // "The minister, John Smith, said … The report said": a person is no document; the report stays as written.
                return IsDocument(attribution.NameStart, attribution.NameEnd) && InEntity(named.NameStart, named.NameEnd, Entities.EntityType.Person)
                    ? null
                    : Named(named.NameStart, named.NameEnd, t);
            }

            // "Le FMI a relevé ses prévisions. L'institution table sur …": who the sentence before is about, when a name.
            if (OpeningName(first, end) is { } opening && HoldsName(article.LowerBound(opening.Start), article.LowerBound(opening.End)))
            {
                return Named(article.LowerBound(opening.Start), article.LowerBound(opening.End), t);
            }
        }

        return null;
    }

    private bool IsDocument(int start, int end) => article.HasPhrase(article.Lexicon.Documents, start, end);

    /// <summary>Whether a word after the first is capitalised: a name, not a sentence's opening capital.</summary>
    private bool HoldsName(int start, int end)
    {
        for (var k = start + 1; k < end; k++)
        {
            if (article.Tokens[k] is { Kind: TokenKind.Word, Upper: true })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the words are a definite determiner and a noun that describes a speaker rather than naming it
    /// ("the insurer", "l'institution de Bretton Woods", "le communiqué"), with no speaker noun after it.</summary>
    private bool IsDescription(int start, int end)
    {
        var tokens = article.Tokens;
        var lexicon = article.Lexicon;
        // "la Banque mondiale", "l'Organisation internationale pour les migrations": a capitalised head is a name.
        if (!lexicon.DescriptionDeterminers.Match(tokens, start, out _, out var head) || head >= end || tokens[head].Upper
            || !lexicon.DescriptionNouns.Match(tokens, head, out _, out var after))
        {
            return false;
        }

        for (var k = after; k < end; k++)
        {
            if (lexicon.SpeakerNouns.Match(tokens, k, out _, out _) || lexicon.RoleNouns.Match(tokens, k, out _, out _))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A speaker's name, or the fuller name the text gave the same speaker in the sentences before ("détaille le ministère"
    /// after "a indiqué le ministère congolais de la Santé"). A fuller name the text gave only as who acts ("Le parquet
    /// d'Evry a fait appel. Le parquet avait requis…") leaves the speaker as written.
    /// </summary>
    private Mention Named(int nameStart, int nameEnd, int sentence)
    {
        if (names.NamedBefore(nameStart, nameEnd) is var again && again != (nameStart, nameEnd))
        {
            return article.MakeMention(again.Start, again.End, null);
        }

        var lowest = article.TokenRange(article.Sentences[Math.Max(0, sentence - SameSourceReach)]).First;
        var (start, end) = names.Fuller(nameStart, nameEnd, lowest - 1);
        return (start, end) != (nameStart, nameEnd) && Speaks(start, end)
            ? article.MakeMention(start, end, null)
            : article.MakeMention(nameStart, nameEnd, null);
    }

    /// <summary>Whether an attribution of its sentence names the words from <paramref name="start"/> to <paramref name="end"/> as its speaker.</summary>
    private bool Speaks(int start, int end)
    {
        var (first, stop) = article.TokenRange(article.Sentences[article.SentenceOf(start)]);
        for (var i = first; i < stop; i++)
        {
            if (At(i, first, stop, null, out var attribution) && attribution.Kind == SpeakerKind.Named
                && attribution.NameStart < end && start < attribution.NameEnd)
            {
                return true;
            }
        }

        return false;
    }
}
