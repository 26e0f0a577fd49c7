namespace Pipeline.Storage;

/// <summary>The verdict kinds as the duplicate index stores them: one small integer per row.</summary>
internal static class DuplicateKind
{
    public const string Unique = "unique";
    public const string Near = "near";
    public const string Exact = "exact";

    public static int Code(string kind) => kind switch
    {
        Unique => 0,
        Near => 1,
        Exact => 2,
        _ => throw new ArgumentException($"No duplicate verdict is called '{kind}'.", nameof(kind)),
    };

    public static string Name(long code) => code switch
    {
        0 => Unique,
        1 => Near,
        2 => Exact,
        _ => throw new InvalidDataException($"The duplicate index holds an unknown verdict code {code}."),
    };
}
