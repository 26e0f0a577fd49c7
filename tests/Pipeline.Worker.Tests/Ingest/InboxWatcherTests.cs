using System.Text;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Pipeline.Contracts;
using Pipeline.Worker.Ingest;
using Xunit;

namespace Pipeline.Worker.Tests.Ingest;

public class InboxWatcherTests
{
    private static byte[] Article(string text) => Encoding.UTF8.GetBytes(text);

    [Fact]
    public async Task Files_present_at_start_and_dropped_later_are_published_then_moved_to_processed()
    {
        await using var inbox = new InboxHost();
        inbox.Drop("early.txt", Article("Early article.\n"));
        await inbox.StartAsync();

        var early = await inbox.NextOutcomeAsync();
        inbox.Drop("late.txt", Article("Late article.\n"));
        var late = await inbox.NextOutcomeAsync();

        Assert.Equal((IngestOutcomeKind.Published, "early.txt"), (early.Kind, early.FileName));
        Assert.Equal((IngestOutcomeKind.Published, "late.txt"), (late.Kind, late.FileName));
        Assert.True(File.Exists(Path.Combine(inbox.Processed, "early.txt")));
        Assert.True(File.Exists(Path.Combine(inbox.Processed, "late.txt")));
        Assert.False(File.Exists(Path.Combine(inbox.Inbox, "early.txt")));
        Assert.False(File.Exists(Path.Combine(inbox.Inbox, "late.txt")));
        var published = inbox.Harness.Published.Select<ArticleReceived>().Select(m => m.Context.Message).ToList();
        Assert.Contains(published, m => m.ArticleId == early.ArticleId && m.Article.Text == "Early article.");
        Assert.Contains(published, m => m.ArticleId == late.ArticleId && m.Article.Text == "Late article.");
    }

    [Fact]
    public async Task A_file_that_is_not_an_article_goes_to_failed_beside_its_error_report()
    {
        await using var inbox = new InboxHost();
        inbox.Drop("photo.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x01]);
        await inbox.StartAsync();

        var outcome = await inbox.NextOutcomeAsync();

        Assert.Equal(IngestOutcomeKind.Rejected, outcome.Kind);
        Assert.True(File.Exists(Path.Combine(inbox.Failed, "photo.txt")));
        var report = await File.ReadAllTextAsync(Path.Combine(inbox.Failed, "photo.txt.error.txt"));
        Assert.Contains("Reason: not text", report);
        Assert.Contains($"Article id: {outcome.ArticleId}", report);
        Assert.Contains("Time:", report);
        Assert.False(File.Exists(Path.Combine(inbox.Inbox, "photo.txt")));
        Assert.False(await inbox.Harness.Published.Any<ArticleReceived>());
    }

    [Fact]
    public async Task A_file_held_open_by_its_writer_is_not_read_until_the_writer_closes_it()
    {
        await using var inbox = new InboxHost();
        await inbox.StartAsync();

        var path = Path.Combine(inbox.Inbox, "writing.txt");
        // FileShare.Read is what File.Create and a plain FileStream writer use; the watcher's exclusive open must still see it.
        await using (var writer = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.Read))
        {
            await writer.WriteAsync(Article("First half, "));
            await writer.FlushAsync();

            // Size and time stay the same for well over StableFor, but the writer still holds the file.
            Assert.True(await inbox.NothingFinishesWithinAsync(TimeSpan.FromSeconds(1.5)));

            await writer.WriteAsync(Article("second half."));
        }

        var outcome = await inbox.NextOutcomeAsync();

        Assert.Equal(IngestOutcomeKind.Published, outcome.Kind);
        var message = inbox.Harness.Published.Select<ArticleReceived>().Single().Context.Message;
        Assert.Equal("First half, second half.", message.Article.Text);
    }

    [Fact]
    public async Task A_growing_file_is_read_only_once_it_stopped_growing()
    {
        await using var inbox = new InboxHost();

        // StableFor well above the pauses, so a busy machine stretching a pause does not make the test lie.
        await inbox.StartAsync(settings: ("Inbox:StableFor", "00:00:01"));

        var path = Path.Combine(inbox.Inbox, "growing.txt");
        for (var i = 0; i < 6; i++)
        {
            // Appending without holding the file, as a copy over a network share does; pauses shorter than StableFor.
            await File.AppendAllTextAsync(path, $"Part {i}. ");
            await Task.Delay(100);
        }

        var outcome = await inbox.NextOutcomeAsync();

        Assert.Equal(IngestOutcomeKind.Published, outcome.Kind);
        var message = inbox.Harness.Published.Select<ArticleReceived>().Single().Context.Message;
        Assert.Equal("Part 0. Part 1. Part 2. Part 3. Part 4. Part 5.", message.Article.Text);
    }

    [Fact]
    public async Task Partial_downloads_and_hidden_files_are_left_alone()
    {
        await using var inbox = new InboxHost();
        inbox.Drop("download.txt.part", Article("Half a download"));
        inbox.Drop(".hidden.txt", Article("Hidden"));
        inbox.Drop("~$word.txt", Article("Office lock"));
        await inbox.StartAsync();

        Assert.True(await inbox.NothingFinishesWithinAsync(TimeSpan.FromSeconds(1.5)));
        Assert.True(File.Exists(Path.Combine(inbox.Inbox, "download.txt.part")));
        Assert.True(File.Exists(Path.Combine(inbox.Inbox, ".hidden.txt")));
        Assert.True(File.Exists(Path.Combine(inbox.Inbox, "~$word.txt")));
    }

    [Fact]
    public async Task A_partial_download_renamed_to_its_final_name_is_taken()
    {
        await using var inbox = new InboxHost();
        var partial = inbox.Drop("download.txt.part", Article("Complete download."));
        await inbox.StartAsync();
        Assert.True(await inbox.NothingFinishesWithinAsync(TimeSpan.FromSeconds(1)));

        File.Move(partial, Path.Combine(inbox.Inbox, "download.txt"));
        var outcome = await inbox.NextOutcomeAsync();

        Assert.Equal((IngestOutcomeKind.Published, "download.txt"), (outcome.Kind, outcome.FileName));
        Assert.True(File.Exists(Path.Combine(inbox.Processed, "download.txt")));
    }

    [Fact]
    public async Task A_second_file_of_the_same_name_gets_a_unique_name_in_processed()
    {
        await using var inbox = new InboxHost();
        Directory.CreateDirectory(inbox.Processed);
        await File.WriteAllTextAsync(Path.Combine(inbox.Processed, "news.txt"), "older article");
        inbox.Drop("news.txt", Article("Newer article."));
        await inbox.StartAsync();

        var outcome = await inbox.NextOutcomeAsync();

        Assert.Equal(Path.Combine(inbox.Processed, "news-2.txt"), outcome.MovedTo);
        Assert.Equal("older article", await File.ReadAllTextAsync(Path.Combine(inbox.Processed, "news.txt")));
        Assert.Equal("Newer article.", await File.ReadAllTextAsync(Path.Combine(inbox.Processed, "news-2.txt")));
    }

    [Fact]
    public async Task A_file_in_a_subfolder_keeps_its_relative_name()
    {
        await using var inbox = new InboxHost();
        inbox.Drop(Path.Combine("agency", "wire.md"), Article("# Wire\n\nA **wire** story."));
        await inbox.StartAsync();

        var outcome = await inbox.NextOutcomeAsync();

        Assert.Equal("agency/wire.md", outcome.FileName);
        Assert.True(File.Exists(Path.Combine(inbox.Processed, "agency", "wire.md")));
        var message = inbox.Harness.Published.Select<ArticleReceived>().Single().Context.Message;
        Assert.Equal("agency/wire.md", message.Article.FileName);
        Assert.Equal("Wire", message.Article.Title);
    }

    [Fact]
    public async Task A_file_whose_publish_fails_stays_in_the_inbox_and_is_published_on_a_later_scan()
    {
        var (endpoint, broker) = FlakyPublishEndpoint.Create(failures: 3);
        await using var inbox = new InboxHost();
        inbox.Drop("a.txt", Article("Article."));
        await inbox.StartAsync(
            services => services.Replace(ServiceDescriptor.Singleton(sp => new ArticleFileIngestor(
                endpoint,
                sp.GetRequiredService<ArticleFileReader>(),
                sp.GetRequiredService<IOptions<InboxOptions>>(),
                sp.GetRequiredService<ILogger<ArticleFileIngestor>>(),
                TimeProvider.System))),
            ("Inbox:PublishRetryAttempts", "1"));

        var first = await inbox.NextOutcomeAsync();

        Assert.Equal(IngestOutcomeKind.Failed, first.Kind);
        Assert.True(File.Exists(Path.Combine(inbox.Inbox, "a.txt")));
        Assert.False(File.Exists(Path.Combine(inbox.Failed, "a.txt")));

        var second = await inbox.NextOutcomeAsync();

        Assert.Equal(IngestOutcomeKind.Published, second.Kind);
        Assert.Equal(first.ArticleId, second.ArticleId);
        Assert.Equal(4, broker.Attempts);
        Assert.True(File.Exists(Path.Combine(inbox.Processed, "a.txt")));
    }

    [Fact]
    public async Task A_file_dropped_again_after_processing_is_published_again_with_the_same_id()
    {
        await using var inbox = new InboxHost();
        inbox.Drop("a.txt", Article("Same article."));
        await inbox.StartAsync();
        var first = await inbox.NextOutcomeAsync();

        inbox.Drop("a.txt", Article("Same article."));
        var second = await inbox.NextOutcomeAsync();

        Assert.Equal(IngestOutcomeKind.Published, second.Kind);
        Assert.Equal(first.ArticleId, second.ArticleId);
        Assert.True(File.Exists(Path.Combine(inbox.Processed, "a-2.txt")));
    }

    [Fact]
    public async Task A_dropped_file_is_noticed_from_its_file_system_event_long_before_the_rescan()
    {
        await using var inbox = new InboxHost();
        await inbox.StartAsync(settings: ("Inbox:RescanInterval", "01:00:00"));
        await Task.Delay(300);

        inbox.Drop("event.txt", Article("Seen through its event."));
        var outcome = await inbox.NextOutcomeAsync(TimeSpan.FromSeconds(10));

        Assert.Equal((IngestOutcomeKind.Published, "event.txt"), (outcome.Kind, outcome.FileName));
    }

    [Fact]
    public async Task A_link_to_a_file_outside_goes_to_failed_as_a_link_and_what_it_points_to_is_neither_read_nor_moved()
    {
        await using var inbox = new InboxHost();
        using var outside = new TempFolder();
        var secret = outside.Write("secret.txt", Article("Not for the inbox."));
        File.CreateSymbolicLink(Path.Combine(inbox.Inbox, "x.txt"), secret);
        await inbox.StartAsync();

        var outcome = await inbox.NextOutcomeAsync();

        Assert.Equal(IngestOutcomeKind.Rejected, outcome.Kind);
        Assert.Equal(secret, new FileInfo(Path.Combine(inbox.Failed, "x.txt")).LinkTarget);
        Assert.Contains("Reason: a symbolic link", await File.ReadAllTextAsync(Path.Combine(inbox.Failed, "x.txt.error.txt")));
        Assert.Equal("Not for the inbox.", await File.ReadAllTextAsync(secret));
        Assert.False(await inbox.Harness.Published.Any<ArticleReceived>());
    }

    [Fact]
    public async Task A_linked_folder_goes_to_failed_as_a_link_and_the_files_of_the_folder_it_points_to_stay_where_they_are()
    {
        await using var inbox = new InboxHost();
        using var outside = new TempFolder();
        var inside = outside.Write("inside.txt", Article("Outside article."));
        Directory.CreateSymbolicLink(Path.Combine(inbox.Inbox, "agency"), outside.Path);
        await inbox.StartAsync();

        var outcome = await inbox.NextOutcomeAsync();

        Assert.Equal((IngestOutcomeKind.Rejected, "agency"), (outcome.Kind, outcome.FileName));
        Assert.True(File.Exists(inside));
        Assert.Equal(outside.Path, new DirectoryInfo(Path.Combine(inbox.Failed, "agency")).LinkTarget);
        Assert.True(await inbox.NothingFinishesWithinAsync(TimeSpan.FromSeconds(1.5)));
        Assert.True(File.Exists(inside));
        Assert.False(await inbox.Harness.Published.Any<ArticleReceived>());
    }

    [Fact]
    public async Task A_named_pipe_goes_to_failed_unopened_and_the_watcher_goes_on_with_other_files()
    {
        await using var inbox = new InboxHost();
        (await Pipeline.Testing.ToolRunner.RunAsync("mkfifo", [Path.Combine(inbox.Inbox, "a-pipe.txt")], null, TimeSpan.FromSeconds(10))).EnsureSuccess();
        inbox.Drop("b-file.txt", Article("After the pipe."));
        await inbox.StartAsync();

        var outcomes = new[] { await inbox.NextOutcomeAsync(), await inbox.NextOutcomeAsync() }.ToDictionary(o => o.FileName);

        Assert.Equal(IngestOutcomeKind.Rejected, outcomes["a-pipe.txt"].Kind);
        Assert.Contains("named pipe", outcomes["a-pipe.txt"].Reason);
        Assert.Equal(IngestOutcomeKind.Published, outcomes["b-file.txt"].Kind);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_finished_file_renamed_into_the_inbox_is_taken_without_waiting_for_the_quiet_period(bool fromOutside)
    {
        await using var inbox = new InboxHost();
        using var outside = new TempFolder();
        await inbox.StartAsync(settings: ("Inbox:StableFor", "00:10:00"));
        var written = fromOutside ? outside.Write("done.txt", Article("Renamed into place.")) : inbox.Drop("done.txt.part", Article("Renamed into place."));

        // Later than the clock's tick, so that the rename's status change falls after the last write even on a coarse clock.
        await Task.Delay(50);
        File.Move(written, Path.Combine(inbox.Inbox, "done.txt"));
        var outcome = await inbox.NextOutcomeAsync(TimeSpan.FromSeconds(30));

        Assert.Equal((IngestOutcomeKind.Published, "done.txt"), (outcome.Kind, outcome.FileName));
        Assert.True(File.Exists(Path.Combine(inbox.Processed, "done.txt")));
    }

    [Fact]
    public async Task A_file_another_process_still_holds_open_for_writing_is_read_only_once_it_is_closed()
    {
        await using var inbox = new InboxHost();
        await inbox.StartAsync();

        // A plain writer that takes no lock (a shell, a copy tool), pausing well beyond the quiet period mid-file.
        var path = Path.Combine(inbox.Inbox, "slow.txt");
        using var writer = System.Diagnostics.Process.Start(Pipeline.Testing.ToolRunner.CreateStartInfo(
            "sh", ["-c", "exec 3>\"$0\"; printf 'First half, ' >&3; sleep 2; printf 'second half.' >&3", path], null))!;
        await writer.WaitForExitAsync();
        var outcome = await inbox.NextOutcomeAsync();

        Assert.Equal(IngestOutcomeKind.Published, outcome.Kind);
        var message = inbox.Harness.Published.Select<ArticleReceived>().Single().Context.Message;
        Assert.Equal("First half, second half.", message.Article.Text);
    }

    [Fact]
    public async Task The_files_in_a_folder_named_like_an_article_are_taken_as_articles_of_their_own()
    {
        await using var inbox = new InboxHost();
        inbox.Drop(Path.Combine("wire.txt", "story.txt"), Article("Inside a folder named like a file."));
        await inbox.StartAsync();

        var outcome = await inbox.NextOutcomeAsync();

        Assert.Equal((IngestOutcomeKind.Published, "wire.txt/story.txt"), (outcome.Kind, outcome.FileName));
        Assert.True(File.Exists(Path.Combine(inbox.Processed, "wire.txt", "story.txt")));
    }

    [Fact]
    public async Task Several_files_are_handled_at_once_and_each_is_moved_only_after_its_own_publish_returned()
    {
        await using var inbox = new InboxHost();
        var (endpoint, broker) = GatedPublishEndpoint.Create(openAt: 8, inbox.Inbox);
        for (var i = 0; i < 20; i++)
        {
            inbox.Drop($"a{i:00}.txt", Article($"Article {i}."));
        }

        await inbox.StartAsync(
            services => services.Replace(ServiceDescriptor.Singleton(sp => new ArticleFileIngestor(
                endpoint,
                sp.GetRequiredService<ArticleFileReader>(),
                sp.GetRequiredService<IOptions<InboxOptions>>(),
                sp.GetRequiredService<ILogger<ArticleFileIngestor>>(),
                TimeProvider.System))),
            ("Inbox:MaxInFlight", "8"));

        var outcomes = new List<IngestOutcome>();
        for (var i = 0; i < 20; i++)
        {
            outcomes.Add(await inbox.NextOutcomeAsync());
        }

        Assert.All(outcomes, o => Assert.Equal(IngestOutcomeKind.Published, o.Kind));
        Assert.Equal(20, Directory.GetFiles(inbox.Processed).Length);
        Assert.Equal(8, broker.MostInFlight);
        Assert.All(outcomes, o => Assert.True(broker.InInboxAtConfirm[o.ArticleId!.Value], $"{o.FileName} left the inbox before its confirm"));
    }

    [Fact]
    public async Task A_file_rewritten_while_its_publish_awaits_the_confirm_stays_and_its_new_content_is_published_as_a_new_article()
    {
        await using var inbox = new InboxHost();
        var (endpoint, broker) = GatedPublishEndpoint.Create(openAt: int.MaxValue, inbox.Inbox);
        var path = inbox.Drop("a.txt", Article("Version one."));
        await inbox.StartAsync(services => services.Replace(ServiceDescriptor.Singleton(sp => new ArticleFileIngestor(
            endpoint,
            sp.GetRequiredService<ArticleFileReader>(),
            sp.GetRequiredService<IOptions<InboxOptions>>(),
            sp.GetRequiredService<ILogger<ArticleFileIngestor>>(),
            TimeProvider.System))));
        for (var i = 0; i < 400 && broker.InFlight == 0; i++)
        {
            await Task.Delay(50);
        }

        Assert.Equal(1, broker.InFlight);
        await File.WriteAllBytesAsync(path, Article("Version two, a little longer."));
        broker.Open();
        var first = await inbox.NextOutcomeAsync();
        var second = await inbox.NextOutcomeAsync();

        Assert.Equal((IngestOutcomeKind.Published, (string?)null), (first.Kind, first.MovedTo));
        Assert.Equal((IngestOutcomeKind.Published, Path.Combine(inbox.Processed, "a.txt")), (second.Kind, second.MovedTo));
        Assert.NotEqual(first.ArticleId, second.ArticleId);
        Assert.Equal("Version two, a little longer.", await File.ReadAllTextAsync(Path.Combine(inbox.Processed, "a.txt")));
    }
}
