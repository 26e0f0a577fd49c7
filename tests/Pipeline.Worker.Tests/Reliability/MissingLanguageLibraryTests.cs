using Pipeline.Worker.Tests.Processes;
using Pipeline.Testing;
using Pipeline.Worker.Tests.EndToEnd;
using Pipeline.Worker.Tests.Ingest;
using Xunit.Abstractions;

namespace Pipeline.Worker.Tests.Reliability;

/// <summary>
/// The first command on a machine without Debian's libcld2-0: the library is hidden from the worker's process alone
/// (a private mount namespace binds /dev/null over it), and the language stage runs on the managed detector.
/// </summary>
public sealed class MissingLanguageLibraryTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Generous = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task Run_without_libcld2_stores_the_seeds_in_french_and_says_once_what_is_lost()
    {
        using var drop = new SeedDrop();
        drop.DropSeeds();
        using var worker = PipelineProcess.Start(["run", "--inbox", drop.Inbox, "--store", drop.StorePath], Path.GetDirectoryName(drop.Inbox)!, hideCld2: true);
        try
        {
            var store = await drop.WaitForArticlesAsync(SeedDrop.SeedFiles.Count, Generous);
            for (var i = 0; i < 100 && Directory.GetFiles(drop.Inbox).Length > 0; i++)
            {
                await Task.Delay(200);
            }

            await PipelineOutcome.AssertSeedsStoredAsync(drop, store);
            worker.AssertRunning();
        }
        finally
        {
            await worker.StopAsync(TimeSpan.FromMinutes(1));
            output.WriteLine(worker.Log(20));
        }

        var notice = Assert.Single(worker.Lines, l => l.Contains("managed detector (ELD) alone", StringComparison.Ordinal));
        Assert.Contains("apt-get install -y libcld2-0", notice);
        Assert.Contains("mixed-language", notice);
        Assert.DoesNotContain(worker.Lines, l => l.Contains("DllNotFoundException", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Ingest_without_libcld2_stores_the_seeds_in_french()
    {
        using var folder = new TempFolder();
        var store = folder.Combine("data", "pipeline.db");
        using var ingest = PipelineProcess.Start(["ingest", Seeds.Folder, "--store", store, "--json"], folder.Path, hideCld2: true);

        var exitCode = await ingest.WaitForExitAsync(Generous);
        output.WriteLine(ingest.Log(20));

        Assert.Equal(0, exitCode);
        var summary = Assert.Single(ingest.Lines, l => l.StartsWith("{\"files\"", StringComparison.Ordinal));
        Assert.Contains("\"articles\":5", summary);
        Assert.Contains("\"languages\":{\"fr\":5}", summary);
        Assert.Single(ingest.Lines, l => l.Contains("apt-get install -y libcld2-0", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Langid_without_libcld2_identifies_lines_with_the_managed_detector()
    {
        using var folder = new TempFolder();
        using var langid = PipelineProcess.Start(
            ["langid"], folder.Path, hideCld2: true, standardInput: "Le gouvernement a annoncé de nouvelles mesures.\nThe government announced new measures.\n");

        Assert.Equal(0, await langid.WaitForExitAsync(Generous));
        Assert.Equal(["fr", "en"], langid.Lines.Where(l => l.Contains('\t')).Select(l => l.Split('\t')[0]));
    }

    [Fact]
    public async Task A_language_library_that_fails_its_start_up_check_stops_run_before_any_file_is_touched()
    {
        using var drop = new SeedDrop();
        drop.DropSeeds();
        var before = Directory.GetFiles(drop.Inbox).ToDictionary(f => Path.GetFileName(f), File.ReadAllBytes);

        // A library that loads but is not CLD2: .NET's own native helper, present wherever .NET runs.
        var standIn = Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "libSystem.Native.so");
        using var worker = PipelineProcess.Start(
            ["run", "--inbox", drop.Inbox, "--store", drop.StorePath], Path.GetDirectoryName(drop.Inbox)!, cld2StandIn: standIn);

        Assert.Equal(1, await worker.WaitForExitAsync(Generous));
        output.WriteLine(worker.Log(10));
        Assert.Contains(worker.Lines, l => l.StartsWith("pipeline: ", StringComparison.Ordinal) && l.Contains("libcld2", StringComparison.Ordinal));
        Assert.Equal(before.Keys.Order(), Directory.GetFiles(drop.Inbox).Select(Path.GetFileName).Order());
        Assert.All(before, f => Assert.Equal(f.Value, File.ReadAllBytes(Path.Combine(drop.Inbox, f.Key))));
        Assert.False(Directory.Exists(drop.Processed));
        Assert.False(Directory.Exists(Path.Combine(drop.Inbox, "failed")));
        Assert.False(File.Exists(drop.StorePath), "the store was opened before the start-up check failed");
    }
}
