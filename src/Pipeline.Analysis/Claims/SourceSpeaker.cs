using Pipeline.Analysis.Entities;

namespace Pipeline.Analysis.Claims;

/// <summary>
/// Who a source names and in what role. "army spokesman Col. John Smith" is John Smith, whose role is "army spokesman
/// Col."; a later "Smith said" keeps the role the article gave him first. Analysts read and group sources by the name,
/// the shortest form that names the speaker, so a role written with the name is kept beside it rather than inside it.
/// </summary>
/// <param name="Name">The source as the claim gives it: the person's name when the rest of the source is their role.</param>
/// <param name="Id">Canonical id of the person or organisation the source names, when one is recognised.</param>
/// <param name="Role">The title or role the article gives the person ("porte-parole de l'armée"), when it gives one.</param>
internal readonly record struct SourceSpeaker(string Name, string? Id, string? Role)
{
    public static SourceSpeaker Of(string text, string source, int start, int end, EntityIndex entities, ClaimLexicon lexicon)
    {
        // "La Banque" read back for "Elle" where the text named "La Banque de France": a source never cuts a name in two.
        EntityMention? cut = null;
        foreach (var e in entities.Within(start, end - 1))
        {
            if (e.End > end && !e.IsNationality && e.Type is EntityType.Organisation or EntityType.Person)
            {
                cut = e;
                break;
            }
        }

        if (cut is not null && text.AsSpan(end, cut.End - end).IndexOfAny('.', '\n', ',') < 0)
        {
            end = cut.End;
            source = text[start..end];
        }

        EntityMention? named = null;
        foreach (var e in entities.Within(start, end))
        {
            if (e.End <= end && !e.IsNationality && e.Type is EntityType.Organisation or EntityType.Person)
            {
                named = e;
                break;
            }
        }

        if (named is null || named.Type != EntityType.Person)
        {
            return new SourceSpeaker(source, named?.Id, null);
        }

        var role = named.Role;
        if (role is null)
        {
            foreach (var e in entities.Within(int.MinValue, named.Start - 1))
            {
                if (e.Id == named.Id && e.Role is not null)
                {
                    role = e.Role;
                    break;
                }
            }
        }

        if (named.Role is not { } given)
        {
            return new SourceSpeaker(source, named.Id, role);
        }

        var nameOffset = named.Start - start;
        if (nameOffset > 0 && source.AsSpan(0, nameOffset).Contains(given, StringComparison.Ordinal))
        {
            // "Defence Minister Grant Shapps", "ministry spokesman Ashraf al-Qudra": the words before the name are its role
            // (with qualifiers the entity stage may have left out), and the name runs to the source's end.
            return new SourceSpeaker(source[nameOffset..], named.Id, WithoutArticle(source.AsSpan(0, nameOffset).Trim(" ,\u00A0"), lexicon));
        }

        var at = source.IndexOf(given, nameOffset, StringComparison.Ordinal);
        if (at > nameOffset && source.AsSpan(at + given.Length).Trim(" ,.").IsEmpty)
        {
            // "Jean Dupont, le porte-parole du ministère": the role and the article or comma that joins it go.
            var before = source.AsSpan(0, at).TrimEnd(" ,(\u00A0");
            var article = before.LastIndexOfAny(' ', ',');
            var nameEnd = article > 0 && IsArticle(before[(article + 1)..], lexicon) ? article : before.Length;
            return new SourceSpeaker(before[..nameEnd].TrimEnd(" ,").ToString(), named.Id, role);
        }

        return new SourceSpeaker(source, named.Id, role);
    }

    /// <summary>"le porte-parole de l'armée" is the role "porte-parole de l'armée": the article opens the phrase, not the role.</summary>
    private static string WithoutArticle(ReadOnlySpan<char> phrase, ClaimLexicon lexicon)
    {
        var space = phrase.IndexOf(' ');
        return space > 0 && IsArticle(phrase[..space], lexicon) ? phrase[(space + 1)..].ToString() : phrase.ToString();
    }

    /// <summary>One of the language's determiners ("le", "les", "the", "his").</summary>
    private static bool IsArticle(ReadOnlySpan<char> word, ClaimLexicon lexicon) => lexicon.Determiners.Contains(lexicon.Vocabulary.Find(word));
}
