using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging.Abstractions;
using Pipeline.Storage;
using Pipeline.Worker.Operations;

namespace Pipeline.Worker.Tests.Operations;

public sealed class StoreHealthCheckTests
{
    [Fact]
    public async Task The_store_check_fails_when_the_store_does_not_answer()
    {
        // A folder where the SQLite file should be: every query fails, as with a store that is away.
        var folder = Directory.CreateTempSubdirectory("pipeline-store-").FullName;
        try
        {
            await using var store = StoreFactory.Open(StoreLocation.Parse(folder), NullLoggerFactory.Instance);
            var registration = new HealthCheckRegistration("store", _ => null!, HealthStatus.Unhealthy, ["ready"]);
            var result = await new StoreHealthCheck(store.Reader).CheckHealthAsync(new HealthCheckContext { Registration = registration });
            Assert.Equal(HealthStatus.Unhealthy, result.Status);
            Assert.StartsWith("store unreachable: ", result.Description);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
