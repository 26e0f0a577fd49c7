namespace Pipeline.Contracts;

/// <summary>A language identification result.</summary>
public sealed record LanguageData
{
    /// <summary>ISO 639-1 code such as <c>fr</c>, or <c>und</c> when the text is too short or not language.</summary>
    public required string Code { get; init; }

    /// <summary>Confidence from 0 to 1.</summary>
    public required double Confidence { get; init; }

    /// <summary>Other languages mixed into the text, with their share (0 to 1), when the identifier reports them.</summary>
    public IReadOnlyList<LanguageShareData> Others { get; init; } = [];
}

/// <summary>A language present in part of a text.</summary>
public sealed record LanguageShareData(string Code, double Share);
