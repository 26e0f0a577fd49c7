using Pipeline.Evaluation.NewsQuant;

namespace Pipeline.Evaluation.Tests.NewsQuant;

/// <summary>Reading a NewsQuant file: a hand-made two-sentence file in the set's shape.</summary>
public sealed class NewsQuantSetTests
{
    private const string TwoSentences = """
        [
          {"text": "It rose 3 percent to $40.", "quantities": [
            {"change": "up", "value": "3.0", "unit": "percent", "normalized_unit": "percentage", "referred_concepts": "-"},
            {"change": "=", "value": "40.0", "unit": "$", "normalized_unit": "dollar", "referred_concepts": "-"}]},
          {"text": "It ran 1 to 1.5 miles.", "quantities": [
            {"change": "=", "value": "1.0-1.5", "unit": "miles", "normalized_unit": "mile", "referred_concepts": "-"}]}
        ]
        """;

    [Fact]
    public void Sentences_are_numbered_from_one_and_odd_numbers_are_the_development_half()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.Combine(NewsQuantSet.FileName), TwoSentences);

        var contents = NewsQuantSet.Load(NewsQuantSet.Find(new DirectoryInfo(folder.Path))!);

        Assert.Equal([(1, "dev", 2), (2, "test", 1)], contents.Sentences.Select(s => (s.Number, s.Split, s.Gold.Count)));
        Assert.Equal(new CqeValue(1.0, 1.5), contents.Sentences[1].Gold[0].Value);
        Assert.Equal("dollar", contents.Sentences[0].Gold[1].NormalizedUnit);
        Assert.False(contents.IsKnownVersion);
    }

    [Fact]
    public void A_CQE_Evaluation_checkout_is_found_through_its_data_folder()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.Combine("data", "formatted_test_set"));
        File.WriteAllText(folder.Combine("data", "formatted_test_set", NewsQuantSet.FileName), TwoSentences);

        Assert.NotNull(NewsQuantSet.Find(new DirectoryInfo(folder.Path)));
        Assert.Null(NewsQuantSet.Find(new DirectoryInfo(folder.Combine("data"))));
    }

    [Fact]
    public void A_file_of_another_shape_is_refused_with_its_name()
    {
        using var folder = new TempFolder();
        var path = folder.Combine(NewsQuantSet.FileName);
        File.WriteAllText(path, """[{"sentence": "no text field"}]""");

        var error = Assert.Throws<InvalidDataException>(() => NewsQuantSet.Load(new FileInfo(path)));
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }
}
