using Pipeline.Worker.Commands;
using Spectre.Console;

namespace Pipeline.Worker.Tests.Commands;

/// <summary><c>pipeline ingest</c>'s live display, drawn on a console that says it is an interactive terminal.</summary>
public sealed class IngestProgressDisplayTests
{
    [Fact]
    public async Task The_live_display_shows_files_read_published_stored_and_failed_and_returns_the_runs_result()
    {
        using var screen = new StringWriter();
        var terminal = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.Yes,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.Yes,
            Out = new AnsiConsoleOutput(screen),
        });

        var result = await IngestProgressDisplay.RunAsync(terminal, 4, async progress =>
        {
            // Four files: three published, one rejected; then two stored and one given up on by a stage.
            foreach (var step in new IngestProgress[] { new(4, 1, 1, 0, 0), new(4, 2, 2, 0, 0), new(4, 3, 2, 0, 0), new(4, 4, 3, 0, 0), new(4, 4, 3, 2, 1) })
            {
                progress.Report(step);
                await Task.Delay(150);
            }

            return "report";
        });

        Assert.Equal("report", result);
        var drawn = screen.ToString();
        Assert.Contains("\x1b[", drawn);
        Assert.Contains("read 4/4 · published 3", drawn);
        Assert.Contains("stored 2 · failed 2", drawn);
        Assert.Contains("/s", drawn);
    }

    [Theory]
    [InlineData(10, 0, 0, 0, 0, "read 0/10 · published 0", "stored 0 · failed 0")]
    [InlineData(10, 10, 8, 5, 0, "read 10/10 · published 8", "stored 5 · failed 2")]
    [InlineData(10, 10, 8, 6, 2, "read 10/10 · published 8", "stored 6 · failed 4")]
    public void Files_that_were_rejected_and_articles_a_stage_gave_up_on_both_count_as_failed(
        int files, int read, int published, int stored, int failed, string readLine, string storeLine)
    {
        var progress = new IngestProgress(files, read, published, stored, failed);
        Assert.Equal(readLine, IngestProgressDisplay.ReadDescription(progress));
        Assert.Equal(storeLine, IngestProgressDisplay.StoreDescription(progress));
    }
}
