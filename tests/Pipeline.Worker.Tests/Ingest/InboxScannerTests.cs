using Pipeline.Worker.Ingest;
using Xunit;

namespace Pipeline.Worker.Tests.Ingest;

public class InboxScannerTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void The_scan_skips_processed_failed_and_dot_folders_but_walks_other_subfolders()
    {
        var options = new InboxOptions { Path = _folder.Path };
        _folder.Write("a.txt", [1]);
        _folder.Write("agency/b.txt", [1]);
        _folder.Write("processed/c.txt", [1]);
        _folder.Write("failed/d.txt", [1]);
        _folder.Write(".trash/e.txt", [1]);

        var files = InboxScanner.FilesUnder(_folder.Path, options).Select(f => Path.GetRelativePath(_folder.Path, f)).Order();

        Assert.Equal(["a.txt", Path.Combine("agency", "b.txt")], files);
    }

    [Fact]
    public void Processed_and_failed_folders_outside_the_inbox_are_not_an_issue()
    {
        var options = new InboxOptions { Path = _folder.Combine("inbox"), ProcessedFolder = _folder.Combine("done"), FailedFolder = _folder.Combine("bad") };
        _folder.Write("inbox/processed/a.txt", [1]);

        Assert.Single(InboxScanner.FilesUnder(options.InboxPath, options));
    }

    [Fact]
    public void Links_are_listed_as_links_and_nothing_behind_them_is_listed()
    {
        var options = new InboxOptions { Path = _folder.Combine("inbox") };
        _folder.Write("outside/secret.txt", [1]);
        _folder.Write("outside/folder/inside.txt", [1]);
        _folder.Write("inbox/real.txt", [1]);
        File.CreateSymbolicLink(_folder.Combine("inbox", "to-file.txt"), _folder.Combine("outside", "secret.txt"));
        Directory.CreateSymbolicLink(_folder.Combine("inbox", "to-folder"), _folder.Combine("outside", "folder"));

        var entries = InboxScanner.EntriesUnder(options.InboxPath, options).ToDictionary(e => Path.GetRelativePath(options.InboxPath, e.Path), e => e.Status.Kind);

        Assert.Equal(
            new Dictionary<string, EntryKind> { ["real.txt"] = EntryKind.RegularFile, ["to-file.txt"] = EntryKind.SymbolicLink, ["to-folder"] = EntryKind.SymbolicLink },
            entries);
        Assert.Equal([_folder.Combine("inbox", "real.txt")], InboxScanner.FilesUnder(options.InboxPath, options));
    }

    [Fact]
    public async Task A_named_pipe_is_listed_as_such_and_never_opened()
    {
        var options = new InboxOptions { Path = _folder.Path };
        (await Pipeline.Testing.ToolRunner.RunAsync("mkfifo", [_folder.Combine("pipe.txt")], null, TimeSpan.FromSeconds(10))).EnsureSuccess();

        var entry = Assert.Single(InboxScanner.EntriesUnder(options.InboxPath, options));

        Assert.Equal((EntryKind.Special, "a named pipe (FIFO)"), (entry.Status.Kind, entry.Status.Description));
    }
}
