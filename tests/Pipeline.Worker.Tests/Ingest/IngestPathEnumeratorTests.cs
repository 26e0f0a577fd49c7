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
        _folder.Write("z.txt", [1]);
        _folder.Write("image.png", [1]);
        _folder.Write("e.txt.part", [1]);
        _folder.Write(".git/config.txt", [1]);
        _folder.Write(".hidden.txt", [1]);

        var plan = IngestPathEnumerator.Enumerate([_folder.Path]);

        Assert.Equal(["a.md", "b.txt", "sub/c.html", "sub/d.json", "z.txt"], plan.Files.Select(f => f.RelativeName));
        Assert.Equal(_folder.Combine("sub", "c.html"), plan.Files[2].FullPath);
        Assert.Empty(plan.Missing);
        Assert.Empty(plan.Skipped);
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
    public void A_link_met_inside_a_folder_is_skipped_with_a_reason_and_what_it_points_to_is_not_listed()
    {
        _folder.Write("outside/secret.txt", [1]);
        _folder.Write("outside/folder/inside.txt", [1]);
        _folder.Write("given/real.txt", [1]);
        File.CreateSymbolicLink(_folder.Combine("given", "to-file.txt"), _folder.Combine("outside", "secret.txt"));
        Directory.CreateSymbolicLink(_folder.Combine("given", "to-folder"), _folder.Combine("outside", "folder"));

        var plan = IngestPathEnumerator.Enumerate([_folder.Combine("given")]);

        Assert.Equal(["real.txt"], plan.Files.Select(f => f.RelativeName));
        Assert.Equal(["to-file.txt", "to-folder"], plan.Skipped.Select(s => s.Name));
        Assert.All(plan.Skipped, s => Assert.Contains("symbolic link, not followed inside a folder", s.Reason));
    }

    [Fact]
    public void A_link_given_by_name_is_followed_under_its_own_name_and_a_linked_folder_is_walked_without_its_inner_links()
    {
        _folder.Write("outside/secret.txt", [1]);
        _folder.Write("outside/folder/inside.txt", [1]);
        File.CreateSymbolicLink(_folder.Combine("outside", "folder", "inner-link.txt"), _folder.Combine("outside", "secret.txt"));
        var fileLink = _folder.Combine("chosen.txt");
        var folderLink = _folder.Combine("chosen-folder");
        File.CreateSymbolicLink(fileLink, _folder.Combine("outside", "secret.txt"));
        Directory.CreateSymbolicLink(folderLink, _folder.Combine("outside", "folder"));

        var plan = IngestPathEnumerator.Enumerate([fileLink, folderLink]);

        Assert.Equal([("chosen.txt", true), ("inside.txt", false)], plan.Files.Select(f => (f.RelativeName, f.FollowLink)));
        Assert.Equal(["inner-link.txt"], plan.Skipped.Select(s => s.Name));
    }

    [Fact]
    public void The_seed_folder_gives_the_five_seeds_with_the_ids_the_inbox_would_give()
    {
        var plan = IngestPathEnumerator.Enumerate([Seeds.Folder]);

        Assert.Equal(5, plan.Files.Count);
        Assert.All(plan.Files, f => Assert.Equal(Path.GetFileName(f.FullPath), f.RelativeName));
    }
}
