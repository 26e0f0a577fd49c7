using MassTransit;

namespace Pipeline.Contracts;

/// <summary>
/// One claim read from an article, published by the sink after the store holds the article and the claim's
/// group, so a subscriber can always look up what it names. RabbitMQ: fanout exchange
/// <c>Pipeline.Contracts:ClaimExtracted</c> (durable); bind your own queue to it. The body is MassTransit's JSON
/// envelope: this record is its <c>message</c> property, and <c>messageType</c> holds <c>urn:message:pipeline:claim-extracted:v1</c>.
/// </summary>
[EntityName("Pipeline.Contracts:ClaimExtracted")]
[MessageUrn("pipeline:claim-extracted:v1")]
public sealed record ClaimExtracted
{
    /// <summary>Stable id of this claim: the same on redelivery.</summary>
    public required Guid ClaimId { get; init; }

    /// <summary>The article the claim was read from.</summary>
    public required Guid ArticleId { get; init; }

    /// <summary>The group of claims with the same key across articles.</summary>
    public required Guid GroupId { get; init; }

    /// <summary>How many distinct articles back the group, this one included.</summary>
    public required int GroupArticleCount { get; init; }

    /// <summary>How many distinct sources back the group (articles asserting it themselves count by outlet or file).</summary>
    public required int GroupSourceCount { get; init; }

    /// <summary>The claim.</summary>
    public required ClaimData Claim { get; init; }

    /// <summary>The article's language code.</summary>
    public required string Language { get; init; }

    /// <summary>Title of the article, when known.</summary>
    public string? ArticleTitle { get; init; }

    /// <summary>URL of the article, when known.</summary>
    public string? ArticleUrl { get; init; }
}
