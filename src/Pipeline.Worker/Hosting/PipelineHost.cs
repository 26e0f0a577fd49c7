using MassTransit;
using Microsoft.Extensions.Options;
using Pipeline.Worker.Ingest;
using Pipeline.Worker.Operations;
using Serilog;

namespace Pipeline.Worker.Hosting;

/// <summary>Builds the host one command runs: configuration, logging, options, analysis, store and the bus with the chosen stages.</summary>
public static class PipelineHost
{
    public static IHost Build(
        IConfiguration configuration,
        Action<IServiceCollection, PipelineOptions, PipelineRole>? services = null,
        Action<IBusRegistrationConfigurator>? bus = null,
        PipelineRole? roles = null)
    {
        var options = ReadValidated(configuration);
        var hosted = roles ?? PipelineRoles.Parse(options.Roles);

        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddConfiguration(configuration);
        builder.Logging.ClearProviders().AddSerilog(PipelineLogging.Create(configuration), dispose: true);
        builder.Services
            .AddPipelineOptions()
            .AddPipelineAnalysis(hosted)
            .AddPipelineStore(hosted)
            .AddPipelineBus(options, hosted, bus)
            .AddArticleIngest()
            .AddPipelineTelemetry(hosted);
        services?.Invoke(builder.Services, options, hosted);
        return builder.Build();
    }

    /// <summary>Reads and validates the <c>Pipeline</c> section before anything starts, so a wrong setting costs one clear line.</summary>
    public static PipelineOptions ReadValidated(IConfiguration configuration)
    {
        var options = configuration.GetSection(PipelineOptions.Section).Get<PipelineOptions>() ?? new PipelineOptions();
        var result = new PipelineOptionsValidation().Validate(null, options);
        if (result.Failed)
        {
            throw new OptionsValidationException(PipelineOptions.Section, typeof(PipelineOptions), result.Failures);
        }

        return options;
    }
}
