using System.Globalization;
using System.Net;
using Microsoft.Extensions.Options;

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

    public static OperatorHttpOptions ReadValidated(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        var options = new OperatorHttpOptions { Address = section["Address"] ?? "127.0.0.1" };
        var errors = new List<string>();
        var port = section["Port"];
        if (!string.IsNullOrEmpty(port))
        {
            if (int.TryParse(port, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value is >= 0 and <= 65535)
            {
                options.Port = value;
            }
            else
            {
                errors.Add($"{Section}:Port (--http-port) must be a TCP port from 0 (off) to 65535, not '{port}'");
            }
        }

        if (options.Address is not ("*" or "") && !IPAddress.TryParse(options.Address, out _))
        {
            errors.Add($"{Section}:Address must be an IP address such as 127.0.0.1 or 0.0.0.0, not '{options.Address}'");
        }

        return errors.Count == 0 ? options : throw new OptionsValidationException(Section, typeof(OperatorHttpOptions), errors);
    }
}
