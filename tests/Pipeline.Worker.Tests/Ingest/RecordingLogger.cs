using Microsoft.Extensions.Logging;

namespace Pipeline.Worker.Tests.Ingest;

/// <summary>Keeps every log entry with the scope properties active when it was written.</summary>
internal sealed class RecordingLogger<T> : ILogger<T>
{
    private readonly AsyncLocal<ImmutableScope?> _scope = new();

    public List<(LogLevel Level, string Message, IReadOnlyDictionary<string, object?> Properties)> Entries { get; } = [];

    public IDisposable BeginScope<TState>(TState state)
        where TState : notnull
    {
        var parent = _scope.Value;
        _scope.Value = new ImmutableScope(state, parent);
        return new Pop(() => _scope.Value = parent);
    }

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        var properties = new Dictionary<string, object?>();
        for (var scope = _scope.Value; scope is not null; scope = scope.Parent)
        {
            Collect(scope.State, properties);
        }

        Collect(state, properties);
        lock (Entries)
        {
            Entries.Add((logLevel, formatter(state, exception), properties));
        }
    }

    private static void Collect(object? state, Dictionary<string, object?> properties)
    {
        if (state is IEnumerable<KeyValuePair<string, object?>> pairs)
        {
            foreach (var (key, value) in pairs)
            {
                properties.TryAdd(key, value);
            }
        }
        else if (state is IEnumerable<KeyValuePair<string, object>> strictPairs)
        {
            foreach (var (key, value) in strictPairs)
            {
                properties.TryAdd(key, value);
            }
        }
    }

    private sealed record ImmutableScope(object? State, ImmutableScope? Parent);

    private sealed class Pop(Action pop) : IDisposable
    {
        public void Dispose() => pop();
    }
}
