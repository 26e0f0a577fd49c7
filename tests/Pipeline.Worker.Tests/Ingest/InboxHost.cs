using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Pipeline.Worker.Ingest;

namespace Pipeline.Worker.Tests.Ingest;

/// <summary>The watcher in a real host on a temp inbox, publishing to MassTransit's in-memory test harness.</summary>
internal sealed class InboxHost : IAsyncDisposable
{
    private readonly TempFolder _folder = new();
    private IHost? _host;

    public InboxHost()
    {
        Inbox = _folder.Combine("inbox");
        Directory.CreateDirectory(Inbox);
    }

    public string Inbox { get; }

    public string Processed => Path.Combine(Inbox, "processed");

    public string Failed => Path.Combine(Inbox, "failed");

    public ITestHarness Harness => _host!.Services.GetRequiredService<ITestHarness>();

    public IngestOutcomeChannel Outcomes => _host!.Services.GetRequiredService<IngestOutcomeChannel>();

    public IServiceProvider Services => _host!.Services;

    public string Drop(string relative, byte[] bytes)
    {
        var path = Path.Combine(Inbox, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public async Task StartAsync(Action<IServiceCollection>? configure = null, params (string Key, string Value)[] settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Inbox:Path"] = Inbox,
            ["Inbox:StableFor"] = "00:00:00.300",
            ["Inbox:RescanInterval"] = "00:00:00.500",
            ["Inbox:IoRetryAttempts"] = "1",
            ["Inbox:IoRetryDelay"] = "00:00:00.050",
            ["Inbox:PublishRetryAttempts"] = "2",
            ["Inbox:PublishRetryDelay"] = "00:00:00.050",
        });
        builder.Configuration.AddInMemoryCollection(settings.ToDictionary(s => s.Key, s => (string?)s.Value));
        builder.Services.AddMassTransitTestHarness();

        // The harness has no stages: the watcher moves a file once the publish returned, as it does on RabbitMQ.
        builder.Services.AddSingleton<IArticleCustody, BrokerCustody>();
        builder.Services.AddInboxWatcher();
        builder.Services.AddSingleton<IngestOutcomeChannel>();
        builder.Services.AddSingleton<IIngestObserver>(sp => sp.GetRequiredService<IngestOutcomeChannel>());
        configure?.Invoke(builder.Services);
        _host = builder.Build();
        await _host.StartAsync();
    }

    /// <summary>The next file the watcher finished with; fails the test if none comes in time.</summary>
    public async Task<IngestOutcome> NextOutcomeAsync(TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(20));
        return await Outcomes.Reader.ReadAsync(cts.Token);
    }

    /// <summary>True when no file finishes within <paramref name="period"/>.</summary>
    public async Task<bool> NothingFinishesWithinAsync(TimeSpan period)
    {
        using var cts = new CancellationTokenSource(period);
        try
        {
            await Outcomes.Reader.WaitToReadAsync(cts.Token);
            return false;
        }
        catch (OperationCanceledException)
        {
            return true;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.StopAsync();
            _host.Dispose();
        }

        _folder.Dispose();
    }
}
