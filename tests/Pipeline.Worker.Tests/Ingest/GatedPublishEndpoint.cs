using System.Collections.Concurrent;
using System.Reflection;
using MassTransit;
using Pipeline.Contracts;

namespace Pipeline.Worker.Tests.Ingest;

/// <summary>
/// A broker whose confirms are held back until <see cref="OpenAt"/> publishes wait at once (or a long timeout passes),
/// so a test can see how many publishes a caller keeps in flight; it notes whether each file was still in the inbox
/// when its confirm came.
/// </summary>
public class GatedPublishEndpoint : DispatchProxy
{
    private readonly TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _inFlight;
    private int _mostInFlight;

    public int OpenAt { get; private set; }

    public string Inbox { get; private set; } = "";

    public int MostInFlight => Volatile.Read(ref _mostInFlight);

    public int InFlight => Volatile.Read(ref _inFlight);

    /// <summary>Lets every held confirm (and every later one) through.</summary>
    public void Open() => _gate.TrySetResult();

    /// <summary>Per article: was its file still in the inbox when the broker confirmed it.</summary>
    public ConcurrentDictionary<Guid, bool> InInboxAtConfirm { get; } = new();

    public static (IPublishEndpoint Endpoint, GatedPublishEndpoint Control) Create(int openAt, string inbox)
    {
        var endpoint = Create<IPublishEndpoint, GatedPublishEndpoint>();
        var control = (GatedPublishEndpoint)(object)endpoint;
        control.OpenAt = openAt;
        control.Inbox = inbox;
        return (endpoint, control);
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        if (targetMethod?.Name != nameof(IPublishEndpoint.Publish) || args?[0] is not ArticleReceived message)
        {
            throw new NotSupportedException(targetMethod?.Name);
        }

        return ConfirmAsync(message);
    }

    private async Task ConfirmAsync(ArticleReceived message)
    {
        var now = Interlocked.Increment(ref _inFlight);
        int most;
        while (now > (most = Volatile.Read(ref _mostInFlight)) && Interlocked.CompareExchange(ref _mostInFlight, now, most) != most)
        {
        }

        if (now >= OpenAt)
        {
            _gate.TrySetResult();
        }

        await Task.WhenAny(_gate.Task, Task.Delay(TimeSpan.FromSeconds(30)));
        InInboxAtConfirm[message.ArticleId] = File.Exists(Path.Combine(Inbox, message.Article.FileName));
        Interlocked.Decrement(ref _inFlight);
    }
}
