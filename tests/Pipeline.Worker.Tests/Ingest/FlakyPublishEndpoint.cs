using System.Reflection;
using MassTransit;

namespace Pipeline.Worker.Tests.Ingest;

/// <summary>A publish endpoint whose broker is away for the first <see cref="FailuresLeft"/> publishes.</summary>
public class FlakyPublishEndpoint : DispatchProxy
{
    private int _failuresLeft;
    private int _attempts;

    public int FailuresLeft { get => _failuresLeft; set => _failuresLeft = value; }

    public int Attempts => _attempts;

    public List<object> Published { get; } = [];

    public static (IPublishEndpoint Endpoint, FlakyPublishEndpoint Control) Create(int failures)
    {
        var endpoint = Create<IPublishEndpoint, FlakyPublishEndpoint>();
        var control = (FlakyPublishEndpoint)(object)endpoint;
        control.FailuresLeft = failures;
        return (endpoint, control);
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        if (targetMethod?.Name != nameof(IPublishEndpoint.Publish))
        {
            throw new NotSupportedException(targetMethod?.Name);
        }

        Interlocked.Increment(ref _attempts);
        if (Interlocked.Decrement(ref _failuresLeft) >= 0)
        {
            return Task.FromException(new InvalidOperationException("broker unreachable"));
        }

        lock (Published)
        {
            Published.Add(args![0]!);
        }

        return Task.CompletedTask;
    }
}
