using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Pipeline.Storage;
using Pipeline.Worker.Hosting;

namespace Pipeline.Worker.Tests.Consumers;

/// <summary>One consumer with its definition on MassTransit's in-memory test harness, with a real SQLite store in a temp file.</summary>
internal sealed class ConsumerHarness : IAsyncDisposable
{
    private readonly string folder;

    private ConsumerHarness(ServiceProvider provider, string folder)
    {
        this.folder = folder;
        Provider = provider;
        Harness = provider.GetRequiredService<ITestHarness>();
    }

    public ServiceProvider Provider { get; }

    public ITestHarness Harness { get; }

    public static async Task<ConsumerHarness> StartAsync(Action<IBusRegistrationConfigurator> consumers, Action<IServiceCollection>? replace = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), "pipeline-consumer-tests", Guid.NewGuid().ToString("N"));
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IOptions<PipelineOptions>>(Options.Create(new PipelineOptions()));
        services.AddPipelineAnalysis();
        services.AddMetrics().AddSingleton<Pipeline.Worker.Operations.PipelineMetrics>();
        var store = StoreFactory.Open(StoreLocation.Parse(Path.Combine(folder, "pipeline.db")), NullLoggerFactory.Instance);
        await store.Schema.MigrateAsync(CancellationToken.None);
        services.AddSingleton(store);
        services.AddSingleton(store.Sink);
        services.AddSingleton(store.Reader);
        services.AddSingleton(store.Duplicates);
        replace?.Invoke(services);
        services.AddMassTransitTestHarness(consumers);

        // MassTransit's default 1.2 s of inactivity ends a wait for a published message; a first message (store opened,
        // index read, analysis warmed up) on a busy CI machine can take longer, so the waits would fail on timing.
        services.Configure<TestHarnessOptions>(options =>
        {
            options.TestInactivityTimeout = TimeSpan.FromSeconds(5);
            options.TestTimeout = TimeSpan.FromSeconds(60);
        });
        var harness = new ConsumerHarness(services.BuildServiceProvider(true), folder);
        await harness.Harness.Start();
        return harness;
    }

    public T Get<T>()
        where T : notnull => Provider.GetRequiredService<T>();

    public async ValueTask DisposeAsync()
    {
        await Harness.Stop();
        await Provider.DisposeAsync();
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
