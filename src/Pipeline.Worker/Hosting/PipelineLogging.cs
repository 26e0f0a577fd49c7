using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Serilog;
using Serilog.AspNetCore;
using Serilog.Events;
using Serilog.Extensions.Hosting;
using Serilog.Formatting.Json;

namespace Pipeline.Worker.Hosting;

/// <summary>
/// Serilog for every command, set up here and nowhere else: human-readable lines (or JSON lines for log shippers) on
/// standard error, so that standard output stays for data; plus a daily rolling file when <c>Logging:File:Path</c> is
/// set. Two stages: the process starts on a bootstrap logger configured the same way, so a failure before or outside a
/// host is logged like the rest; a host's <c>AddSerilog</c> then takes over with its configuration and services.
/// </summary>
public static class PipelineLogging
{
    private const string Template =
        "[{Timestamp:HH:mm:ss} {Level:u3}] {ArticleId} {SourceContext}: {Message:lj}{NewLine}{Exception}";

    /// <summary>
    /// The process's logger until a host's takes over (<c>Log.Logger</c>, set by the executable's entry point only).
    /// A setting that fails validation leaves the defaults here; the command reports it.
    /// </summary>
    public static ReloadableLogger CreateBootstrapLogger(IConfiguration configuration)
    {
        LoggingOptions options;
        try
        {
            options = PipelineSettings.Read<LoggingOptions>(configuration);
        }
        catch (Exception e) when (e is OptionsValidationException or InvalidOperationException)
        {
            options = new LoggingOptions();
        }

        return Configure(new LoggerConfiguration(), options, configuration, ConsoleLogLevel.Everything).CreateBootstrapLogger();
    }

    /// <summary>
    /// The host's logger, from its <see cref="LoggingOptions"/>, the <c>Serilog</c> section and any enricher or sink
    /// registered as a service. It reconfigures the bootstrap logger when the process has one; otherwise (tests, which run
    /// many hosts in one process) each host keeps a logger of its own and leaves the static one alone.
    /// </summary>
    public static IServiceCollection AddPipelineLogging(this IServiceCollection services)
        => services.AddSerilog(
            (provider, logger) => Configure(
                    logger,
                    provider.GetRequiredService<IOptions<LoggingOptions>>().Value,
                    provider.GetRequiredService<IConfiguration>(),
                    provider.GetService<ConsoleLogLevel>() ?? ConsoleLogLevel.Everything)
                .ReadFrom.Services(provider),
            preserveStaticLogger: Log.Logger is not ReloadableLogger);

    /// <summary>
    /// One line per request on the operator listener: probes and scrapes that succeed at Debug (a kubelet asks every
    /// few seconds), anything else at Warning, a request that threw at Error.
    /// </summary>
    public static void ConfigureRequestLogging(RequestLoggingOptions requests, Serilog.ILogger logger)
    {
        requests.Logger = logger;
        requests.GetLevel = (context, _, exception) => (exception, context.Response.StatusCode) switch
        {
            (not null, _) => LogEventLevel.Error,
            (_, < StatusCodes.Status400BadRequest) => LogEventLevel.Debug,
            (_, StatusCodes.Status503ServiceUnavailable) => LogEventLevel.Warning,
            (_, >= StatusCodes.Status500InternalServerError) => LogEventLevel.Error,
            _ => LogEventLevel.Warning,
        };
    }

    private static LoggerConfiguration Configure(LoggerConfiguration logger, LoggingOptions options, IConfiguration configuration, ConsoleLogLevel console)
    {
        logger
            .MinimumLevel.Information()
            .MinimumLevel.Override("MassTransit", LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft", LogEventLevel.Warning)
            .Enrich.FromLogContext()
            .ReadFrom.Configuration(configuration);

        if (options.Json)
        {
            logger.WriteTo.Console(new JsonFormatter(renderMessage: true), restrictedToMinimumLevel: console.Minimum, standardErrorFromLevel: LogEventLevel.Verbose);
        }
        else
        {
            logger.WriteTo.Console(outputTemplate: Template, restrictedToMinimumLevel: console.Minimum, standardErrorFromLevel: LogEventLevel.Verbose);
        }

        if (options.File.Enabled)
        {
            if (options.Json)
            {
                logger.WriteTo.File(new JsonFormatter(renderMessage: true), options.File.Path!, rollingInterval: RollingInterval.Day, retainedFileCountLimit: 14);
            }
            else
            {
                logger.WriteTo.File(options.File.Path!, outputTemplate: Template, rollingInterval: RollingInterval.Day, retainedFileCountLimit: 14);
            }
        }

        return logger;
    }
}
