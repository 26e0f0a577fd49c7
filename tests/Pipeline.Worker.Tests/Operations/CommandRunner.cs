using Pipeline.Worker.Commands;

namespace Pipeline.Worker.Tests.Operations;

/// <summary>Runs a <c>pipeline</c> command in this process and keeps what it wrote, without touching the global console.</summary>
internal static class CommandRunner
{
    public static async Task<CommandResult> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await PipelineCommandLine.InvokeAsync(args, output, error, CancellationToken.None);
        return new CommandResult(code, output.ToString(), error.ToString());
    }

    /// <summary>Runs the command until <paramref name="done"/> holds (management statistics lag about a second).</summary>
    public static async Task<CommandResult> RunUntilAsync(Func<CommandResult, bool> done, TimeSpan timeout, params string[] args)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var result = await RunAsync(args);
            if (done(result))
            {
                return result;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"pipeline {string.Join(' ', args)} did not reach the expected state within {timeout}; last exit code {result.ExitCode}:\n{result.Output}\n{result.Error}");
            }

            await Task.Delay(500);
        }
    }
}

internal sealed record CommandResult(int ExitCode, string Output, string Error);
