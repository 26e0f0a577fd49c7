namespace Pipeline.Evaluation.Duplicates;

/// <summary>One article of the evaluation corpus, as paragraphs.</summary>
/// <param name="Name">Where it came from, e.g. <c>lingua/fr/12</c> or <c>seeds/003_….txt</c>.</param>
/// <param name="Language">ISO 639-1 code.</param>
/// <param name="Paragraphs">Paragraphs in order, without blank lines.</param>
/// <param name="TopicWords">Names and content words that say what it is about (for same-topic negatives).</param>
internal sealed record CorpusArticle(string Name, string Language, IReadOnlyList<string> Paragraphs, IReadOnlyList<string> TopicWords)
{
    public string Text => string.Join("\n\n", Paragraphs);

    public int WordCount => Paragraphs.Sum(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);
}
