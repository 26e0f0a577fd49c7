using System.Diagnostics;

namespace Pipeline.EndToEnd;

/// <summary>
/// Drops files into an inbox at a fixed offered rate, as a feed would: each is written beside the inbox first and
/// renamed in (a rename is atomic, so the watcher never sees half a file). Records when each landed.
/// </summary>
public static class FileDropper
{
    /// <summary>Moves every file of <paramref name="staging"/> into <paramref name="inbox"/>, <paramref name="perSecond"/> a second; returns when each landed, by file name.</summary>
    public static Task<IReadOnlyDictionary<string, long>> DropAsync(
        string staging, string inbox, IReadOnlyList<string> fileNames, double perSecond, CancellationToken cancellationToken)
    {
        var done = new TaskCompletionSource<IReadOnlyDictionary<string, long>>(TaskCreationOptions.RunContinuationsAsynchronously);

        // A thread of its own: the thread pool is busy with the listener, and Task.Delay's granularity would bunch drops.
        var thread = new Thread(() =>
        {
            try
            {
                var dropped = new Dictionary<string, long>(StringComparer.Ordinal);
                var start = Stopwatch.GetTimestamp();
                for (var i = 0; i < fileNames.Count && !cancellationToken.IsCancellationRequested; i++)
                {
                    var due = TimeSpan.FromSeconds(i / perSecond);
                    var wait = due - Stopwatch.GetElapsedTime(start);
                    if (wait > TimeSpan.Zero)
                    {
                        Thread.Sleep(wait);
                    }

                    File.Move(Path.Combine(staging, fileNames[i]), Path.Combine(inbox, fileNames[i]));
                    dropped[fileNames[i]] = Stopwatch.GetTimestamp();
                }

                done.SetResult(dropped);
            }
            catch (Exception e)
            {
                done.SetException(e);
            }
        })
        { IsBackground = true, Name = "file dropper" };
        thread.Start();
        return done.Task;
    }
}
