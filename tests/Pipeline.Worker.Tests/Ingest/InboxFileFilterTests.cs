using Pipeline.Worker.Ingest;
using Xunit;

namespace Pipeline.Worker.Tests.Ingest;

public class InboxFileFilterTests
{
    private static readonly InboxOptions Options = new() { Path = "/data/inbox" };

    [Theory]
    [InlineData("/data/inbox/article.txt", true)]
    [InlineData("/data/inbox/agency/article.html", true)]
    [InlineData("/data/inbox/report.pdf", true)]
    [InlineData("/data/inbox/article.txt.part", false)]
    [InlineData("/data/inbox/article.tmp", false)]
    [InlineData("/data/inbox/article.txt.crdownload", false)]
    [InlineData("/data/inbox/~$article.txt", false)]
    [InlineData("/data/inbox/article.txt~", false)]
    [InlineData("/data/inbox/.article.txt.swp", false)]
    [InlineData("/data/inbox/.DS_Store", false)]
    [InlineData("/data/inbox/.sync/article.txt", false)]
    [InlineData("/data/inbox/processed/article.txt", false)]
    [InlineData("/data/inbox/failed/article.txt", false)]
    [InlineData("/data/inbox/failed/article.txt.error.txt", false)]
    [InlineData("/data/elsewhere/article.txt", false)]
    public void Inbox_files_taken_and_left(string path, bool taken)
    {
        Assert.Equal(taken, InboxFileFilter.IsCandidate(path, Options));
    }
}
