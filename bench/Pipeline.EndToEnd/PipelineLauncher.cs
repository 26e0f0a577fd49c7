using System.Net;
using Pipeline.Testing;

namespace Pipeline.EndToEnd;

/// <summary>
/// Starts the real <c>pipeline</c> executable with the benchmark's environment, and waits for a long-running one to
/// say it is ready (<c>/health/ready</c> on its own loopback port).
/// </summary>
public sealed class PipelineLauncher(string executable, IReadOnlyDictionary<string, string> environment) : IDisposable
{
    readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };

    public string Executable => executable;

    public HttpClient Http => _http;

    /// <summary>Starts a command that ends on its own (<c>analyze</c>, <c>ingest</c>).</summary>
    public PipelineProcess Start(string name, IEnumerable<string> arguments, string folder, Action<string, long>? onOutput = null, Action<string, long>? onError = null)
    {
        Directory.CreateDirectory(folder);
        return PipelineProcess.Start(name, executable, arguments, folder, environment, onOutput, onError);
    }

    /// <summary>Starts <c>pipeline run</c> with an HTTP port of its own and returns once it answers ready.</summary>
    public async Task<ServingProcess> StartServingAsync(
        string name, IEnumerable<string> arguments, string folder, Action<string, long>? onError, CancellationToken cancellationToken)
    {
        var port = FreePorts.Next();
        var process = Start(name, ["run", .. arguments, "--http-port", port.ToString(System.Globalization.CultureInfo.InvariantCulture)], folder, onError: onError);
        var serving = new ServingProcess(process, port);
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (true)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"{name} exited with code {process.ExitCode} while starting:\n{process.Tail}");
            }

            try
            {
                using var response = await _http.GetAsync(new Uri($"http://127.0.0.1:{port}/health/ready"), cancellationToken);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return serving;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                // Not listening yet.
            }

            if (DateTime.UtcNow > deadline)
            {
                await process.DisposeAsync();
                throw new TimeoutException($"{name} was not ready within 3 minutes:\n{process.Tail}");
            }

            await Task.Delay(200, cancellationToken);
        }
    }

    public void Dispose() => _http.Dispose();
}

/// <summary>A <c>pipeline run</c> process and the port of its health and metrics endpoints.</summary>
public sealed record ServingProcess(PipelineProcess Process, int Port);
