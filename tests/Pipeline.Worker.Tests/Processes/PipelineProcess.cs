using System.Diagnostics;
using Pipeline.Testing;

namespace Pipeline.Worker.Tests.Processes;

/// <summary>
/// The real <c>pipeline</c> executable in a process of its own, as an operator runs it: its own MassTransit
/// instrumentation (one per process) and bootstrap logger, which the in-process command runner does not have; its
/// lines kept, stopped with SIGTERM or killed with SIGKILL (<c>kill -9</c>). Optionally started with libcld2 hidden from
/// it alone, in a private mount namespace (the system stays untouched).
/// </summary>
internal sealed class PipelineProcess : IDisposable
{
    private readonly Process process;
    private readonly List<string> lines = [];
    private readonly List<string> errors = [];

    private PipelineProcess(Process process, string description)
    {
        this.process = process;
        Description = description;
    }

    public string Description { get; }

    public bool HasExited => process.HasExited;

    public int ExitCode => process.ExitCode;

    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (lines)
            {
                return [.. lines];
            }
        }
    }

    /// <summary>Standard error alone so far: the logs, then any one-line complaint.</summary>
    public IReadOnlyList<string> Error
    {
        get
        {
            lock (lines)
            {
                return [.. errors];
            }
        }
    }

    /// <summary>Started in the test's working directory.</summary>
    public static PipelineProcess Start(params string[] arguments) => Start(arguments, Environment.CurrentDirectory);

    /// <param name="hideCld2">libcld2 cannot be loaded by this process (<c>/dev/null</c> is bound over it).</param>
    /// <param name="cld2StandIn">A file bound over libcld2 for this process: a library that loads but is not CLD2.</param>
    public static PipelineProcess Start(
        IReadOnlyList<string> arguments, string workingDirectory, bool hideCld2 = false, string? standardInput = null, string? cld2StandIn = null)
    {
        var dotnet = Environment.ProcessPath is { } host && Path.GetFileNameWithoutExtension(host) == "dotnet" ? host : "dotnet";
        var pipeline = Path.Combine(AppContext.BaseDirectory, "pipeline.dll");
        var standIn = hideCld2 ? "/dev/null" : cld2StandIn;
        var library = standIn is null ? null : NativeLibraryFile("libcld2.so.0");
        var startInfo = library is null
            ? ToolRunner.CreateStartInfo(dotnet, [pipeline, .. arguments], null)
            : ToolRunner.CreateStartInfo(
                "unshare",
                [
                    ToolRunner.IsRoot ? "-m" : "-rm", "sh", "-c", "mount --bind \"$0\" \"$1\" && shift && exec \"$@\"",
                    standIn!, library, dotnet, pipeline, .. arguments,
                ],
                null);
        startInfo.WorkingDirectory = workingDirectory;
        startInfo.RedirectStandardOutput = true;
        startInfo.RedirectStandardError = true;
        startInfo.RedirectStandardInput = true;
        startInfo.Environment["MASSTRANSIT_USAGE_TELEMETRY"] = "false";
        startInfo.Environment["DOTNET_NOLOGO"] = "1";
        startInfo.Environment["MALLOC_TRIM_THRESHOLD_"] = "268435456";
        Directory.CreateDirectory(workingDirectory);

        var process = Process.Start(startInfo) ?? throw new InvalidOperationException("cannot start pipeline");
        var started = new PipelineProcess(process, string.Join(' ', arguments));
        process.OutputDataReceived += (_, e) => started.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => started.Keep(e.Data, fromStandardError: true);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        process.StandardInput.Write(standardInput ?? "");
        process.StandardInput.Close();
        return started;
    }

    /// <summary>Where the dynamic loader finds <paramref name="soname"/> on this machine (the file behind its links), or null.</summary>
    public static string? NativeLibraryFile(string soname)
    {
        foreach (var folder in new[] { "/usr/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu", "/usr/lib64", "/usr/lib", "/lib/x86_64-linux-gnu" })
        {
            var path = Path.Combine(folder, soname);
            if (File.Exists(path))
            {
                return new FileInfo(path).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? path;
            }
        }

        return null;
    }

    /// <summary><c>kill -9</c>: no shutdown code runs, exactly as when the machine loses power under the process.</summary>
    public void KillHard()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: false);
        }

        process.WaitForExit(30_000);
    }

    /// <summary>SIGTERM, as <c>docker stop</c> or systemd sends, then the exit code.</summary>
    public async Task<int> StopAsync(TimeSpan timeout)
    {
        if (!process.HasExited)
        {
            (await ToolRunner.RunAsync("kill", ["-TERM", process.Id.ToString()], null, TimeSpan.FromSeconds(10))).EnsureSuccess();
        }

        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"pipeline {Description} did not stop within {timeout} of SIGTERM:\n{Log()}");
        }

        return process.ExitCode;
    }

    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"pipeline {Description} did not finish within {timeout}:\n{Log()}");
        }

        // The output readers may still hold the last lines.
        process.WaitForExit();
        return process.ExitCode;
    }

    /// <summary>Fails the test with the process's last lines when it stopped while it should be running.</summary>
    public void AssertRunning()
    {
        if (process.HasExited)
        {
            throw new InvalidOperationException($"pipeline {Description} exited with {process.ExitCode}:\n{Log()}");
        }
    }

    public string Log(int last = 80)
    {
        lock (lines)
        {
            return string.Join('\n', lines.TakeLast(last));
        }
    }

    public void Dispose()
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(10_000);
            }
        }
        finally
        {
            process.Dispose();
        }
    }

    private void Keep(string? line, bool fromStandardError = false)
    {
        if (line is not null)
        {
            lock (lines)
            {
                lines.Add(line);
                if (fromStandardError)
                {
                    errors.Add(line);
                }
            }
        }
    }
}
