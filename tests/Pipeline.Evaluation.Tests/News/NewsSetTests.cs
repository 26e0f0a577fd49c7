using Pipeline.Evaluation.News;

namespace Pipeline.Evaluation.Tests.News;

/// <summary>The set is read as the pipeline reads its files, and a gold file that does not fit its article is refused.</summary>
public sealed class NewsSetTests
{
    private const string Article = " date 2017-09-03\nMore than 2000 people in seven shelters on September 2.\n";

    private static string GoldJson(int start, int end) => $$"""
        {
          "id": "en01", "language": "en",
          "figures": [
            { "text": "More than 2000", "occurrence": 1, "start": {{start}}, "end": {{end}}, "value": null, "low": 2000, "high": null,
              "approximate": false, "counted": "people", "lemma": "person", "unit": "person", "category": "displaced", "claim": true,
              "source": null, "sourceRole": null, "modality": "asserted", "subject": null }
          ],
          "nonFigures": [ { "text": "September 2", "occurrence": 1, "start": 43, "end": 54, "kind": "date" } ]
        }
        """;

    [Fact]
    public void Halves_are_the_folders_holding_gold_files_and_offsets_count_from_after_the_date_line()
    {
        using var folder = new TempFolder();
        foreach (var half in new[] { "test", "dev" })
        {
            Directory.CreateDirectory(folder.Combine(half));
            File.WriteAllText(folder.Combine(half, "en01.txt"), Article);
            File.WriteAllText(folder.Combine(half, "en01.gold.json"), GoldJson(0, 14));
        }

        var articles = NewsSet.Load(new DirectoryInfo(folder.Path)).Articles;

        Assert.Equal(["dev", "test"], articles.Select(a => a.Split));
        Assert.Equal("2017-09-03", articles[0].Date);
        Assert.StartsWith("More than 2000", articles[0].Text, StringComparison.Ordinal);
        Assert.Equal(2000, articles[0].Gold.Figures[0].Low);
    }

    [Fact]
    public void A_gold_file_without_its_article_text_is_skipped_and_named_while_the_others_are_read()
    {
        using var folder = new TempFolder();
        foreach (var half in new[] { "dev", "test" })
        {
            Directory.CreateDirectory(folder.Combine(half));
            File.WriteAllText(folder.Combine(half, "en01.gold.json"), GoldJson(0, 14));
        }

        // Only the dev text was rebuilt, as on a clone where press texts are not committed.
        File.WriteAllText(folder.Combine("dev", "en01.txt"), Article);

        var contents = NewsSet.Load(new DirectoryInfo(folder.Path));

        Assert.Equal(["dev"], contents.Articles.Select(a => a.Split));
        Assert.Equal(["test/en01.txt"], contents.Skipped);
    }

    [Fact]
    public void A_gold_span_that_is_not_the_text_at_its_offsets_is_refused()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.Combine("en01.txt"), Article);
        // Offsets counted with the date line, as an annotator might by mistake.
        File.WriteAllText(folder.Combine("en01.gold.json"), GoldJson(17, 31));

        var error = Assert.Throws<InvalidDataException>(() => NewsSet.Load(new DirectoryInfo(folder.Path)));
        Assert.Contains("\"More than 2000\" is not the text at 17..31", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_gold_file_missing_a_field_is_refused()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.Combine("en01.txt"), Article);
        File.WriteAllText(folder.Combine("en01.gold.json"), GoldJson(0, 14).Replace("\"modality\": \"asserted\", ", "", StringComparison.Ordinal));

        Assert.Throws<InvalidDataException>(() => NewsSet.Load(new DirectoryInfo(folder.Path)));
    }
}
