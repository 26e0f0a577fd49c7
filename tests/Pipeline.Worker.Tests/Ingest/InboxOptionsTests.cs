using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Pipeline.Worker.Ingest;
using Xunit;

namespace Pipeline.Worker.Tests.Ingest;

public class InboxOptionsTests
{
    private static async Task<Exception?> StartWith(params (string Key, string Value)[] settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings.ToDictionary(s => s.Key, s => (string?)s.Value));
        builder.Services.AddMassTransitTestHarness();
        builder.Services.AddArticleIngest();
        using var host = builder.Build();
        try
        {
            await host.StartAsync();
            await host.StopAsync();
            return null;
        }
        catch (OptionsValidationException e)
        {
            return e;
        }
    }

    [Fact]
    public void Defaults_place_processed_and_failed_inside_the_inbox()
    {
        var options = new InboxOptions { Path = "/data/inbox" };

        Assert.Equal(("/data/inbox/processed", "/data/inbox/failed"), (options.ProcessedPath, options.FailedPath));
        Assert.Equal(8 * 1024 * 1024, options.MaxFileBytes);
        Assert.Equal(1_000_000, options.MaxTextChars);
    }

    [Fact]
    public async Task Valid_settings_start()
    {
        Assert.Null(await StartWith(("Inbox:Path", "/tmp/inbox"), ("Inbox:StableFor", "00:00:02")));
    }

    [Theory]
    [InlineData("Inbox:MaxTextChars", "0", "MaxTextChars")]
    [InlineData("Inbox:MaxFileBytes", "-1", "MaxFileBytes")]
    [InlineData("Inbox:RescanInterval", "00:00:00", "RescanInterval")]
    [InlineData("Inbox:Path", "   ", "Path")]
    [InlineData("Inbox:ProcessedFolder", "./inbox", "ProcessedFolder")]
    public async Task A_wrong_setting_stops_start_up_naming_it(string key, string value, string named)
    {
        var error = await StartWith((key, value));

        Assert.NotNull(error);
        Assert.Contains(named, error.Message);
    }
}
