using Pipeline.Worker.Ingest;
using Xunit;

namespace Pipeline.Worker.Tests.Ingest;

public class IngestPathEnumeratorTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_folder_gives_its_supported_files_recursively_named_relative_to_it()
    {
        _folder.Write("b.txt", [1]);
        _folder.Write("a.md", [1]);
        _folder.Write("sub/c.html", [1]);
        _folder.Write("sub/d.json", [1]);
        _folder.Write("image.png", [1]);
        _folder.Write("e.txt.part", [1]);
        _folder.Write(".git/config.txt", [1]);
        _folder.Write(".hidden.txt", [1]);

        var plan = IngestPathEnumerator.Enumerate([_folder.Path]);

        Assert.Equal(["a.md", "b.txt", "sub/c.html", "sub/d.json"], plan.Files.Select(f => f.RelativeName));
        Assert.Equal(_folder.Combine("sub", "c.html"), plan.Files[2].FullPath);
        Assert.Empty(plan.Missing);
    }

    [Fact]
    public void A_file_given_by_name_is_taken_even_when_unsupported_so_its_rejection_is_reported()
    {
        var pdf = _folder.Write("report.pdf", [1]);

        var plan = IngestPathEnumerator.Enumerate([pdf]);

        Assert.Equal("report.pdf", Assert.Single(plan.Files).RelativeName);
    }

    [Fact]
    public void Missing_paths_are_listed_and_duplicates_taken_once()
    {
        var a = _folder.Write("a.txt", [1]);

        var plan = IngestPathEnumerator.Enumerate([a, _folder.Path, _folder.Combine("nope.txt")]);

        Assert.Equal(a, Assert.Single(plan.Files).FullPath);
        Assert.Equal([_folder.Combine("nope.txt")], plan.Missing);
    }

    [Fact]
    public void The_seed_folder_gives_the_five_seeds_with_the_ids_the_inbox_would_give()
    {
        var plan = IngestPathEnumerator.Enumerate([Seeds.Folder]);

        Assert.Equal(5, plan.Files.Count);
        Assert.All(plan.Files, f => Assert.Equal(Path.GetFileName(f.FullPath), f.RelativeName));
    }
}
