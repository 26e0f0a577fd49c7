using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Pipeline.Testing;

/// <summary>What one run of an external tool printed and returned.</summary>
/// <param name="Command">The command line, for messages.</param>
/// <param name="ExitCode">The process's exit code.</param>
/// <param name="Output">Standard output followed by standard error.</param>
public sealed record ToolResult(string Command, int ExitCode, string Output)
{
    /// <summary>Returns this result, or throws with the tool's output when it failed.</summary>
    public ToolResult EnsureSuccess() =>
        ExitCode == 0 ? this : throw new InvalidOperationException($"`{Command}` exited with {ExitCode}:\n{Output}");
}

/// <summary>Runs the command-line tools the fixtures drive (rabbitmqctl, initdb, pg_ctl...).</summary>
public static class ToolRunner
{
    /// <summary>True when this process runs as root, where PostgreSQL refuses to run and must be given another user.</summary>
    public static bool IsRoot => OperatingSystem.IsLinux() && geteuid() == 0;

    /// <summary>Runs a tool to completion and returns its exit code and output; kills it after <paramref name="timeout"/>.</summary>
    public static async Task<ToolResult> RunAsync(
        string fileName,
        IEnumerable<string> arguments,
        IReadOnlyDictionary<string, string>? environment,
        TimeSpan timeout,
        CancellationToken cancellationToken = default)
    {
        var startInfo = CreateStartInfo(fileName, arguments, environment);
        startInfo.RedirectStandardOutput = true;
        startInfo.RedirectStandardError = true;
        startInfo.RedirectStandardInput = true;
        var command = Describe(startInfo);

        using var process = Process.Start(startInfo) ?? throw new InvalidOperationException($"Could not start `{command}`.");
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var stderr = process.StandardError.ReadToEndAsync(CancellationToken.None);

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            Kill(process);
            cancellationToken.ThrowIfCancellationRequested();
            throw new TimeoutException($"`{command}` did not finish within {timeout.TotalSeconds:0} s:\n{await Collect(stdout, stderr)}");
        }

        return new ToolResult(command, process.ExitCode, await Collect(stdout, stderr));
    }

    /// <summary>The start information every fixture process gets: our environment on top of the current one, plus the owner mark.</summary>
    public static ProcessStartInfo CreateStartInfo(string fileName, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment)
    {
        var startInfo = new ProcessStartInfo(fileName) { UseShellExecute = false };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            startInfo.Environment[name] = value;
        }

        startInfo.Environment[Scratch.OwnerVariable] = Scratch.Root;
        return startInfo;
    }

    /// <summary>Kills a process and its children, ignoring one that is already gone.</summary>
    public static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already exited.
        }
    }

    /// <summary>Finds an executable on PATH, or null.</summary>
    public static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, name))
            .FirstOrDefault(File.Exists);

    static string Describe(ProcessStartInfo startInfo) =>
        string.Join(' ', startInfo.ArgumentList.Prepend(startInfo.FileName));

    // A daemon the tool started (epmd, a postmaster) may inherit its pipes and keep them open, so once the tool
    // itself has exited, read what arrived within a moment rather than waiting for end of file.
    static async Task<string> Collect(Task<string> stdout, Task<string> stderr)
    {
        await Task.WhenAny(Task.WhenAll(stdout, stderr), Task.Delay(TimeSpan.FromSeconds(2)));
        var output = stdout.IsCompletedSuccessfully ? await stdout : "";
        var errors = stderr.IsCompletedSuccessfully ? await stderr : "";
        return (output + errors).TrimEnd();
    }

    [DllImport("libc")]
    static extern uint geteuid();
}
