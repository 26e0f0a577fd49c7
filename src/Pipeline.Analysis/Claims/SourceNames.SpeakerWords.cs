using Pipeline.Analysis.Text;

namespace Pipeline.Analysis.Claims;

/// <summary>Whether words can name who speaks at all, so that a place, a topic or a quantity is never taken for a source.</summary>
internal sealed partial class SourceNames
{
    /// <summary>
    /// Whether the words can name who speaks: a name (a capitalised word that is not only opening its sentence, nor an
    /// adverb there: "However, economists"), or a phrase holding a speaker noun ("officials", "le procureur", "state
    /// media") or a document ("a new study"). "percent of votes counted", "homeowners' claims", "toujours" name no one.
    /// </summary>
    private bool IsSpeakerPhrase(int start, int end)
    {
        var tokens = Tokens;
        // "homeowners' claims": a phrase closing on a plural's possessive mark owns what follows it; it says nothing.
        var last = tokens[end - 1];
        if ((last.Kind == TokenKind.Word && last.Length > 1 && TextFolding.IsApostrophe(article.Text[last.End - 1]))
            || (end < tokens.Count && tokens[end] is { Kind: TokenKind.Symbol, Adjacent: true } mark && TextFolding.IsApostrophe(article.Text[mark.Start])))
        {
            return false;
        }

        // "La semaine passée a enregistré 7 cas", "Le mois dernier a compté": a phrase headed by a span of time dates
        // something; it says nothing.
        var head = Lexicon.Determiners.Match(tokens, start, out _, out var afterDeterminer) ? afterDeterminer : start;
        if (head < end && Lexicon.TimeUnits.Match(tokens, head, out _, out _))
        {
            return false;
        }

        // "1,600 homeowners claims and …": a counted phrase speaks only when its noun is a known speaker ("42 forecasters").
        var counted = tokens[start].Kind == TokenKind.Number || (start > 0 && tokens[start - 1].Kind == TokenKind.Number);
        // "l'attentat de la promenade de Nice", "the country due to dengue with Kerala …": the head before "de"/"of" or
        // another preposition must speak itself; the name after it is its topic.
        var link = start + 1;
        while (link < end && !LinksComplement(link))
        {
            link++;
        }

        if (link < end && !HoldsSpeaker(start, link, counted) && !Lexicon.PartitiveHeads.Match(tokens, link - 1, out _, out _))
        {
            return false;
        }

        return HoldsSpeaker(start, end, counted);
    }

    /// <summary>Whether the word joins a complement to the noun before it, outside a name ("the country | due to …",
    /// "le ministère | de la Santé", but not "Centers for Disease Control").</summary>
    private bool LinksComplement(int k) =>
        IsLink(k) && !(Tokens[k - 1].Upper && k + 1 < Tokens.Count && Tokens[k + 1] is { Kind: TokenKind.Word, Upper: true } && !Lexicon.Of.Match(Tokens, k, out _, out _));

    private bool IsLink(int k)
    {
        var token = Tokens[k];
        return token.Kind == TokenKind.Word && (!token.Upper || OpensSentence(k)) && token.Id >= 0 && !OpensCompound(k)
            && (Lexicon.Of.Contains(token.Id) || Lexicon.Prepositions.Contains(token.Id) || Lexicon.Agents.Contains(token.Id)
                || Lexicon.PhraseLinks.Contains(token.Id));
    }

    /// <summary>Whether a word of the stretch is a name or a speaker noun.</summary>
    private bool HoldsSpeaker(int start, int end, bool counted)
    {
        var tokens = Tokens;
        for (var k = start; k < end; k++)
        {
            if (tokens[k].Kind != TokenKind.Word || Lexicon.Adverbs.Match(tokens, k, out _, out _))
            {
                continue;
            }

            if (tokens[k].Upper && !(OpensSentence(k) && IsOpeningWord(k)))
            {
                return true;
            }

            if (NamesSpeakerNoun(k) || Lexicon.Documents.Match(tokens, k, out _, out _) || (!counted && (IsAgentNoun(k) || IsSpeakerWord(k))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// ", indique orange pour la pluie": a lone lowercase word in its singular that is also an adjective, with no
    /// determiner, is a colour or a quality, not a speaker, unless the lists name it one; a bare plural ("said officials",
    /// "indiquent pompiers et gendarmes") still speaks.
    /// </summary>
    private bool IsBareAdjective(int k)
    {
        var token = Tokens[k];
        return token is { Kind: TokenKind.Word, Upper: false } && !NamesSpeakerNoun(k) && Lexicon.Words is { } words
            && words.TryRead(article.Text.AsSpan(token.Start, token.Length), out var form) && form.IsAdjective && !form.Inflected;
    }

    /// <summary>Whether the word is a speaker, role or authority noun from the lists ("officials", "spokesman", "le parquet").</summary>
    private bool NamesSpeakerNoun(int k) =>
        Lexicon.SpeakerNouns.Match(Tokens, k, out _, out _) || Lexicon.RoleNouns.Match(Tokens, k, out _, out _) || Lexicon.Authorities.Match(Tokens, k, out _, out _);

    /// <summary>A noun the lexicon says names a person or a group of people ("the utility", "the league", "rescuers"): a
    /// speaker the lists do not hold.</summary>
    private bool IsSpeakerWord(int k)
    {
        var token = Tokens[k];
        return Lexicon.Words is { } words && words.TryRead(article.Text.AsSpan(token.Start, token.Length), out var form) && form.IsNoun && form.IsSpeaker;
    }

    /// <summary>How long a word must be before its ending alone says it names who does something.</summary>
    private const int AgentNounLength = 6;

    /// <summary>A noun whose ending names who does something ("riverains", "forecasters", "gouverneur"): a speaker the
    /// lists do not hold yet.</summary>
    private bool IsAgentNoun(int k)
    {
        var token = Tokens[k];
        if (token.Kind != TokenKind.Word || token.Length < AgentNounLength)
        {
            return false;
        }

        var word = article.Text.AsSpan(token.Start, token.Length);
        foreach (var suffix in Lexicon.SpeakerSuffixes)
        {
            if (word.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A word that is capitalised for opening its sentence, not for being a name: an adverb or a function word.</summary>
    private bool IsOpeningWord(int k) =>
        IsFunction(k) || Lexicon.Adverbs.Match(Tokens, k, out _, out _) || Lexicon.NotNames.Match(Tokens, k, out _, out _)
        || Lexicon.Subordinators.Match(Tokens, k, out _, out _);

    /// <summary>Whether the token opens its sentence or line, so that its capital says nothing of a name.</summary>
    private bool OpensSentence(int d) => d == 0 || Tokens[d].LineStart || article.IsFullStop(d - 1);
}
