namespace Pipeline.Storage;

/// <summary>
/// Who backs a claim, for counting a group's distinct sources: the named source when the sentence gives one,
/// else the outlet that published the article, else the article itself.
/// </summary>
public static class ClaimSourceName
{
    public static string Of(string? claimSource, string? articleSource, Guid articleId)
    {
        var name = !string.IsNullOrWhiteSpace(claimSource) ? claimSource
            : !string.IsNullOrWhiteSpace(articleSource) ? articleSource
            : $"article {articleId:N}";
        return Normalize(name);
    }

    private static string Normalize(string name)
    {
        var words = name.Trim().ToLowerInvariant()
            .Replace('’', '\'')
            .Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words);
    }
}
