using MassTransit;

namespace Pipeline.Contracts;

/// <summary>The duplicate stage compared the article with every article seen before.</summary>
[EntityName("Pipeline.Contracts:ArticleChecked")]
[MessageUrn("pipeline:article-checked:v1")]
public sealed record ArticleChecked
{
    /// <summary>Id of the article.</summary>
    public required Guid ArticleId { get; init; }

    /// <summary>When the watcher read the file.</summary>
    public required DateTimeOffset ReceivedAt { get; init; }

    /// <summary>The decoded article.</summary>
    public required ArticleContent Article { get; init; }

    /// <summary>The article's main language.</summary>
    public required LanguageData Language { get; init; }

    /// <summary>Whether the article is new, an exact copy or a near copy of an earlier one.</summary>
    public required DuplicateData Duplicate { get; init; }
}
