using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace Pipeline.Worker.Commands;

/// <summary>
/// Turns what the options system throws for a wrong setting into the one line an operator reads: each failing
/// key with its command-line option. Validators write that line themselves; a value the binder could not even convert
/// (<c>PIPELINE__HTTP__PORT=abc</c>) gets the same shape here.
/// </summary>
internal static partial class ConfigurationError
{
    /// <summary>The problems joined by "; ", or null when <paramref name="exception"/> is not about a setting.</summary>
    public static string? Describe(Exception exception) => exception switch
    {
        OptionsValidationException invalid => string.Join("; ", invalid.Failures),
        AggregateException { InnerExceptions: var inner } when inner.Count > 0 && inner.All(e => e is OptionsValidationException)
            => string.Join("; ", inner.SelectMany(e => ((OptionsValidationException)e).Failures)),
        InvalidOperationException { Message: var message } when Unconvertible().Match(message) is { Success: true } match
            => $"{CommonOptions.Describe(match.Groups["key"].Value)} must be {Expected(match.Groups["type"].Value)}, not '{match.Groups["value"].Value}'",
        _ => null,
    };

    private static string Expected(string type) => type switch
    {
        "System.Int32" or "System.Int64" => "a whole number",
        "System.Double" => "a number such as 0.85",
        "System.Boolean" => "true or false",
        "System.TimeSpan" => "a time span such as 00:00:05",
        _ => $"a {type}",
    };

    // Microsoft.Extensions.Configuration.Binder's message for a value it cannot convert.
    [GeneratedRegex(@"^Failed to convert configuration value '(?<value>.*)' at '(?<key>[^']*)' to type '(?<type>[^']*)'\.$", RegexOptions.Singleline)]
    private static partial Regex Unconvertible();
}
