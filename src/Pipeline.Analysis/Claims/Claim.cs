using Pipeline.Analysis.Figures;

namespace Pipeline.Analysis.Claims;

/// <summary>A figure with its meaning: who it is about, where, who says so and how firmly.</summary>
/// <param name="Figure">The figure the claim is built on.</param>
/// <param name="Subject">The entity the figure belongs to ("la Russie"), when the sentence names one.</param>
/// <param name="Location">The place the figure refers to, when the sentence gives one.</param>
/// <param name="Source">Who says so ("un responsable ukrainien"), or null when the article asserts it itself.</param>
/// <param name="Modality">How firmly the claim is made.</param>
/// <param name="Sentence">The sentence the claim was read from.</param>
/// <param name="Date">The article date (ISO 8601, possibly partial such as "2023-02"), when known.</param>
/// <param name="Key">Equal for the same claim written differently in two articles; used to group claims.</param>
public sealed record Claim(
    Figure Figure,
    string? Subject,
    string? Location,
    string? Source,
    ClaimModality Modality,
    string Sentence,
    string? Date,
    string Key)
{
    /// <summary>Canonical id of the person or organisation in <see cref="Source"/> when one is recognised, so that
    /// "le New York Times" and "les informations du New York Times" count as one source.</summary>
    public string? SourceId { get; init; }

    /// <summary>The title or role the article gives the person in <see cref="Source"/> ("army spokesman Col.",
    /// "porte-parole de l'armée"), when it gives one, here or where it first names them.</summary>
    public string? SourceRole { get; init; }
}
