using System.Security.Cryptography;
using System.Text.Json;

namespace Pipeline.Evaluation.NewsQuant;

/// <summary>What was read: the sentences, and whether the file is the one whose scores we publish.</summary>
public sealed record NewsQuantContents(IReadOnlyList<NewsQuantSentence> Sentences, string Sha256, bool IsKnownVersion);

/// <summary>
/// Reads CQE's NewsQuant test set (satya77/CQE_Evaluation, data/formatted_test_set/NewsQuant.json): a JSON array of
/// <c>{text, quantities: [{change, value, unit, normalized_unit, referred_concepts}]}</c>. The file is not ours to
/// redistribute (tools/cqe-newsquant/README.md), so it is read from wherever the user put it.
/// </summary>
public static class NewsQuantSet
{
    public const string FileName = "NewsQuant.json";

    /// <summary>SHA-256 of the file at CQE_Evaluation commit 190c0ce, the version the README tells how to fetch.</summary>
    public const string KnownSha256 = "ed1cb78a81d7e69f07236c7a96cd63940069997d4c32923c784194f1f8e34e35";

    /// <summary>The file in <paramref name="folder"/>, or in its data/formatted_test_set (a CQE_Evaluation checkout).</summary>
    public static FileInfo? Find(DirectoryInfo folder) =>
        new[] { Path.Combine(folder.FullName, FileName), Path.Combine(folder.FullName, "data", "formatted_test_set", FileName) }
            .Select(path => new FileInfo(path))
            .FirstOrDefault(f => f.Exists);

    /// <exception cref="InvalidDataException">The file is not NewsQuant's shape.</exception>
    public static NewsQuantContents Load(FileInfo file)
    {
        var bytes = File.ReadAllBytes(file.FullName);
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        try
        {
            using var document = JsonDocument.Parse(bytes);
            var sentences = document.RootElement.EnumerateArray()
                .Select((item, i) => new NewsQuantSentence(
                    i + 1,
                    Text(item, "text"),
                    [.. item.GetProperty("quantities").EnumerateArray().Select(Quantity)]))
                .ToList();
            return new NewsQuantContents(sentences, sha, sha == KnownSha256);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new InvalidDataException($"{file.FullName}: not NewsQuant's shape ({e.Message})", e);
        }
    }

    private static CqeQuantity Quantity(JsonElement q) =>
        new(CqeValue.Parse(Text(q, "value")), Text(q, "normalized_unit"), Text(q, "unit"));

    private static string Text(JsonElement element, string name) =>
        element.GetProperty(name).GetString() ?? throw new InvalidDataException($"'{name}' is null");
}
