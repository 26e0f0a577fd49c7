using System.Net;

namespace Pipeline.Worker.Operations;

/// <summary>
/// The health and metrics listener of <c>pipeline run</c>: section <c>Pipeline:Http</c>
/// (<c>PIPELINE__HTTP__PORT</c>, <c>PIPELINE__HTTP__ADDRESS</c>, or <c>--http-port</c>).
/// </summary>
public sealed class OperatorHttpOptions
{
    public const string Section = "Pipeline:Http";

    /// <summary>Where to listen; loopback unless a container or a pod needs the probes from outside.</summary>
    public string Address { get; set; } = "127.0.0.1";

    /// <summary>TCP port; 0 (the default) means no listener, so that several workers on one machine do not collide.</summary>
    public int Port { get; set; }

    public bool Enabled => Port > 0;

    public IPAddress IpAddress => Address is "*" or "" ? IPAddress.Any : IPAddress.Parse(Address);
}
