using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Pipeline.Testing;

/// <summary>
/// Asks a Docker engine directly whether it answers (<c>GET /_ping</c>) where engines listen: <c>DOCKER_HOST</c>
/// (<c>unix://</c> or <c>tcp://</c>), else the usual sockets. Independent of Testcontainers, so a test can check that the
/// fixtures chose the backend the machine allows rather than trust the fixtures' own answer.
/// </summary>
public static class DockerEngineProbe
{
    static readonly TimeSpan Patience = TimeSpan.FromSeconds(3);

    /// <summary>True when an engine answered the ping.</summary>
    public static bool Answers() => Endpoints().Any(Pings);

    static IEnumerable<EndPoint> Endpoints()
    {
        if (Environment.GetEnvironmentVariable("DOCKER_HOST") is { Length: > 0 } host && Uri.TryCreate(host, UriKind.Absolute, out var uri))
        {
            if (uri.Scheme == "unix")
            {
                yield return new UnixDomainSocketEndPoint(uri.AbsolutePath);
            }
            else if (uri.Scheme == "tcp")
            {
                yield return new DnsEndPoint(uri.Host, uri.Port);
            }

            yield break;
        }

        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        var runtime = Environment.GetEnvironmentVariable("XDG_RUNTIME_DIR");
        foreach (var socket in new[] { "/var/run/docker.sock", Path.Combine(home, ".docker", "run", "docker.sock"), runtime is null ? null : Path.Combine(runtime, "docker.sock") })
        {
            if (socket is not null && File.Exists(socket))
            {
                yield return new UnixDomainSocketEndPoint(socket);
            }
        }
    }

    static bool Pings(EndPoint endpoint)
    {
        try
        {
            using var socket = endpoint is UnixDomainSocketEndPoint
                ? new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified)
                : new Socket(SocketType.Stream, ProtocolType.Tcp);
            socket.ReceiveTimeout = socket.SendTimeout = (int)Patience.TotalMilliseconds;
            if (!socket.ConnectAsync(endpoint).Wait(Patience))
            {
                return false;
            }

            socket.Send(Encoding.ASCII.GetBytes("GET /_ping HTTP/1.0\r\nHost: docker\r\n\r\n"));
            var buffer = new byte[512];
            var read = socket.Receive(buffer);
            var answer = Encoding.ASCII.GetString(buffer, 0, read);
            return answer.StartsWith("HTTP/1.", StringComparison.Ordinal) && answer.Contains(" 200 ", StringComparison.Ordinal);
        }
        catch (Exception e) when (e is SocketException or AggregateException or IOException)
        {
            return false;
        }
    }
}
