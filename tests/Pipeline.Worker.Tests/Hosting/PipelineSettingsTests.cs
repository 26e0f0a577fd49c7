using Pipeline.Worker.Commands;
using Pipeline.Worker.Hosting;
using Pipeline.Worker.Operations;
using Pipeline.Worker.Tests.Operations;

namespace Pipeline.Worker.Tests.Hosting;

/// <summary>Every options class is bound and validated one way; a wrong setting is one line naming the key and its option.</summary>
public sealed class PipelineSettingsTests
{
    [Theory]
    [InlineData("Pipeline:Transport", "foo", "Pipeline:Transport (--transport) must be 'inmemory' or 'rabbitmq', not 'foo'")]
    [InlineData("Pipeline:Roles", "watcher,cooking", "Pipeline:Roles (--roles) must be 'all' or a list of watcher, language, duplicates, extraction, sink; 'cooking' is none of them")]
    [InlineData("Pipeline:Store", " ", "Pipeline:Store (--store) must be a SQLite file path or a postgres:// URI")]
    [InlineData("Pipeline:NearDuplicateThreshold", "1.5", "Pipeline:NearDuplicateThreshold must be in (0, 1], not 1.5")]
    [InlineData("Pipeline:ManagementUri", "ftp://rabbit/", "Pipeline:ManagementUri (--management-uri) must look like http://user:pass@host:15672/, not 'ftp://rabbit/'")]
    [InlineData("Pipeline:Http:Port", "70000", "Pipeline:Http:Port (--http-port) must be a TCP port from 0 (off) to 65535, not '70000'")]
    [InlineData("Pipeline:Http:Port", "abc", "Pipeline:Http:Port (--http-port) must be a whole number, not 'abc'")]
    [InlineData("Pipeline:Http:Address", "localhost", "Pipeline:Http:Address must be an IP address such as 127.0.0.1 or 0.0.0.0, not 'localhost'")]
    [InlineData("Pipeline:QuorumQueues", "maybe", "Pipeline:QuorumQueues (--quorum-queues) must be true or false, not 'maybe'")]
    [InlineData("Inbox:MaxTextChars", "0", "Inbox:MaxTextChars must be at least 1, not 0")]
    [InlineData("Inbox:RescanInterval", "00:00:00", "Inbox:RescanInterval must be from 00:00:00.0500000 to 01:00:00, not 00:00:00")]
    [InlineData("Inbox:Path", " ", "Inbox:Path (--inbox) must name a folder")]
    [InlineData("Logging:Json", "yes", "Logging:Json (--log-json) must be true or false, not 'yes'")]
    public void A_wrong_setting_is_one_line_naming_its_key_and_option(string key, string value, string expected)
        => Assert.Equal(expected, Problems((key, value)));

    [Fact]
    public void Every_wrong_setting_is_named_at_once_whichever_options_class_it_belongs_to()
        => Assert.Equal(
            "Pipeline:Transport (--transport) must be 'inmemory' or 'rabbitmq', not 'foo'; "
            + "Pipeline:Http:Port (--http-port) must be a TCP port from 0 (off) to 65535, not '-1'",
            Problems(("Pipeline:Transport", "foo"), ("Pipeline:Http:Port", "-1")));

    [Fact]
    public void A_log_file_that_is_a_folder_is_refused()
    {
        var folder = Directory.CreateTempSubdirectory("pipeline-log-folder-").FullName;
        try
        {
            Assert.Equal($"Logging:File:Path must name a file, not the folder '{folder}'", Problems(("Logging:File:Path", folder)));
        }
        finally
        {
            Directory.Delete(folder);
        }
    }

    [Fact]
    public void The_defaults_are_valid_and_read_through_the_same_binding()
    {
        var configuration = Configuration(("Pipeline:Http:Port", "8080"), ("Pipeline:Roles", "sink"));
        PipelineSettings.Validate(configuration);

        Assert.Equal(8080, PipelineSettings.Read<OperatorHttpOptions>(configuration).Port);
        Assert.Equal("sink", PipelineSettings.Read<PipelineOptions>(configuration).Roles);
        Assert.False(PipelineSettings.Read<LoggingOptions>(configuration).File.Enabled);
    }

    [Fact]
    public async Task A_wrong_setting_stops_a_command_with_exit_code_2_and_one_line()
    {
        var result = await CommandRunner.RunAsync("run", "--transport", "foo");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("pipeline: configuration error: Pipeline:Transport (--transport) must be 'inmemory' or 'rabbitmq', not 'foo'", result.Error.Trim());
    }

    private static string? Problems(params (string Key, string Value)[] settings)
    {
        var exception = Record.Exception(() => PipelineSettings.Validate(Configuration(settings)));
        Assert.NotNull(exception);
        return ConfigurationError.Describe(exception);
    }

    private static IConfiguration Configuration(params (string Key, string Value)[] settings)
        => new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))).Build();
}
