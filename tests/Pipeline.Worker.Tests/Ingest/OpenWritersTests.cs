using System.Diagnostics;
using Pipeline.Testing;
using Pipeline.Worker.Ingest;
using Xunit;
using Xunit.Abstractions;

namespace Pipeline.Worker.Tests.Ingest;

/// <summary>Another process holding a file open, seen through <c>/proc</c> as the watcher sees it.</summary>
public sealed class OpenWritersTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("exec 3>>\"$0\"", true)]
    [InlineData("exec 3<>\"$0\"", true)]
    [InlineData("exec 3<\"$0\"", false)]
    public async Task A_file_another_process_holds_open_counts_as_being_written_only_when_opened_for_writing(string open, bool writing)
    {
        var path = _folder.Write("held.txt", "Un article."u8.ToArray());
        var other = _folder.Write("other.txt", "Un autre."u8.ToArray());
        var ready = _folder.Combine("ready");
        using var holder = Process.Start(ToolRunner.CreateStartInfo("sh", ["-c", $"{open}; touch \"$1\"; sleep 60", path, ready], null))!;
        try
        {
            for (var i = 0; i < 300 && !File.Exists(ready); i++)
            {
                await Task.Delay(50);
            }

            var found = OpenWriters.Among([EntryStatus.Of(path), EntryStatus.Of(other)]);

            Assert.Equal(writing, found.Contains((EntryStatus.Of(path).Device, EntryStatus.Of(path).Inode)));
            Assert.DoesNotContain((EntryStatus.Of(other).Device, EntryStatus.Of(other).Inode), found);
        }
        finally
        {
            holder.Kill(entireProcessTree: true);
            await holder.WaitForExitAsync();
        }

        Assert.Empty(OpenWriters.Among([EntryStatus.Of(path)]));
    }

    [Fact]
    public void One_pass_over_every_process_costs_what_this_machine_measures()
    {
        // Not an assertion on time (this machine is shared): the figure is written out for docs/architecture.md.
        var files = Enumerable.Range(0, 100).Select(i => EntryStatus.Of(_folder.Write($"f{i}.txt", [1]))).ToList();
        OpenWriters.Among(files);
        var clock = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        const int Passes = 20;
        for (var i = 0; i < Passes; i++)
        {
            Assert.Empty(OpenWriters.Among(files));
        }

        var descriptors = Directory.GetDirectories("/proc").Where(d => char.IsAsciiDigit(Path.GetFileName(d)[0]))
            .Sum(d => Directory.Exists(Path.Combine(d, "fd")) ? TryCount(Path.Combine(d, "fd")) : 0);
        var cpuPerPass = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / Passes;
        output.WriteLine($"{clock.Elapsed.TotalMilliseconds / Passes:0.0} ms per pass ({cpuPerPass:0.0} ms of CPU) for 100 files over {descriptors} open descriptors");
    }

    private static int TryCount(string folder)
    {
        try
        {
            return Directory.GetFileSystemEntries(folder).Length;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
    }
}
