using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace Pipeline.Testing;

/// <summary>
/// A subscriber that is not MassTransit: runs <c>Scripts/claim_subscriber.py</c> with Debian's Python and pika, which
/// binds its own queue to a message type's exchange and prints each message as one JSON line. Proves that other
/// teams can consume what the pipeline publishes with nothing but the exchange name.
/// </summary>
/// <remarks>
/// Debian's <c>python3-pika</c> installs for <c>/usr/bin/python3</c>; the <c>python3</c> first on PATH may be another
/// Python without it.
/// </remarks>
public sealed class PikaSubscriber : IAsyncDisposable
{
    /// <summary>The Python that has Debian's pika.</summary>
    public const string Python = "/usr/bin/python3";

    readonly Process _process;
    readonly List<JsonElement> _messages = [];
    readonly StringBuilder _errors = new();
    readonly TaskCompletionSource<string> _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    readonly Task _reading;

    PikaSubscriber(Process process)
    {
        _process = process;
        _reading = Task.WhenAll(ReadMessagesAsync(), ReadErrorsAsync());
    }

    /// <summary>Where the test project copies the script (<c>Scripts/claim_subscriber.py</c> beside the test assembly).</summary>
    public static string DefaultScript => Path.Combine(AppContext.BaseDirectory, "Scripts", "claim_subscriber.py");

    /// <summary>The queue the script declared and bound.</summary>
    public string QueueName { get; private set; } = "";

    /// <summary>The MassTransit envelopes received so far (<c>messageType</c>, <c>message</c>, <c>sentTime</c>...).</summary>
    public IReadOnlyList<JsonElement> Messages
    {
        get
        {
            lock (_messages)
            {
                return [.. _messages];
            }
        }
    }

    /// <summary>
    /// Starts the script against <paramref name="amqpUri"/> and returns once its queue is bound to
    /// <paramref name="exchange"/>, so nothing published afterwards can be missed.
    /// </summary>
    /// <param name="amqpUri">Broker and virtual host, <c>amqp://user:password@host:port/vhost</c>.</param>
    /// <param name="exchange">The fanout exchange MassTransit publishes the message type to (<c>Pipeline.Contracts:ClaimExtracted</c>).</param>
    /// <param name="queue">A durable queue name, or null for an exclusive server-named queue.</param>
    /// <param name="lifetime">How long the script runs at most before it exits on its own.</param>
    /// <param name="script">The script, by default <see cref="DefaultScript"/>.</param>
    /// <param name="cancellationToken">Cancels the wait for the queue.</param>
    public static async Task<PikaSubscriber> StartAsync(
        Uri amqpUri,
        string exchange,
        string? queue = null,
        TimeSpan? lifetime = null,
        string? script = null,
        CancellationToken cancellationToken = default)
    {
        script ??= DefaultScript;
        if (!File.Exists(Python))
        {
            throw new InvalidOperationException($"{Python} is missing: install python3-pika (scripts/test.sh does, as root).");
        }

        if (!File.Exists(script))
        {
            throw new InvalidOperationException($"The subscriber script {script} is missing (is Scripts/** copied to the output?).");
        }

        List<string> arguments = [script, "--uri", amqpUri.ToString(), "--exchange", exchange,
            "--timeout", (lifetime ?? TimeSpan.FromMinutes(5)).TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture)];
        if (queue is not null)
        {
            arguments.AddRange(["--queue", queue]);
        }

        var startInfo = ToolRunner.CreateStartInfo(Python, arguments, new Dictionary<string, string> { ["PYTHONIOENCODING"] = "utf-8" });
        startInfo.RedirectStandardOutput = true;
        startInfo.RedirectStandardError = true;
        startInfo.StandardOutputEncoding = Encoding.UTF8;
        startInfo.StandardErrorEncoding = Encoding.UTF8;
        var subscriber = new PikaSubscriber(Process.Start(startInfo) ?? throw new InvalidOperationException($"Could not start {Python}."));
        try
        {
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            deadline.CancelAfter(TimeSpan.FromSeconds(30));
            var ready = await Task.WhenAny(subscriber._ready.Task, subscriber._process.WaitForExitAsync(deadline.Token));
            if (!subscriber._ready.Task.IsCompleted)
            {
                await ready;
                await Task.WhenAny(subscriber._reading, Task.Delay(TimeSpan.FromSeconds(2), CancellationToken.None));
                throw new InvalidOperationException(
                    $"The pika subscriber exited with code {subscriber._process.ExitCode} before binding its queue " +
                    $"(is python3-pika installed for {Python}?):\n{subscriber.Errors}");
            }

            subscriber.QueueName = await subscriber._ready.Task;
            return subscriber;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            await subscriber.DisposeAsync();
            throw new TimeoutException($"The pika subscriber did not bind its queue within 30 s:\n{subscriber.Errors}");
        }
        catch
        {
            await subscriber.DisposeAsync();
            throw;
        }
    }

    /// <summary>What the script wrote on stderr (its ready line, a traceback when it failed).</summary>
    public string Errors
    {
        get
        {
            lock (_errors)
            {
                return _errors.ToString();
            }
        }
    }

    /// <summary>Waits until at least <paramref name="count"/> messages arrived and returns them all.</summary>
    public async Task<IReadOnlyList<JsonElement>> WaitForMessagesAsync(int count, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var messages = Messages;
            if (messages.Count >= count)
            {
                return messages;
            }

            if (clock.Elapsed >= timeout || (_process.HasExited && _reading.IsCompleted))
            {
                throw new TimeoutException(
                    $"The pika subscriber received {messages.Count} of {count} message(s) in {clock.Elapsed.TotalSeconds:0.0} s" +
                    $"{(_process.HasExited ? $"; it exited with code {_process.ExitCode}" : "")}:\n{Errors}");
            }

            await Task.Delay(50, cancellationToken);
        }
    }

    /// <summary>Stops the script (its exclusive queue goes with it).</summary>
    public async ValueTask DisposeAsync()
    {
        ToolRunner.Kill(_process);
        using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        try
        {
            await _process.WaitForExitAsync(grace.Token);
            await _reading.WaitAsync(grace.Token);
        }
        catch (OperationCanceledException)
        {
            // A process that ignores SIGKILL for 5 s is the kernel's problem; scripts/test.sh sweeps it.
        }

        _process.Dispose();
    }

    async Task ReadMessagesAsync()
    {
        while (await _process.StandardOutput.ReadLineAsync() is { } line)
        {
            if (line.Length == 0)
            {
                continue;
            }

            using var document = JsonDocument.Parse(line);
            lock (_messages)
            {
                _messages.Add(document.RootElement.Clone());
            }
        }
    }

    async Task ReadErrorsAsync()
    {
        while (await _process.StandardError.ReadLineAsync() is { } line)
        {
            lock (_errors)
            {
                _errors.AppendLine(line);
            }

            if (line.StartsWith("ready queue=", StringComparison.Ordinal))
            {
                var queue = line["ready queue=".Length..].Split(' ')[0];
                _ready.TrySetResult(queue);
            }
        }
    }
}
