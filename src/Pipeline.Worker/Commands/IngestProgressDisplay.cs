using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Pipeline.Worker.Commands;

/// <summary>
/// <c>pipeline ingest</c>'s live display on a terminal: one bar for the files read (published or not), one for the
/// articles that reached the store (or that a stage gave up on), each with its rate and the time left at that rate.
/// Cleared when the run ends, so the summary that follows is the same as in a pipe.
/// </summary>
internal static class IngestProgressDisplay
{
    public static Task<T> RunAsync<T>(IAnsiConsole console, int files, Func<IProgress<IngestProgress>, Task<T>> run)
        => console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new RateColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var reading = context.AddTask(ReadDescription(new(files, 0, 0, 0, 0)), maxValue: Math.Max(files, 1));
                var storing = context.AddTask(StoreDescription(new(files, 0, 0, 0, 0)), maxValue: Math.Max(files, 1));
                var result = await run(new Reporter(progress =>
                {
                    reading.Description = ReadDescription(progress);
                    reading.Value = progress.Read;
                    storing.Description = StoreDescription(progress);

                    // Every file ends stored or not; the files not yet read are still expected.
                    storing.Value = progress.Stored + progress.NotStored;
                }));
                reading.Value = reading.MaxValue;
                storing.Value = storing.MaxValue;
                return result;
            });

    internal static string ReadDescription(IngestProgress progress)
        => string.Create(CultureInfo.InvariantCulture, $"read {progress.Read}/{progress.Files} · published {progress.Published}");

    internal static string StoreDescription(IngestProgress progress)
        => string.Create(CultureInfo.InvariantCulture, $"stored {progress.Stored} · failed {progress.NotStored}");

    private sealed class Reporter(Action<IngestProgress> update) : IProgress<IngestProgress>
    {
        public void Report(IngestProgress value) => update(value);
    }

    /// <summary>Files or articles per second, as Spectre measures the task's recent progress.</summary>
    private sealed class RateColumn : ProgressColumn
    {
        public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime)
            => new Text(task.Speed is { } speed ? string.Create(CultureInfo.InvariantCulture, $"{speed,6:0.0}/s") : "     -/s");
    }
}
