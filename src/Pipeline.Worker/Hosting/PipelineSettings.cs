using Microsoft.Extensions.Options;
using Pipeline.Worker.Ingest;
using Pipeline.Worker.Operations;

namespace Pipeline.Worker.Hosting;

/// <summary>
/// Every options class of the pipeline, each bound and validated one way (<see cref="ValidatedOptions"/>). A host
/// validates them all when it starts; a command without a host, and the shape of a host (its transport and roles,
/// which decide what is registered), read them through the same registrations with <see cref="Read{T}"/>.
/// </summary>
public static class PipelineSettings
{
    public static IServiceCollection AddPipelineOptions(this IServiceCollection services)
        => services
            .AddValidatedOptions<PipelineOptions, PipelineOptionsValidation>(PipelineOptions.Section)
            .AddValidatedOptions<OperatorHttpOptions, OperatorHttpOptionsValidation>(OperatorHttpOptions.Section)
            .AddValidatedOptions<LoggingOptions, LoggingOptionsValidation>(LoggingOptions.Section)
            .AddValidatedOptions<InboxOptions, InboxOptionsValidation>(InboxOptions.SectionName);

    /// <summary>The bound and validated options; throws <see cref="OptionsValidationException"/> naming each wrong setting.</summary>
    public static T Read<T>(IConfiguration configuration)
        where T : class
    {
        using var provider = Registrations(configuration);
        return provider.GetRequiredService<IOptions<T>>().Value;
    }

    /// <summary>
    /// Validates every options class as a host does when it starts (<see cref="IStartupValidator"/>), so a command can
    /// refuse a wrong setting before it builds anything: every wrong setting at once, in one exception.
    /// </summary>
    public static void Validate(IConfiguration configuration)
    {
        using var provider = Registrations(configuration);
        provider.GetRequiredService<IStartupValidator>().Validate();
    }

    private static ServiceProvider Registrations(IConfiguration configuration)
        => new ServiceCollection().AddSingleton(configuration).AddPipelineOptions().BuildServiceProvider();
}
