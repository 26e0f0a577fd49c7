namespace Pipeline.Worker.Hosting;

/// <summary>Settings in order of precedence: command line, then environment, then appsettings.json beside the executable.</summary>
public static class PipelineConfiguration
{
    public static IConfigurationRoot Build(IEnumerable<KeyValuePair<string, string?>> commandLine)
        => new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .AddInMemoryCollection(commandLine)
            .Build();
}
