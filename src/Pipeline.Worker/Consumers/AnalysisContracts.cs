using Pipeline.Analysis.Claims;
using Pipeline.Analysis.Entities;
using Pipeline.Analysis.Figures;
using Pipeline.Analysis.Languages;
using Pipeline.Contracts;

namespace Pipeline.Worker.Consumers;

/// <summary>Turns what the analysis core found into the message shapes other systems read.</summary>
public static class AnalysisContracts
{
    public static LanguageData ToData(LanguageGuess guess) => new()
    {
        Code = guess.Code,
        Confidence = Math.Round(guess.Confidence, 4),
        Others = guess.Others.Select(o => new LanguageShareData(o.Code, Math.Round(o.Share, 4))).ToList(),
    };

    public static EntityData ToData(EntityMention mention) => new()
    {
        Text = mention.Text,
        Start = mention.Start,
        End = mention.End,
        Type = mention.Type.ToString().ToLowerInvariant(),
        Canonical = mention.Canonical,
        Id = mention.Id,
        Role = mention.Role,
    };

    public static FigureData ToData(Figure figure) => new()
    {
        Text = figure.Text,
        Start = figure.Start,
        End = figure.End,
        Value = figure.Value,
        Low = figure.Low,
        High = figure.High,
        Approximate = figure.Approximate,
        Unit = figure.Unit,
        Category = figure.Category.ToString().ToLowerInvariant(),
        Counted = figure.Counted is { } counted ? new CountedData { Text = counted.Text, Lemma = counted.Lemma } : null,
    };

    public static ClaimData ToData(Claim claim) => new()
    {
        Figure = ToData(claim.Figure),
        Subject = claim.Subject,
        Location = claim.Location,
        Source = claim.Source,
        SourceId = claim.SourceId,
        SourceRole = claim.SourceRole,
        Modality = claim.Modality.ToString().ToLowerInvariant(),
        Sentence = claim.Sentence,
        Date = claim.Date,
        Key = claim.Key,
    };
}
