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
}
