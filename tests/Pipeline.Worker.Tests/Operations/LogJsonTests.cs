using System.Text.Json;
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
            using (var logger = (Serilog.Core.Logger)PipelineLogging.Create(PipelineConfiguration.Build(settings)))
            {
                logger.ForContext("ArticleId", articleId).Information("Stored {FileName} with {Claims} claims", "a.txt", 3);
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
}
