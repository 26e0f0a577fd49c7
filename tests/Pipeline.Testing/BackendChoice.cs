using DotNet.Testcontainers.Builders;

namespace Pipeline.Testing;

/// <summary>
/// Chooses each fixture's backend: a container where a Docker engine answers, else the private server. Testcontainers
/// has no documented up-front check for an engine: building a container throws <see cref="DockerUnavailableException"/>
/// when none answers (about 0.7 s the first time in a process, 5 ms after), so the first fixture to start tries and
/// every later one of the run takes the same answer without trying again. The choice is reported once per run.
/// <c>PIPELINE_TEST_BACKEND=private</c> or <c>=container</c> forces one; a forced container that cannot start fails.
/// </summary>
public sealed class BackendChoice(string? forced, Action<string> report)
{
    /// <summary>Environment variable that forces a backend: <c>private</c> or <c>container</c>.</summary>
    public const string Variable = "PIPELINE_TEST_BACKEND";

    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly Lock reportGate = new();
    private string? noEngine;
    private bool reported;

    /// <summary>The choice every fixture of this test process shares, reported through <see cref="Console.Error"/> and xunit's diagnostics.</summary>
    public static BackendChoice Shared { get; } = new(Environment.GetEnvironmentVariable(Variable), message => Console.Error.WriteLine(message));

    /// <summary>Why no container runs in this process, once an attempt found no engine.</summary>
    public string? NoEngine => noEngine;

    /// <summary>
    /// Starts the container with <paramref name="startContainer"/> (its build included) unless this run already knows
    /// there is no engine; returns <see cref="FixtureBackend.Container"/> when it started, and
    /// <see cref="FixtureBackend.PrivateServer"/> when no engine answered. Any other failure of a container is the test run's.
    /// </summary>
    public async Task<FixtureBackend> ChooseAsync(string fixture, Func<CancellationToken, Task> startContainer, Action<string>? diagnostics, CancellationToken cancellationToken)
    {
        if (string.Equals(forced, "private", StringComparison.OrdinalIgnoreCase))
        {
            Report($"{fixture}: the private server ({Variable}={forced})", diagnostics);
            return FixtureBackend.PrivateServer;
        }

        await gate.WaitAsync(cancellationToken);
        try
        {
            if (noEngine is null)
            {
                try
                {
                    await startContainer(cancellationToken);
                    Report($"{fixture}: a container (a Docker engine answered)", diagnostics);
                    return FixtureBackend.Container;
                }
                catch (DockerUnavailableException e) when (!string.Equals(forced, "container", StringComparison.OrdinalIgnoreCase))
                {
                    noEngine = $"{e.GetType().Name}: {e.Message.ReplaceLineEndings(" ")}";
                }
            }
        }
        finally
        {
            gate.Release();
        }

        Report($"{fixture}: the private server, since no Docker engine answered ({noEngine})", diagnostics);
        return FixtureBackend.PrivateServer;
    }

    // Once per run on the shared channel; every fixture's own line goes to its xunit diagnostics.
    private void Report(string line, Action<string>? diagnostics)
    {
        diagnostics?.Invoke($"Test fixture backend: {line}");
        lock (reportGate)
        {
            if (reported)
            {
                return;
            }

            reported = true;
        }

        report($"Test fixture backend: {line}");
    }
}
