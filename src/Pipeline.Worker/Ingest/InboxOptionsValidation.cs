using System.Globalization;
using Microsoft.Extensions.Options;

namespace Pipeline.Worker.Ingest;

/// <summary>Refuses an inbox setting at start-up with one line that names it.</summary>
public sealed class InboxOptionsValidation : IValidateOptions<InboxOptions>
{
    public ValidateOptionsResult Validate(string? name, InboxOptions options)
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Path))
        {
            errors.Add($"{InboxOptions.SectionName}:Path (--inbox) must name a folder");
        }
        else
        {
            var comparison = OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
            var inbox = Path.TrimEndingDirectorySeparator(options.InboxPath);
            if (string.Equals(Path.TrimEndingDirectorySeparator(options.ProcessedPath), inbox, comparison))
            {
                errors.Add($"{InboxOptions.SectionName}:ProcessedFolder must not be the inbox itself");
            }

            if (string.Equals(Path.TrimEndingDirectorySeparator(options.FailedPath), inbox, comparison))
            {
                errors.Add($"{InboxOptions.SectionName}:FailedFolder must not be the inbox itself");
            }
        }

        Within(errors, nameof(options.RescanInterval), options.RescanInterval, TimeSpan.FromMilliseconds(50), TimeSpan.FromHours(1));
        Within(errors, nameof(options.StableFor), options.StableFor, TimeSpan.Zero, TimeSpan.FromMinutes(10));
        Within(errors, nameof(options.IoRetryDelay), options.IoRetryDelay, TimeSpan.Zero, TimeSpan.FromMinutes(1));
        Within(errors, nameof(options.PublishRetryDelay), options.PublishRetryDelay, TimeSpan.Zero, TimeSpan.FromMinutes(1));
        AtLeastOne(errors, nameof(options.MaxFileBytes), options.MaxFileBytes);
        AtLeastOne(errors, nameof(options.MaxTextChars), options.MaxTextChars);
        Within(errors, nameof(options.IoRetryAttempts), options.IoRetryAttempts, 0, 100);
        Within(errors, nameof(options.PublishRetryAttempts), options.PublishRetryAttempts, 0, 100);
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void Within(List<string> errors, string key, TimeSpan value, TimeSpan low, TimeSpan high)
    {
        if (value < low || value > high)
        {
            errors.Add($"{InboxOptions.SectionName}:{key} must be from {low:c} to {high:c}, not {value:c}");
        }
    }

    private static void Within(List<string> errors, string key, int value, int low, int high)
    {
        if (value < low || value > high)
        {
            errors.Add(string.Create(CultureInfo.InvariantCulture, $"{InboxOptions.SectionName}:{key} must be from {low} to {high}, not {value}"));
        }
    }

    private static void AtLeastOne(List<string> errors, string key, long value)
    {
        if (value < 1)
        {
            errors.Add(string.Create(CultureInfo.InvariantCulture, $"{InboxOptions.SectionName}:{key} must be at least 1, not {value}"));
        }
    }
}
