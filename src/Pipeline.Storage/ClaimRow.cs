using Pipeline.Contracts;

namespace Pipeline.Storage;

/// <summary>A row of the claims table, named as its columns so both stores can map it.</summary>
#pragma warning disable SA1300, IDE1006 // column names
internal sealed class ClaimRow
{
    public string id { get; set; } = "";
    public string article_id { get; set; } = "";
    public long ordinal { get; set; }
    public string group_id { get; set; } = "";
    public string text { get; set; } = "";
    public long start { get; set; }
    public long end { get; set; }
    public double? value { get; set; }
    public double? low { get; set; }
    public double? high { get; set; }
    public bool approximate { get; set; }
    public string? unit { get; set; }
    public string category { get; set; } = "";
    public string? subject { get; set; }
    public string? location { get; set; }
    public string? source { get; set; }
    public string? source_id { get; set; }
    public string source_name { get; set; } = "";
    public string modality { get; set; } = "";
    public string sentence { get; set; } = "";
    public string? date { get; set; }
    public string key { get; set; } = "";

    /// <summary>Not a claims column: the outlet that published the article, when known.</summary>
    public string? article_source { get; set; }

    /// <summary>Not a claims column: the article's title, else its file name.</summary>
    public string? article_label { get; set; }

    public FigureData ToFigureData() => new()
    {
        Text = text,
        Start = (int)start,
        End = (int)end,
        Value = value,
        Low = low,
        High = high,
        Approximate = approximate,
        Unit = unit,
        Category = category,
    };

    public ClaimData ToClaimData() => new()
    {
        Figure = ToFigureData(),
        Subject = subject,
        Location = location,
        Source = source,
        SourceId = source_id,
        Modality = modality,
        Sentence = sentence,
        Date = date,
        Key = key,
    };

    public ClaimSummary ToSummary() => new(
        Guid.Parse(id), Guid.Parse(article_id), Guid.Parse(group_id), text, value, low, high, approximate, unit, category,
        subject, location, source, modality, sentence, date, key);
}
#pragma warning restore SA1300, IDE1006
