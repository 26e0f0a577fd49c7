using Pipeline.Worker.Tests.Processes;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Pipeline.Worker.Commands;
using Pipeline.Worker.Hosting;

namespace Pipeline.Worker.Tests.Operations;

public sealed class LogJsonTests
{
    [Fact]
    public void Log_json_writes_one_json_object_per_line_with_the_article_id()
    {
        var folder = Path.Combine(Path.GetTempPath(), "pipeline-logs-" + Guid.NewGuid().ToString("N"));
        var file = Path.Combine(folder, "pipeline.log");
        try
        {
            var parse = PipelineCommandLine.Create().Parse(["run", "--log-json"]);
            var settings = CommonOptions.AsConfiguration(parse).Append(new("Logging:File:Path", file));
            var articleId = Guid.NewGuid();
            using (var host = new ServiceCollection()
                .AddSingleton<IConfiguration>(PipelineConfiguration.Build(settings))
                .AddPipelineOptions()
                .AddLogging()
                .AddPipelineLogging()
                .BuildServiceProvider())
            {
                var logger = host.GetRequiredService<ILogger<LogJsonTests>>();
                using (logger.BeginScope(new Dictionary<string, object> { ["ArticleId"] = articleId }))
                {
                    logger.LogInformation("Stored {FileName} with {Claims} claims", "a.txt", 3);
                }
            }

            var lines = Directory.GetFiles(folder).SelectMany(File.ReadAllLines).Where(l => l.Length > 0).ToList();
            var line = JsonDocument.Parse(Assert.Single(lines)).RootElement;
            Assert.Equal("Stored \"a.txt\" with 3 claims", line.GetProperty("RenderedMessage").GetString());
            Assert.Equal(articleId.ToString(), line.GetProperty("Properties").GetProperty("ArticleId").GetString());
            Assert.Equal(3, line.GetProperty("Properties").GetProperty("Claims").GetInt32());
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    [Fact]
    public async Task A_wrong_setting_at_start_up_is_logged_as_json_like_the_rest_then_said_in_one_line()
    {
        using var pipeline = PipelineProcess.Start("run", "--log-json", "--transport", "foo");
        Assert.Equal(2, await pipeline.WaitForExitAsync(TimeSpan.FromSeconds(180)));

        var lines = pipeline.Error;
        var logged = JsonDocument.Parse(Assert.Single(lines, l => l.StartsWith('{'))).RootElement;
        Assert.Equal("Fatal", logged.GetProperty("Level").GetString());
        Assert.Equal(
            "Pipeline:Transport (--transport) must be 'inmemory' or 'rabbitmq', not 'foo'",
            logged.GetProperty("Properties").GetProperty("Problems").GetString());
        Assert.Equal("pipeline: configuration error: Pipeline:Transport (--transport) must be 'inmemory' or 'rabbitmq', not 'foo'", lines[^1]);
    }

    [Fact]
    public async Task A_store_that_cannot_be_opened_stops_ingest_with_the_exception_logged_as_json()
    {
        using var pipeline = PipelineProcess.Start("ingest", Ingest.Seeds.Folder, "--log-json", "--store", "/dev/null/pipeline.db");
        Assert.Equal(1, await pipeline.WaitForExitAsync(TimeSpan.FromSeconds(300)));

        var fatal = pipeline.Error.Where(l => l.StartsWith('{')).Select(l => JsonDocument.Parse(l).RootElement)
            .Single(e => e.GetProperty("Level").GetString() == "Fatal");
        Assert.Equal("pipeline ingest", fatal.GetProperty("Properties").GetProperty("SourceContext").GetString());
        Assert.False(string.IsNullOrEmpty(fatal.GetProperty("Exception").GetString()));
        Assert.StartsWith("pipeline: ", pipeline.Error[^1]);
        Assert.All(pipeline.Error.SkipLast(1), l => Assert.StartsWith("{", l));
    }

    [Fact]
    public async Task The_json_lines_of_every_stage_about_one_article_carry_that_articles_one_trace_id()
    {
        using var drop = new EndToEnd.SeedDrop();
        using var pipeline = PipelineProcess.Start("ingest", Ingest.Seeds.Folder, "--log-json", "--store", drop.StorePath);
        Assert.Equal(0, await pipeline.WaitForExitAsync(TimeSpan.FromSeconds(300)));

        var byArticle = pipeline.Error.Where(l => l.StartsWith('{')).Select(l => JsonDocument.Parse(l).RootElement)
            .Where(e => e.GetProperty("Properties").TryGetProperty("ArticleId", out _))
            .GroupBy(e => e.GetProperty("Properties").GetProperty("ArticleId").GetString())
            .ToList();
        Assert.Equal(5, byArticle.Count);
        var traceOfArticle = byArticle.ToDictionary(article => article.Key!, article =>
        {
            // One line per stage (language, duplicates, extraction, sink), each in the activity of its consumer, in the trace
            // the ingestor's publish started.
            var stages = article.Where(e => e.GetProperty("Properties").GetProperty("SourceContext").GetString()!.StartsWith("Pipeline.Worker.Consumers.", StringComparison.Ordinal)).ToList();
            Assert.Equal(4, stages.Select(e => e.GetProperty("Properties").GetProperty("SourceContext").GetString()).Distinct().Count());
            var trace = Assert.Single(stages.Select(e => e.TryGetProperty("TraceId", out var id) ? id.GetString() : null).Distinct());
            Assert.Matches("^[0-9a-f]{32}$", trace);
            return trace!;
        });
        Assert.Equal(5, traceOfArticle.Values.Distinct().Count());
    }
}
