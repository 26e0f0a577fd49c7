using Pipeline.Worker.Tests.Processes;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Pipeline.Testing;
using Pipeline.Worker.Ingest;
using Xunit.Abstractions;

namespace Pipeline.Worker.Tests.Reliability;

/// <summary>On the embedded default, an article a stage gives up on ends as a file in failed/ with the exception, never only in an in-memory queue.</summary>
public sealed class StageFailureTests(ITestOutputHelper output)
{
    [Fact]
    public async Task An_article_the_sink_gives_up_on_ends_in_failed_with_the_exception_and_every_log_line_about_it_carries_its_id()
    {
        var folder = Scratch.CreateFolder("stage-failure");
        try
        {
            var inbox = Path.Combine(folder, "inbox");
            var storePath = Path.Combine(folder, "data", "pipeline.db");
            Directory.CreateDirectory(inbox);

            // The store refuses one article, as a constraint or a full disk would: a real SQLite trigger, made after the schema.
            using (var probe = new StoreProbe(storePath))
            {
                Directory.CreateDirectory(Path.GetDirectoryName(storePath)!);
                File.WriteAllBytes(storePath, []);
                await probe.CountAsync();
            }

            await using (var connection = new SqliteConnection($"Data Source={storePath};Pooling=False"))
            {
                await connection.OpenAsync();
                await using var command = connection.CreateCommand();
                command.CommandText = "CREATE TRIGGER refuse_poison BEFORE INSERT ON articles WHEN NEW.file_name = 'poison.txt' BEGIN SELECT RAISE(ABORT, 'the store refuses poison.txt'); END;";
                await command.ExecuteNonQueryAsync();
            }

            var poison = Encoding.UTF8.GetBytes("Le préfet a ordonné mercredi l'évacuation de 300 habitants après la crue, selon la mairie.");
            File.WriteAllBytes(Path.Combine(inbox, "poison.txt"), poison);
            File.WriteAllText(Path.Combine(inbox, "good.txt"), "Le maire a inauguré jeudi un pont de 120 mètres, a indiqué la préfecture.");
            var poisonId = ArticleIdentity.Of("poison.txt", poison);

            using var worker = PipelineProcess.Start(["run", "--inbox", inbox, "--store", storePath, "--log-json"], folder);
            using var store = new StoreProbe(storePath);
            var report = Path.Combine(inbox, "failed", "poison.txt.error.txt");
            var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(3);
            while (!File.Exists(report) || !File.Exists(Path.Combine(inbox, "processed", "good.txt")))
            {
                worker.AssertRunning();
                Assert.True(DateTime.UtcNow < deadline, $"poison.txt did not reach failed/ within 3 minutes:\n{worker.Log()}");
                await Task.Delay(200);
            }

            Assert.Equal(0, await worker.StopAsync(TimeSpan.FromMinutes(1)));
            var text = await File.ReadAllTextAsync(report);
            output.WriteLine(text);
            Assert.Contains($"Article id: {poisonId}", text);
            Assert.Contains("Reason: the pipeline-sink stage gave up: Microsoft.Data.Sqlite.SqliteException", text);
            Assert.Contains("the store refuses poison.txt", text);
            // The fault MassTransit hands over keeps the first 2,048 characters of the stack trace (measured), which
            // reach the store's frames but not always the consumer's, below the store's retry and group-commit frames.
            Assert.Contains("at Pipeline.Storage.ArticleWriter.SaveAsync", text);
            Assert.True(File.Exists(Path.Combine(inbox, "failed", "poison.txt")));
            Assert.Equal(["good.txt"], Directory.GetFiles(Path.Combine(inbox, "processed")).Select(Path.GetFileName));
            Assert.Empty(Directory.GetFiles(inbox));
            Assert.Equal(["good.txt"], (await store.ArticlesAsync()).Select(a => a.FileName));

            // Every line about the failure, MassTransit's fault and retry lines included, names the article.
            var failureLines = worker.Lines.Where(l => l.StartsWith('{'))
                .Select(l => JsonDocument.Parse(l).RootElement)
                .Where(e => e.GetProperty("Level").GetString() is "Warning" or "Error" && e.ToString().Contains("poison", StringComparison.Ordinal))
                .ToList();
            foreach (var line in failureLines)
            {
                output.WriteLine(line.GetProperty("RenderedMessage").GetString());
            }

            Assert.Contains(failureLines, e => e.GetProperty("RenderedMessage").GetString()!.StartsWith("R-FAULT", StringComparison.Ordinal));
            Assert.All(failureLines, e => Assert.Equal(poisonId.ToString(), e.GetProperty("Properties").GetProperty("ArticleId").GetString()));
        }
        finally
        {
            await Scratch.DeleteFolderAsync(folder);
        }
    }
}
