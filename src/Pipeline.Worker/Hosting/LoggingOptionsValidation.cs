using Microsoft.Extensions.Options;

namespace Pipeline.Worker.Hosting;

/// <summary>Refuses a log file that could never be written, before anything is logged to it.</summary>
public sealed class LoggingOptionsValidation : IValidateOptions<LoggingOptions>
{
    public ValidateOptionsResult Validate(string? name, LoggingOptions options)
        => options.File.Enabled && (Directory.Exists(options.File.Path) || options.File.Path!.EndsWith('/') || options.File.Path.EndsWith('\\'))
            ? ValidateOptionsResult.Fail($"{LoggingOptions.Section}:File:Path must name a file, not the folder '{options.File.Path}'")
            : ValidateOptionsResult.Success;
}
