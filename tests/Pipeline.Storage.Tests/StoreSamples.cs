using Pipeline.Contracts;

namespace Pipeline.Storage.Tests;

/// <summary>Analysed articles built by hand for store tests.</summary>
internal static class StoreSamples
{
    public static FigureData Soldiers(double value, string text) => new()
    {
        Text = text,
        Start = 0,
        End = text.Length,
        Value = value,
        Low = value,
        High = value,
        Approximate = false,
        Unit = "soldier",
        Category = "personnel",
    };

    public static ClaimData Claim(FigureData figure, string key, string? source, string? sentence = null) => new()
    {
        Figure = figure,
        Subject = "la Russie",
        Location = "Koursk",
        Source = source,
        Modality = "reported",
        Sentence = sentence ?? $"La Russie a rassemblé {figure.Text} dans la région de Koursk.",
        Date = "2024-11",
        Key = key,
    };

    public static ArticleAnalyzed Article(Guid id, string fileName, params ClaimData[] claims)
        => Article(id, fileName, "fr", "La Russie a rassemblé 50 000 soldats.", claims);

    public static ArticleAnalyzed Article(Guid id, string fileName, string language, string text, params ClaimData[] claims) => new()
    {
        ArticleId = id,
        ReceivedAt = new DateTimeOffset(2024, 11, 10, 12, 0, 0, TimeSpan.Zero),
        Article = new ArticleContent { FileName = fileName, Text = text, Format = "txt", Encoding = "utf-8", Source = "Le Parisien" },
        Language = new LanguageData { Code = language, Confidence = 0.99 },
        Duplicate = new DuplicateData { Kind = "unique", Similarity = 0, Fingerprint = $"fp-{id:N}" },
        Entities = [new EntityData { Text = "Russie", Start = 3, End = 9, Type = "place", Canonical = "Russia", Id = "place:russia" }],
        Figures = claims.Select(c => c.Figure).ToList(),
        Claims = claims,
    };
}
