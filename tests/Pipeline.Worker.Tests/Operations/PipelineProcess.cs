using System.Diagnostics;
using Pipeline.Testing;

namespace Pipeline.Worker.Tests.Operations;

/// <summary>
/// The real <c>pipeline</c> executable in a process of its own, as users run it: its own MassTransit instrumentation
/// (one per process) and its bootstrap logger, which the in-process command runner does not have.
/// </summary>
internal sealed class PipelineProcess : IDisposable
{
    private readonly Process process;
    private readonly List<string> output = [];
    private readonly List<string> error = [];

    private PipelineProcess(Process process) => this.process = process;

    public static PipelineProcess Start(params string[] arguments)
    {
        var dotnet = Environment.ProcessPath is { } host && Path.GetFileNameWithoutExtension(host) == "dotnet" ? host : "dotnet";
        var start = new ProcessStartInfo(dotnet) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "pipeline.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment[Scratch.OwnerVariable] = Scratch.Root;
        start.Environment["MASSTRANSIT_USAGE_TELEMETRY"] = "false";
        var started = new PipelineProcess(Process.Start(start) ?? throw new InvalidOperationException("cannot start pipeline"));
        started.process.OutputDataReceived += (_, e) => Keep(started.output, e.Data);
        started.process.ErrorDataReceived += (_, e) => Keep(started.error, e.Data);
        started.process.BeginOutputReadLine();
        started.process.BeginErrorReadLine();
        return started;
    }

    public bool HasExited => process.HasExited;

    /// <summary>Standard error so far: the logs, then any one-line complaint.</summary>
    public IReadOnlyList<string> Error
    {
        get
        {
            lock (error)
            {
                return [.. error];
            }
        }
    }

    /// <summary>Waits for the exit code, after every line was read.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var patience = new CancellationTokenSource(timeout);
        await process.WaitForExitAsync(patience.Token);
        return process.ExitCode;
    }

    /// <summary>Asks the process to stop as a service manager does (SIGTERM) and returns its exit code.</summary>
    public async Task<int> StopAsync(TimeSpan timeout)
    {
        if (!process.HasExited)
        {
            using var kill = Process.Start("kill", ["-TERM", process.Id.ToString()]);
            await kill.WaitForExitAsync();
        }

        return await WaitForExitAsync(timeout);
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(10_000);
        }

        process.Dispose();
    }

    private static void Keep(List<string> lines, string? line)
    {
        if (line is not null)
        {
            lock (lines)
            {
                lines.Add(line);
            }
        }
    }
}
