namespace Pipeline.Evaluation.News;

/// <summary>The canonical English name of each gold category (the table in tools/news-set/README.md).</summary>
public static class GoldCategory
{
    /// <summary>
    /// The name a language-neutral unit may carry for a figure of this category ("refugee" for refugees), or null where
    /// only the counted thing itself names it (count-other, and the categories whose name is the gold unit: money,
    /// area, distance, duration, measure).
    /// </summary>
    public static string? CanonicalName(string category) => category switch
    {
        "people" => "person",
        "personnel" => "personnel",
        "casualties:killed" => "killed",
        "casualties:wounded" => "wounded",
        "casualties:killed-or-wounded" or "casualties:killed-or-missing" => "casualty",
        "casualties:missing" => "missing",
        "casualties:captured" => "captured",
        "displaced" => "displaced person",
        "refugees" => "refugee",
        "percentage" => "percent",
        _ when category.StartsWith("equipment:", StringComparison.Ordinal) => category["equipment:".Length..],
        _ => null,
    };
}
