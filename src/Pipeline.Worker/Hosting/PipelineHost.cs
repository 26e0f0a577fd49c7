using MassTransit;
using Pipeline.Worker.Ingest;
using Pipeline.Worker.Operations;

namespace Pipeline.Worker.Hosting;

/// <summary>Builds the host one command runs: configuration, logging, options, analysis, store and the bus with the chosen stages.</summary>
public static class PipelineHost
{
    /// <param name="configuration">The command's settings (<see cref="PipelineConfiguration"/>).</param>
    /// <param name="services">More services, given the options and the roles this host runs.</param>
    /// <param name="bus">More consumers on the bus.</param>
    /// <param name="withoutRoles">Roles this command never runs, whatever <c>Pipeline:Roles</c> says.</param>
    public static IHost Build(
        IConfiguration configuration,
        Action<IServiceCollection, PipelineOptions, PipelineRole>? services = null,
        Action<IBusRegistrationConfigurator>? bus = null,
        PipelineRole withoutRoles = PipelineRole.None)
    {
        // Every setting is checked before anything is built, the way the host would check it on start, so a wrong one
        // costs one line; and the transport and the roles decide what is registered, so they are read before the host exists.
        PipelineSettings.Validate(configuration);
        var options = PipelineSettings.Read<PipelineOptions>(configuration);
        var hosted = PipelineRoles.Parse(options.Roles) & ~withoutRoles;

        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddConfiguration(configuration);
        builder.Services
            .AddPipelineOptions()
            .AddPipelineLogging()
            .AddPipelineAnalysis()
            .AddPipelineStore(hosted)
            .AddPipelineBus(options, hosted, bus)
            .AddArticleIngest()
            .AddPipelineTelemetry(hosted);
        services?.Invoke(builder.Services, options, hosted);
        return builder.Build();
    }
}
