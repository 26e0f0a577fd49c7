using Serilog.Events;

namespace Pipeline.Worker.Hosting;

/// <summary>
/// The least severe event the console shows (the log file still gets everything): a command drawing a live display on
/// the terminal registers a higher one, so lines about each article do not scroll through the display it redraws.
/// </summary>
public sealed record ConsoleLogLevel(LogEventLevel Minimum)
{
    public static readonly ConsoleLogLevel Everything = new(LogEventLevel.Verbose);
}
