using Pipeline.Storage;
using Pipeline.Worker.Tests.EndToEnd;
using Pipeline.Worker.Tests.Ingest;
using Pipeline.Worker.Tests.Operations;

namespace Pipeline.Worker.Tests.Commands;

/// <summary>What scripts read when <c>ingest</c> and the list commands write to a pipe: plain lines, no escape codes, one line per row.</summary>
public sealed class ListCommandsTests
{
    [Fact]
    public async Task Ingest_into_a_pipe_prints_the_plain_summary_and_each_list_command_one_plain_line_per_row()
    {
        using var drop = new SeedDrop();
        var ingest = await CommandRunner.RunAsync("ingest", Seeds.Folder, "--store", drop.StorePath);
        Assert.Equal(0, ingest.ExitCode);
        Assert.Equal(
            ["files:      5", "articles:   5 stored", "languages:  fr 5", "duplicates: 0 exact, 0 near"],
            ingest.Output.Split('\n').Take(4));
        Assert.DoesNotContain('\x1b', ingest.Output);

        var store = await drop.WaitForArticlesAsync(5, TimeSpan.FromSeconds(5));
        var articles = Table(await CommandRunner.RunAsync("articles", "--store", drop.StorePath));
        Assert.Equal(["id", "file", "lang", "published", "duplicate", "of", "entities", "figures", "claims"], articles.Header);
        Assert.Equal(SeedDrop.SeedFiles.Select(Path.GetFileName).Order(), articles.Rows.Select(r => r[1]).Order());
        var seed001 = Assert.Single(articles.Rows, r => r[1].StartsWith("001_"));
        Assert.Equal(["fr", "2023-02", "unique", "-"], seed001[2..6]);

        var claims = Table(await CommandRunner.RunAsync("claims", "--store", drop.StorePath));
        Assert.Equal("article", claims.Header[0]);
        Assert.Equal((await store.ListClaimsAsync(new ClaimQuery(Limit: int.MaxValue), CancellationToken.None)).Count, claims.Rows.Count);

        var groups = Table(await CommandRunner.RunAsync("claims", "--grouped", "--store", drop.StorePath));
        Assert.Equal("group", groups.Header[0]);
        Assert.Equal((await store.ListClaimGroupsAsync(new ClaimQuery(Limit: int.MaxValue), CancellationToken.None)).Count, groups.Rows.Count);

        var entities = Table(await CommandRunner.RunAsync("entities", "--store", drop.StorePath));
        Assert.Equal(["id", "canonical", "type", "mentions", "articles", "written", "as"], entities.Header);
        Assert.Equal((await store.ListEntitiesAsync(int.MaxValue, CancellationToken.None)).Count, entities.Rows.Count);
    }

    /// <summary>The header's words, and each row's cells as a script splits them on runs of spaces.</summary>
    private static (string[] Header, List<string[]> Rows) Table(CommandResult result)
    {
        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain('\x1b', result.Output);
        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd()).ToList();
        Assert.Matches("^─+$", lines[1]);
        return (
            lines[0].Split(' ', StringSplitOptions.RemoveEmptyEntries),
            lines.Skip(2).Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList());
    }
}
