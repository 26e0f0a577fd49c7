using Pipeline.Worker.Ingest;
using Xunit;

namespace Pipeline.Worker.Tests.Ingest;

public class FileStabilityTrackerTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 21, 6, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Written = Start.AddSeconds(-5);

    [Fact]
    public void A_file_seen_once_is_never_stable()
    {
        var tracker = new FileStabilityTracker(TimeSpan.FromSeconds(1));

        Assert.False(tracker.Observe("a.txt", 100, Written, Start));
    }

    [Fact]
    public void An_unchanged_file_is_not_stable_before_the_interval()
    {
        var tracker = new FileStabilityTracker(TimeSpan.FromSeconds(1));
        tracker.Observe("a.txt", 100, Written, Start);

        Assert.False(tracker.Observe("a.txt", 100, Written, Start.AddMilliseconds(999)));
    }

    [Fact]
    public void An_unchanged_file_is_stable_once_the_interval_has_passed()
    {
        var tracker = new FileStabilityTracker(TimeSpan.FromSeconds(1));
        tracker.Observe("a.txt", 100, Written, Start);

        Assert.True(tracker.Observe("a.txt", 100, Written, Start.AddSeconds(1)));
    }

    [Fact]
    public void A_growing_file_starts_its_wait_again()
    {
        var tracker = new FileStabilityTracker(TimeSpan.FromSeconds(1));
        tracker.Observe("a.txt", 100, Written, Start);

        Assert.False(tracker.Observe("a.txt", 200, Written, Start.AddSeconds(2)));
        Assert.False(tracker.Observe("a.txt", 200, Written, Start.AddSeconds(2.5)));
        Assert.True(tracker.Observe("a.txt", 200, Written, Start.AddSeconds(3)));
    }

    [Fact]
    public void A_rewritten_file_of_the_same_size_starts_its_wait_again()
    {
        var tracker = new FileStabilityTracker(TimeSpan.FromSeconds(1));
        tracker.Observe("a.txt", 100, Written, Start);

        Assert.False(tracker.Observe("a.txt", 100, Written.AddSeconds(6), Start.AddSeconds(2)));
    }

    [Fact]
    public void Files_are_tracked_separately()
    {
        var tracker = new FileStabilityTracker(TimeSpan.FromSeconds(1));
        tracker.Observe("a.txt", 100, Written, Start);
        tracker.Observe("b.txt", 100, Written, Start.AddSeconds(1));

        Assert.True(tracker.Observe("a.txt", 100, Written, Start.AddSeconds(1.5)));
        Assert.False(tracker.Observe("b.txt", 100, Written, Start.AddSeconds(1.5)));
    }

    [Fact]
    public void A_forgotten_file_must_prove_itself_stable_again()
    {
        var tracker = new FileStabilityTracker(TimeSpan.FromSeconds(1));
        tracker.Observe("a.txt", 100, Written, Start);
        tracker.Forget("a.txt");

        Assert.False(tracker.Observe("a.txt", 100, Written, Start.AddSeconds(5)));
    }
}
