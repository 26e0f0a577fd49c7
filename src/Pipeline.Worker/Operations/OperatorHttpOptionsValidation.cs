using System.Net;
using Microsoft.Extensions.Options;

namespace Pipeline.Worker.Operations;

/// <summary>Refuses a listener setting at start-up with one line that names it.</summary>
public sealed class OperatorHttpOptionsValidation : IValidateOptions<OperatorHttpOptions>
{
    public ValidateOptionsResult Validate(string? name, OperatorHttpOptions options)
    {
        var errors = new List<string>();
        if (options.Port is < 0 or > 65535)
        {
            errors.Add($"{OperatorHttpOptions.Section}:Port (--http-port) must be a TCP port from 0 (off) to 65535, not '{options.Port}'");
        }

        if (options.Address is not ("*" or "") && !IPAddress.TryParse(options.Address, out _))
        {
            errors.Add($"{OperatorHttpOptions.Section}:Address must be an IP address such as 127.0.0.1 or 0.0.0.0, not '{options.Address}'");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
