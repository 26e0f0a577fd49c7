using Pipeline.Analysis.Entities;
using Pipeline.Analysis.Figures;
using Pipeline.Analysis.Text;

namespace Pipeline.Analysis.Claims;

/// <summary>Where a figure belongs: the place nearest it that a place word introduces, or a place entity of its sentence.</summary>
internal sealed class LocationReader(ClaimTokens article)
{
    private List<Token> Tokens => article.Tokens;

    private ClaimLexicon Lexicon => article.Lexicon;

    /// <summary>"dans la région de Koursk", "en Ukraine", "près de Bakhmut": the place nearest the figure.</summary>
    public Mention? Location(SentenceSpan sentence, Figure? figure, Mention? source, Mention? subject, bool theatreOnly = false)
    {
        var tokens = Tokens;
        var (first, end) = article.TokenRange(sentence);
        Mention? best = null;
        var bestDistance = int.MaxValue;
        for (var i = first; i < end; i++)
        {
            if (!Lexicon.IsLocationWord(tokens[i].Id) || !Lexicon.LocationIntros.Match(tokens, i, out var strength, out var after))
            {
                continue;
            }

            // "in a Russian strike on Odesa": a nationality names who struck, not where.
            var j = after;
            var skipped = 0;
            while (j < end && skipped < 3 && tokens[j].Kind == TokenKind.Word && (!tokens[j].Upper || IsNationality(j)))
            {
                j++;
                skipped++;
            }

            if (j >= end || tokens[j].Kind != TokenKind.Word || !tokens[j].Upper || Lexicon.NotNames.Match(tokens, j, out _, out _))
            {
                continue;
            }

            var nameEnd = NameEnd(j, end);
            // "en S4", "in Q2": a single capital is a designation's letter, no place.
            if (nameEnd == j + 1 && tokens[j].Length == 1)
            {
                continue;
            }

            // "in Russia's Kursk region": the owner is named first, the place after it.
            if (nameEnd + 1 < end && article.IsPossessive(nameEnd) && tokens[nameEnd + 1].Kind == TokenKind.Word && tokens[nameEnd + 1].Upper
                && !Lexicon.NotNames.Match(tokens, nameEnd + 1, out _, out _))
            {
                j = nameEnd + 1;
                nameEnd = NameEnd(j, end);
            }

            // "in the Kursk region": a region word after the name makes it a theatre too. Otherwise the words skipped
            // may hold a theatre introducer of their own ("dans la région de Louhansk"), so reading resumes after "dans".
            if (theatreOnly && strength != "theatre"
                && !(nameEnd < end && Lexicon.LocationIntros.Match(tokens, nameEnd, out var regionWord, out _) && regionWord == "theatre"))
            {
                continue;
            }

            // The place's words are read as a mention only once it is the nearest: most places read are not kept.
            var key = Lexicon.Places.Match(tokens, j, out var place, out _) ? place : null;
            var entity = key is null ? KnownPlace(tokens[j].Start, tokens[nameEnd - 1].End) : null;
            var (placeStart, placeEnd) = entity is null ? (tokens[j].Start, tokens[nameEnd - 1].End) : (entity.Start, entity.End);
            if (source is { } src && placeStart < src.End && src.Start < placeEnd)
            {
                continue;
            }

            // "donnerait à la Russie un tremplin": the subject is not also the place.
            var placeKey = key ?? entity?.Canonical ?? article.Text.AsSpan(placeStart, placeEnd - placeStart);
            if (subject is { } owner && ClaimTokens.SameFolded(owner.Key, placeKey))
            {
                i = nameEnd - 1;
                continue;
            }

            var distance = figure is null ? -placeStart : Math.Abs(placeStart - figure.Start);
            if (distance < bestDistance)
            {
                best = entity is not null ? new Mention(entity.Start, entity.End, entity.Text, entity.Canonical) : article.MakeMention(j, nameEnd, key);
                bestDistance = distance;
            }

            i = nameEnd - 1;
        }

        if (best is null && figure is not null)
        {
            foreach (var entity in article.EntityIndex.Within(sentence.Start, sentence.End))
            {
                // "Moscou aurait envoyé": the name that stands for the state is its subject, not the place.
                if (entity.Type == EntityType.Place && !entity.IsNationality && entity.Start >= sentence.Start && entity.End <= sentence.End
                    && !Lexicon.Nationalities.Match(tokens, article.LowerBound(entity.Start), out _, out _)
                    && entity.Canonical != subject?.Key && !(subject is { } owner && owner.Start < entity.End && entity.Start < owner.End)
                    && !(source is { } said && said.Start < entity.End && entity.Start < said.End))
                {
                    return new Mention(entity.Start, entity.End, entity.Text, entity.Canonical);
                }
            }
        }

        return best;
    }

    private int NameEnd(int j, int end)
    {
        var tokens = Tokens;
        var nameEnd = j + 1;
        while (nameEnd < end)
        {
            if (tokens[nameEnd] is { Kind: TokenKind.Word, Upper: true, SpaceBefore: true })
            {
                nameEnd++;
            }
            else if (article.NameContinuation(nameEnd, end) is var past && past > nameEnd)
            {
                nameEnd = past;
            }
            else
            {
                break;
            }
        }

        return nameEnd;
    }

    private bool IsNationality(int token)
    {
        var tokens = Tokens;
        if (Lexicon.Nationalities.Match(tokens, token, out _, out _))
        {
            return true;
        }

        var start = tokens[token].Start;
        foreach (var entity in article.EntityIndex.Around(start))
        {
            if (entity.IsNationality && entity.Start <= start && start < entity.End)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The recognised place covering a capitalised name ("mer Noire" for "Noire"), so the place keeps its whole name.</summary>
    private EntityMention? KnownPlace(int start, int end)
    {
        foreach (var entity in article.EntityIndex.Around(start))
        {
            if (entity.Type == EntityType.Place && !entity.IsNationality && entity.Start <= start && end <= entity.End)
            {
                return entity;
            }
        }

        return null;
    }
}
