namespace Pipeline.Evaluation.News;

/// <summary>One hand-annotated figure of a real-news gold file (tools/news-set/README.md says how each field is decided).</summary>
/// <param name="Text">The span as written.</param>
/// <param name="Start">UTF-16 offset in the article text as <c>pipeline</c> reads it.</param>
/// <param name="End">Offset just past the span.</param>
/// <param name="Value">The stated value, null when only bounds are written.</param>
/// <param name="Low">Lower bound ("more than", "at least"), or null.</param>
/// <param name="High">Upper bound ("up to", "nearly"), or null.</param>
/// <param name="Approximate">A hedge such as "about" or "environ" is written.</param>
/// <param name="Counted">What is counted, as written.</param>
/// <param name="Lemma">Its canonical form in the article's language ("réfugié", "artillery round", "USD", "percent").</param>
/// <param name="Unit">The same in English, the language-neutral form ("refugee").</param>
/// <param name="Category">One of the fixed categories ("people", "casualties:killed", "money", "count-other", ...).</param>
/// <param name="Claim">Whether the figure should become a claim.</param>
/// <param name="Source">Who says so, as written; null when the article asserts it.</param>
/// <param name="SourceRole">Title or role written with the source's name, or null.</param>
/// <param name="Modality">"asserted", "reported" or "hedged".</param>
/// <param name="Subject">The named entity the figure belongs to, or null.</param>
public sealed record GoldFigure(
    string Text,
    int Start,
    int End,
    double? Value,
    double? Low,
    double? High,
    bool Approximate,
    string? Counted,
    string? Lemma,
    string? Unit,
    string Category,
    bool Claim,
    string? Source,
    string? SourceRole,
    string Modality,
    string? Subject);
