using Pipeline.Worker.Ingest;
using Xunit;

namespace Pipeline.Worker.Tests.Ingest;

public class FileStabilityTrackerTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 21, 6, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Quiet = TimeSpan.FromSeconds(1);

    [Fact]
    public void A_file_seen_once_is_never_stable_however_old_its_last_write()
    {
        var tracker = new FileStabilityTracker(Quiet);

        Assert.False(tracker.Observe("a.txt", 100, Start.AddHours(-1), Start));
    }

    [Fact]
    public void A_file_written_just_now_is_not_stable_before_the_quiet_period_after_its_last_write()
    {
        var tracker = new FileStabilityTracker(Quiet);
        tracker.Observe("a.txt", 100, Start, Start);

        Assert.False(tracker.Observe("a.txt", 100, Start, Start.AddMilliseconds(999)));
        Assert.True(tracker.Observe("a.txt", 100, Start, Start.AddSeconds(1)));
    }

    [Fact]
    public void A_file_last_written_long_ago_is_stable_at_the_second_look()
    {
        var tracker = new FileStabilityTracker(Quiet);
        tracker.Observe("a.txt", 100, Start.AddMinutes(-10), Start);

        Assert.True(tracker.Observe("a.txt", 100, Start.AddMinutes(-10), Start.AddMilliseconds(50)));
    }

    [Fact]
    public void The_quiet_period_counts_from_the_last_write_not_from_the_first_look()
    {
        var tracker = new FileStabilityTracker(Quiet);
        tracker.Observe("a.txt", 100, Start.AddMilliseconds(-700), Start);

        Assert.False(tracker.Observe("a.txt", 100, Start.AddMilliseconds(-700), Start.AddMilliseconds(200)));
        Assert.True(tracker.Observe("a.txt", 100, Start.AddMilliseconds(-700), Start.AddMilliseconds(300)));
    }

    [Fact]
    public void A_growing_file_starts_its_wait_again()
    {
        var tracker = new FileStabilityTracker(Quiet);
        tracker.Observe("a.txt", 100, Start, Start);

        Assert.False(tracker.Observe("a.txt", 200, Start.AddSeconds(2), Start.AddSeconds(2)));
        Assert.False(tracker.Observe("a.txt", 200, Start.AddSeconds(2), Start.AddSeconds(2.5)));
        Assert.True(tracker.Observe("a.txt", 200, Start.AddSeconds(2), Start.AddSeconds(3)));
    }

    [Fact]
    public void A_file_that_grew_without_a_newer_last_write_is_timed_by_our_own_looks_from_then_on()
    {
        // A coarse or foreign clock: the size changed, the last write did not move past our earlier look.
        var tracker = new FileStabilityTracker(Quiet);
        var written = Start.AddSeconds(-5);
        tracker.Observe("a.txt", 100, written, Start);

        Assert.False(tracker.Observe("a.txt", 200, written, Start.AddSeconds(2)));
        Assert.False(tracker.Observe("a.txt", 200, written, Start.AddSeconds(2.5)));
        Assert.True(tracker.Observe("a.txt", 200, written, Start.AddSeconds(3)));
    }

    [Fact]
    public void A_last_write_in_the_future_proves_nothing()
    {
        var tracker = new FileStabilityTracker(Quiet);
        tracker.Observe("a.txt", 100, Start.AddMinutes(5), Start);

        Assert.False(tracker.Observe("a.txt", 100, Start.AddMinutes(5), Start.AddMilliseconds(999)));
        Assert.True(tracker.Observe("a.txt", 100, Start.AddMinutes(5), Start.AddSeconds(1)));
    }

    [Fact]
    public void A_file_its_writer_declared_complete_is_stable_at_once()
    {
        var tracker = new FileStabilityTracker(TimeSpan.FromMinutes(10));

        Assert.True(tracker.Observe("a.txt", 100, Start, Start, declaredComplete: true));
    }

    [Fact]
    public void A_rewritten_file_of_the_same_size_starts_its_wait_again()
    {
        var tracker = new FileStabilityTracker(Quiet);
        tracker.Observe("a.txt", 100, Start.AddSeconds(-5), Start);

        Assert.False(tracker.Observe("a.txt", 100, Start.AddSeconds(1.5), Start.AddSeconds(2)));
        Assert.False(tracker.Observe("a.txt", 100, Start.AddSeconds(1.5), Start.AddSeconds(2.4)));
        Assert.True(tracker.Observe("a.txt", 100, Start.AddSeconds(1.5), Start.AddSeconds(2.5)));
    }

    [Fact]
    public void Files_are_tracked_separately()
    {
        var tracker = new FileStabilityTracker(Quiet);
        tracker.Observe("a.txt", 100, Start, Start);
        tracker.Observe("b.txt", 100, Start.AddSeconds(1), Start.AddSeconds(1));

        Assert.True(tracker.Observe("a.txt", 100, Start, Start.AddSeconds(1.5)));
        Assert.False(tracker.Observe("b.txt", 100, Start.AddSeconds(1), Start.AddSeconds(1.5)));
    }

    [Fact]
    public void A_forgotten_file_must_prove_itself_stable_again()
    {
        var tracker = new FileStabilityTracker(Quiet);
        tracker.Observe("a.txt", 100, Start.AddSeconds(-5), Start);
        tracker.Forget("a.txt");

        Assert.False(tracker.Observe("a.txt", 100, Start.AddSeconds(-5), Start.AddSeconds(5)));
    }
}
