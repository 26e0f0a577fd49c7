using System.Diagnostics.CodeAnalysis;
using Pipeline.Contracts;

namespace Pipeline.Worker.Ingest;

/// <summary>What reading one file gave: the article, or the reason it cannot be one. The id is known either way.</summary>
public sealed record ArticleReadResult(Guid ArticleId, ArticleContent? Article, string? RejectionReason)
{
    [MemberNotNullWhen(true, nameof(Article))]
    [MemberNotNullWhen(false, nameof(RejectionReason))]
    public bool IsAccepted => Article is not null;

    public static ArticleReadResult Accepted(Guid id, ArticleContent article) => new(id, article, null);

    public static ArticleReadResult Rejected(Guid id, string reason) => new(id, null, reason);
}
