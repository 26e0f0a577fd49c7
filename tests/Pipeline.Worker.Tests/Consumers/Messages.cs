using Pipeline.Contracts;

namespace Pipeline.Worker.Tests.Consumers;

/// <summary>Stage messages built by hand.</summary>
internal static class Messages
{
    public const string FrenchText =
        "La Russie aurait massé 1 800 chars près de la frontière, selon un responsable ukrainien. " +
        "Le ministère de la Défense a déclaré mercredi que les forces ukrainiennes avaient reculé.";

    public static ArticleContent Content(string text, string fileName = "article.txt") =>
        new() { FileName = fileName, Text = text, Format = "txt", Encoding = "utf-8", Published = "2023-02" };

    public static ArticleReceived Received(string text, Guid? id = null) =>
        new() { ArticleId = id ?? Guid.NewGuid(), ReceivedAt = DateTimeOffset.UtcNow, Article = Content(text) };

    public static ArticleLanguageDetected LanguageDetected(string text, Guid? id = null) => new()
    {
        ArticleId = id ?? Guid.NewGuid(),
        ReceivedAt = DateTimeOffset.UtcNow,
        Article = Content(text),
        Language = new LanguageData { Code = "fr", Confidence = 0.99 },
    };

    public static ArticleChecked Checked(string text, string kind, Guid? originalId = null) => new()
    {
        ArticleId = Guid.NewGuid(),
        ReceivedAt = DateTimeOffset.UtcNow,
        Article = Content(text),
        Language = new LanguageData { Code = "fr", Confidence = 0.99 },
        Duplicate = new DuplicateData { Kind = kind, OriginalId = originalId, Similarity = kind == "unique" ? 0 : 1, Fingerprint = "f" },
    };
}
