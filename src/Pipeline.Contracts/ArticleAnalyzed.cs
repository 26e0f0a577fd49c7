using MassTransit;

namespace Pipeline.Contracts;

/// <summary>
/// The extraction stage found the article's entities, figures and claims. Exact duplicates are not analysed
/// again: their lists are empty and <see cref="Duplicate"/> names the original.
/// </summary>
[EntityName("Pipeline.Contracts:ArticleAnalyzed")]
[MessageUrn("pipeline:article-analyzed:v1")]
public sealed record ArticleAnalyzed
{
    /// <summary>Id of the article.</summary>
    public required Guid ArticleId { get; init; }

    /// <summary>When the watcher read the file.</summary>
    public required DateTimeOffset ReceivedAt { get; init; }

    /// <summary>The decoded article.</summary>
    public required ArticleContent Article { get; init; }

    /// <summary>The article's main language.</summary>
    public required LanguageData Language { get; init; }

    /// <summary>The duplicate verdict.</summary>
    public required DuplicateData Duplicate { get; init; }

    /// <summary>Named entities, in text order.</summary>
    public required IReadOnlyList<EntityData> Entities { get; init; }

    /// <summary>Every figure, in text order.</summary>
    public required IReadOnlyList<FigureData> Figures { get; init; }

    /// <summary>Claims: figures that count something real, with subject, source and modality.</summary>
    public required IReadOnlyList<ClaimData> Claims { get; init; }
}
