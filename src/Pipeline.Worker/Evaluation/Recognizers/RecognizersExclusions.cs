namespace Pipeline.Worker.Evaluation.Recognizers;

/// <summary>
/// Spec cases we judge wrong, each with its reason. They are left out of both counts and listed in
/// docs/evaluation.md, never dropped silently.
/// </summary>
internal static class RecognizersExclusions
{
    public static readonly IReadOnlyList<(string File, string Input, string Reason)> Cases =
    [
    ];

    public static string? Reason(string file, string input)
    {
        foreach (var (f, i, reason) in Cases)
        {
            if (f == file && i == input)
            {
                return reason;
            }
        }

        return null;
    }
}
