using MassTransit;

namespace Pipeline.Contracts;

/// <summary>The language stage identified the article's language.</summary>
[EntityName("Pipeline.Contracts:ArticleLanguageDetected")]
[MessageUrn("pipeline:article-language-detected:v1")]
public sealed record ArticleLanguageDetected
{
    /// <summary>Id of the article, as in <see cref="ArticleReceived"/>.</summary>
    public required Guid ArticleId { get; init; }

    /// <summary>When the watcher read the file.</summary>
    public required DateTimeOffset ReceivedAt { get; init; }

    /// <summary>The decoded article.</summary>
    public required ArticleContent Article { get; init; }

    /// <summary>The article's main language.</summary>
    public required LanguageData Language { get; init; }
}
