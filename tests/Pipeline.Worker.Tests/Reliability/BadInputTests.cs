using Pipeline.Worker.Tests.Processes;
using System.Diagnostics;
using System.Text;
using Pipeline.Testing;
using Pipeline.Worker.Ingest;
using Xunit.Abstractions;

namespace Pipeline.Worker.Tests.Reliability;

/// <summary>
/// Every kind of bad input dropped in the inbox of a real embedded worker, each with where it must end: stored intact,
/// or in the failed folder with a reason. The worker stays up, and nothing outside the inbox is read or moved.
/// </summary>
public sealed class BadInputTests(ITestOutputHelper output)
{
    private const string Article = "Le ministère de la Défense a annoncé mercredi que 1 200 soldats seraient déployés dans la région d'ici la fin du mois, selon un communiqué.";
    private const string Secret = "Le code secret du coffre est 7351 et personne ne doit le lire hors de ce dossier privé.";

    [Fact]
    public async Task Each_bad_input_ends_stored_intact_or_in_failed_with_a_reason_and_nothing_outside_the_inbox_is_touched()
    {
        var folder = Scratch.CreateFolder("bad-inputs");
        try
        {
            await RunAsync(folder);
        }
        finally
        {
            await Scratch.DeleteFolderAsync(folder);
        }
    }

    private async Task RunAsync(string folder)
    {
        var inbox = Path.Combine(folder, "inbox");
        var failed = Path.Combine(inbox, "failed");
        var outside = Path.Combine(folder, "outside");
        var storePath = Path.Combine(folder, "data", "pipeline.db");
        Directory.CreateDirectory(inbox);
        Directory.CreateDirectory(Path.Combine(outside, "folder"));
        File.WriteAllText(Path.Combine(outside, "secret.txt"), Secret);
        File.WriteAllText(Path.Combine(outside, "folder", "inside.txt"), Secret + " Deuxième copie.");
        var outsideBefore = Snapshot(outside);

        var latin1 = Encoding.Latin1.GetBytes("Le café coûte désormais 3 euros à Besançon, a précisé le maire jeudi soir devant le conseil.");
        var utf16 = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Article + " Version UTF-16.")).ToArray();
        var newlineName = "evil\nFAKE LOG LINE.txt";
        Write(inbox, "empty.txt", []);
        Write(inbox, "binary.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52]);
        Write(inbox, "latin1.txt", latin1);
        Write(inbox, "utf16.txt", utf16);
        Write(inbox, "big.txt", Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(Article + "\n", 20 * 1024 * 1024 / Article.Length + 1))));
        Write(inbox, newlineName, Encoding.UTF8.GetBytes(Article + " Nom avec un saut de ligne."));
        Write(inbox, "malformed.json", "{\"title\": \"Coupé\", \"text\": \"Le texte s'arrête"u8.ToArray());
        Write(inbox, "scripts.html", "<html><head><script>var a = 1;</script></head><body><script>document.write('x')</script></body></html>"u8.ToArray());
        Write(inbox, Path.Combine("folder.txt", "inner.txt"), Encoding.UTF8.GetBytes(Article + " Dans un dossier nommé comme un fichier."));
        File.CreateSymbolicLink(Path.Combine(inbox, "link-out.txt"), Path.Combine(outside, "secret.txt"));
        Directory.CreateSymbolicLink(Path.Combine(inbox, "linked-folder"), Path.Combine(outside, "folder"));
        (await ToolRunner.RunAsync("mkfifo", [Path.Combine(inbox, "pipe.txt")], null, TimeSpan.FromSeconds(10))).EnsureSuccess();

        using var worker = PipelineProcess.Start(["run", "--inbox", inbox, "--store", storePath], folder);
        using var store = new StoreProbe(storePath);

        // A writer that pauses 5 s mid-file, holding it open as a slow copy does: its first half alone reads as an article.
        var firstHalf = Article + " Première moitié.";
        var secondHalf = " Seconde moitié, écrite cinq secondes plus tard.";
        using var slowWriter = Process.Start(ToolRunner.CreateStartInfo(
            "sh", ["-c", "exec 3>\"$0\"; printf '%s' \"$1\" >&3; sleep 5; printf '%s' \"$2\" >&3", Path.Combine(inbox, "slow.txt"), firstHalf, secondHalf], null))!;

        string[] storedNames = ["latin1.txt", "utf16.txt", newlineName, "folder.txt/inner.txt", "slow.txt"];
        string[] failedNames = ["empty.txt", "binary.txt", "big.txt", "malformed.json", "scripts.html", "link-out.txt", "linked-folder", "pipe.txt"];
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(3);
        while ((await store.CountAsync()) < storedNames.Length || !failedNames.All(n => Path.Exists(Path.Combine(failed, n) + ".error.txt")))
        {
            worker.AssertRunning();
            Assert.True(DateTime.UtcNow < deadline, $"not every input ended where it must within 3 minutes:\n{worker.Log()}");
            await Task.Delay(200);
        }

        await slowWriter.WaitForExitAsync();
        var articles = (await store.ArticlesAsync()).ToDictionary(a => a.FileName);
        Assert.Equal(storedNames.Order(), articles.Keys.Order());
        var texts = await TextsAsync(storePath);
        Assert.Equal("Le café coûte désormais 3 euros à Besançon, a précisé le maire jeudi soir devant le conseil.", texts["latin1.txt"]);
        Assert.Equal(Article + " Version UTF-16.", texts["utf16.txt"]);
        Assert.Equal(firstHalf + secondHalf, texts["slow.txt"]);
        Assert.Equal(Article + " Nom avec un saut de ligne.", texts[newlineName]);
        Assert.DoesNotContain(texts.Values, t => t.Contains("code secret", StringComparison.Ordinal));

        var reasons = failedNames.ToDictionary(n => n, n => File.ReadAllText(Path.Combine(failed, n) + ".error.txt"));
        foreach (var (name, reason) in reasons)
        {
            output.WriteLine($"{name}: {reason.Split('\n').First(l => l.StartsWith("Reason:", StringComparison.Ordinal))}");
        }

        Assert.Contains("no article text", reasons["empty.txt"]);
        Assert.Contains("not text", reasons["binary.txt"]);
        Assert.Contains("above the limit", reasons["big.txt"]);
        Assert.Contains("invalid JSON", reasons["malformed.json"]);
        Assert.Contains("no article text", reasons["scripts.html"]);
        Assert.Contains("symbolic link", reasons["link-out.txt"]);
        Assert.Contains("symbolic link", reasons["linked-folder"]);
        Assert.Contains("named pipe", reasons["pipe.txt"]);

        // The links were moved as links; what they point to is where it was, unchanged, and was never stored.
        Assert.Equal(Path.Combine(outside, "secret.txt"), new FileInfo(Path.Combine(failed, "link-out.txt")).LinkTarget);
        Assert.Equal(outsideBefore, Snapshot(outside));

        // The newline in a name is logged as an escape, never as a line break that starts a forged line.
        Assert.DoesNotContain(worker.Lines, l => l.StartsWith("FAKE LOG LINE", StringComparison.Ordinal));
        Assert.Contains(worker.Lines, l => l.Contains("evil\\nFAKE LOG LINE.txt", StringComparison.Ordinal));
        Assert.Contains(worker.Lines, l => l.Contains("folder.txt is a folder, not an article file", StringComparison.Ordinal));

        worker.AssertRunning();
        Assert.Equal(0, await worker.StopAsync(TimeSpan.FromMinutes(1)));
    }

    private static void Write(string folder, string name, byte[] bytes)
    {
        var path = Path.Combine(folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
    }

    private static Dictionary<string, string> Snapshot(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(f => f, f => File.ReadAllText(f) + File.GetLastWriteTimeUtc(f).Ticks);

    private static async Task<Dictionary<string, string>> TextsAsync(string storePath)
    {
        // The CLI reads what the store holds: `pipeline articles` has no text column, so ask SQLite directly.
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={storePath};Mode=ReadOnly");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT file_name, text FROM articles";
        await using var reader = await command.ExecuteReaderAsync();
        var texts = new Dictionary<string, string>();
        while (await reader.ReadAsync())
        {
            texts[reader.GetString(0)] = reader.GetString(1);
        }

        return texts;
    }
}
