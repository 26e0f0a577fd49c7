using Pipeline.Evaluation;

namespace Pipeline.Evaluation.Tests;

/// <summary><c>eval ... --write FILE</c> refreshes its own section of the report and nothing else.</summary>
public sealed class EvaluationDocumentTests
{
    private const string Report = """
        # Evaluation

        ## Figures and claims

        Intro.

        ### Suite A

        old A

        ### Suite B

        old B
        ```
        ## not a heading inside code
        ```
        tail of B

        ## Duplicates

        dup text
        """;

    [Fact]
    public async Task A_subsection_is_replaced_up_to_the_next_heading_of_its_level_or_higher()
    {
        using var folder = new TempFolder();
        var file = new FileInfo(folder.Combine("evaluation.md"));
        await File.WriteAllTextAsync(file.FullName, Report);

        await EvaluationDocument.ReplaceSectionAsync(file, "### Suite B", "new B", CancellationToken.None, "## Figures and claims");

        var text = await File.ReadAllTextAsync(file.FullName);
        Assert.Contains("### Suite A\n\nold A\n\n### Suite B\n\nnew B\n\n## Duplicates\n\ndup text", text.ReplaceLineEndings("\n"));
        Assert.DoesNotContain("tail of B", text);
        Assert.DoesNotContain("old B", text);
    }

    [Fact]
    public async Task A_missing_subsection_goes_at_the_end_of_its_parent_and_a_missing_section_at_the_end()
    {
        using var folder = new TempFolder();
        var file = new FileInfo(folder.Combine("evaluation.md"));
        await File.WriteAllTextAsync(file.FullName, Report);

        await EvaluationDocument.ReplaceSectionAsync(file, "### Suite C", "C", CancellationToken.None, "## Figures and claims");
        await EvaluationDocument.ReplaceSectionAsync(file, "## Named entities", "NER", CancellationToken.None);

        var text = (await File.ReadAllTextAsync(file.FullName)).ReplaceLineEndings("\n");
        Assert.Contains("tail of B\n\n### Suite C\n\nC\n\n## Duplicates", text);
        Assert.EndsWith("dup text\n\n## Named entities\n\nNER\n", text);
        Assert.Contains("old A", text);
    }
}
