using System.Data.Common;
using Pipeline.Contracts;

namespace Pipeline.Storage;

/// <summary>A row of the claims table, read alike from every engine.</summary>
internal sealed record ClaimRow(
    Guid Id,
    Guid ArticleId,
    Guid GroupId,
    FigureData Figure,
    string? Subject,
    string? Location,
    string? Source,
    string? SourceId,
    string? SourceRole,
    string SourceName,
    string Modality,
    string Sentence,
    string? Date,
    string Key)
{
    /// <summary>The columns <see cref="Read"/> reads, in its order, from the claims table joined as <c>c</c>.</summary>
    public const string Columns = """
        c.id, c.article_id, c.group_id, c.text, c.start, c."end", c.value, c.low, c.high, c.approximate, c.unit, c.category,
        c.subject, c.location, c.source, c.source_id, c.source_name, c.modality, c.sentence, c.date, c.key, c.counted_text, c.counted_lemma,
        c.source_role
        """;

    /// <summary>How many columns <see cref="Columns"/> lists; a query's own columns follow them.</summary>
    public const int ColumnCount = 24;

    public static ClaimRow Read(DbDataReader reader) => new(
        reader.GetGuid(0),
        reader.GetGuid(1),
        reader.GetGuid(2),
        new FigureData
        {
            Text = reader.GetString(3),
            Start = reader.GetInt32(4),
            End = reader.GetInt32(5),
            Value = Double(reader, 6),
            Low = Double(reader, 7),
            High = Double(reader, 8),
            Approximate = reader.GetBoolean(9),
            Unit = Text(reader, 10),
            Category = reader.GetString(11),
            Counted = Text(reader, 21) is { } counted ? new CountedData { Text = counted, Lemma = reader.GetString(22) } : null,
        },
        Text(reader, 12),
        Text(reader, 13),
        Text(reader, 14),
        Text(reader, 15),
        Text(reader, 23),
        reader.GetString(16),
        reader.GetString(17),
        reader.GetString(18),
        Text(reader, 19),
        reader.GetString(20));

    public ClaimData ToClaimData() => new()
    {
        Figure = Figure,
        Subject = Subject,
        Location = Location,
        Source = Source,
        SourceId = SourceId,
        SourceRole = SourceRole,
        Modality = Modality,
        Sentence = Sentence,
        Date = Date,
        Key = Key,
    };

    public ClaimSummary ToSummary() => new(
        Id, ArticleId, GroupId, Figure.Text, Figure.Value, Figure.Low, Figure.High, Figure.Approximate, Figure.Unit, Figure.Category,
        Subject, Location, Source, Modality, Sentence, Date, Key)
    {
        Counted = Figure.Counted?.Text,
        CountedLemma = Figure.Counted?.Lemma,
        SourceRole = SourceRole,
    };

    public static string? Text(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static double? Double(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetDouble(ordinal);
}
