using MassTransit;

namespace Pipeline.Contracts;

/// <summary>
/// An article file was read from the inbox and decoded. Published by the watcher; the inbox file is moved
/// to the processed folder only after the broker confirmed this message.
/// </summary>
[EntityName("Pipeline.Contracts:ArticleReceived")]
[MessageUrn("pipeline:article-received:v1")]
public sealed record ArticleReceived
{
    /// <summary>Stable id of the article: derived from the file name and its bytes, so a re-published file keeps its id.</summary>
    public required Guid ArticleId { get; init; }

    /// <summary>When the watcher read the file.</summary>
    public required DateTimeOffset ReceivedAt { get; init; }

    /// <summary>The decoded article.</summary>
    public required ArticleContent Article { get; init; }
}
