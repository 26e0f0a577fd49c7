using System.Diagnostics;
using System.Runtime.InteropServices;
using Pipeline.Testing;

namespace Pipeline.EndToEnd;

/// <summary>
/// One run of the <c>pipeline</c> executable: its output lines handed over as they come with the time they came, its
/// CPU time sampled while it runs (the last sample stays readable after it exited), and a polite stop (SIGTERM).
/// </summary>
public sealed class PipelineProcess : IAsyncDisposable
{
    readonly Process _process;
    readonly Task _reading;
    readonly Queue<string> _tail = new();
    readonly CancellationTokenSource _sampling = new();
    readonly Task _sampler;
    double _lastCpu;
    double _peakMegabytes;

    PipelineProcess(string name, Process process, Action<string, long>? onOutput, Action<string, long>? onError)
    {
        Name = name;
        _process = process;
        Pid = process.Id;
        _reading = Task.WhenAll(
            ReadAsync(process.StandardOutput, onOutput, keepTail: false),
            ReadAsync(process.StandardError, onError, keepTail: true));
        _sampler = SampleAsync(_sampling.Token);
    }

    /// <summary>What the benchmark calls it (<c>analyze</c>, <c>language</c>, <c>sink</c>...).</summary>
    public string Name { get; }

    public int Pid { get; }

    /// <summary>CPU seconds so far (the last sample once the process exited).</summary>
    public double CpuSeconds
    {
        get
        {
            if (!_process.HasExited && ProcessCpu.Seconds(Pid) is { } now)
            {
                _lastCpu = Math.Max(_lastCpu, now);
            }

            return _lastCpu;
        }
    }

    /// <summary>Peak resident memory seen, in MB.</summary>
    public double PeakMegabytes => _peakMegabytes;

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    /// <summary>The last lines it wrote on standard error, for a failure message.</summary>
    public string Tail
    {
        get
        {
            lock (_tail)
            {
                return string.Join('\n', _tail);
            }
        }
    }

    /// <summary>Starts <paramref name="executable"/> with the benchmark's environment on top of the current one.</summary>
    public static PipelineProcess Start(
        string name,
        string executable,
        IEnumerable<string> arguments,
        string workingDirectory,
        IReadOnlyDictionary<string, string> environment,
        Action<string, long>? onOutput = null,
        Action<string, long>? onError = null)
    {
        var startInfo = ToolRunner.CreateStartInfo(executable, arguments, environment);
        startInfo.WorkingDirectory = workingDirectory;
        startInfo.RedirectStandardOutput = true;
        startInfo.RedirectStandardError = true;
        startInfo.RedirectStandardInput = true;
        var process = Process.Start(startInfo) ?? throw new InvalidOperationException($"Could not start {executable}.");
        process.StandardInput.Close();
        return new PipelineProcess(name, process, onOutput, onError);
    }

    /// <summary>Waits for the process to end on its own; throws with its last output when it fails or overruns.</summary>
    public async Task WaitForExitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            await _process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"{Name} did not finish within {timeout}; its output ends with:\n{Tail}");
        }

        await _reading.WaitAsync(TimeSpan.FromSeconds(10), CancellationToken.None);
        if (_process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Name} exited with code {_process.ExitCode}; its output ends with:\n{Tail}");
        }
    }

    /// <summary>Asks the process to stop (SIGTERM, as <c>docker stop</c> would), and kills it after 30 s.</summary>
    public async Task StopAsync()
    {
        if (_process.HasExited)
        {
            return;
        }

        _ = CpuSeconds;
        kill(Pid, 15);
        using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            await _process.WaitForExitAsync(grace.Token);
        }
        catch (OperationCanceledException)
        {
            ToolRunner.Kill(_process);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        await _sampling.CancelAsync();
        await _sampler;
        try
        {
            await _reading.WaitAsync(TimeSpan.FromSeconds(5));
        }
        catch (TimeoutException)
        {
            // A child that kept our pipes open; nothing more to read that matters.
        }

        _process.Dispose();
        _sampling.Dispose();
    }

    async Task ReadAsync(StreamReader reader, Action<string, long>? onLine, bool keepTail)
    {
        while (await reader.ReadLineAsync() is { } line)
        {
            var at = Stopwatch.GetTimestamp();
            onLine?.Invoke(line, at);
            if (keepTail)
            {
                lock (_tail)
                {
                    _tail.Enqueue(line);
                    if (_tail.Count > 40)
                    {
                        _tail.Dequeue();
                    }
                }
            }
        }
    }

    async Task SampleAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested && !_process.HasExited)
        {
            if (ProcessCpu.Seconds(Pid) is { } cpu && !_process.HasExited)
            {
                _lastCpu = Math.Max(_lastCpu, cpu);
            }

            if (ProcessCpu.PeakResidentMegabytes(Pid) is { } peak)
            {
                _peakMegabytes = Math.Max(_peakMegabytes, peak);
            }

            try
            {
                await Task.Delay(100, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [DllImport("libc", SetLastError = true)]
    static extern int kill(int pid, int signal);
}
