using Serilog;
using Serilog.Events;
using Serilog.Formatting.Json;

namespace Pipeline.Worker.Hosting;

/// <summary>
/// Serilog for every command: human-readable lines (or JSON lines for log shippers) on standard error, so that
/// standard output stays for data; plus a rolling file when <c>Logging:File:Path</c> is set.
/// </summary>
public static class PipelineLogging
{
    private const string Template =
        "[{Timestamp:HH:mm:ss} {Level:u3}] {ArticleId} {SourceContext}: {Message:lj}{NewLine}{Exception}";

    public static Serilog.ILogger Create(IConfiguration configuration)
    {
        var json = configuration.GetValue("Logging:Json", false);
        var logger = new LoggerConfiguration()
            .MinimumLevel.Information()
            .MinimumLevel.Override("MassTransit", LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft", LogEventLevel.Warning)
            .Enrich.FromLogContext()
            .Enrich.With<ControlCharacterEscaping>()
            .ReadFrom.Configuration(configuration);

        if (json)
        {
            logger.WriteTo.Console(new JsonFormatter(renderMessage: true), standardErrorFromLevel: LogEventLevel.Verbose);
        }
        else
        {
            logger.WriteTo.Console(outputTemplate: Template, standardErrorFromLevel: LogEventLevel.Verbose);
        }

        var file = configuration["Logging:File:Path"];
        if (!string.IsNullOrWhiteSpace(file))
        {
            if (json)
            {
                logger.WriteTo.File(new JsonFormatter(renderMessage: true), file, rollingInterval: RollingInterval.Day, retainedFileCountLimit: 14);
            }
            else
            {
                logger.WriteTo.File(file, outputTemplate: Template, rollingInterval: RollingInterval.Day, retainedFileCountLimit: 14);
            }
        }

        return logger.CreateLogger();
    }
}
