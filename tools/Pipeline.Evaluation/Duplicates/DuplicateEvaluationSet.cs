namespace Pipeline.Evaluation.Duplicates;

/// <summary>A text to look up in the index, and the indexed original it should be matched to (null: none).</summary>
internal sealed record DuplicateQuery(string Text, int? OriginalOrdinal, string Kind, VariantChange Changes = VariantChange.None, double EditRate = 0, double KeptShare = 1);

/// <summary>
/// The labelled set: originals to index, near-duplicate queries of them, and queries that must match nothing
/// (different articles in the same language, and different articles made to share the topic of an original).
/// </summary>
internal sealed record DuplicateEvaluationSet(IReadOnlyList<CorpusArticle> Originals, IReadOnlyList<DuplicateQuery> Queries)
{
    public const string NearDuplicate = "near-duplicate";
    public const string DifferentArticle = "different article, same language";
    public const string SameTopic = "different article sharing a quote, footer and topic words";

    /// <summary>
    /// Shuffles the corpus; 60 % become indexed originals, each with <paramref name="variantsPerOriginal"/> variants,
    /// the other 40 % are queried unchanged and once more rewritten onto an original's topic.
    /// </summary>
    public static DuplicateEvaluationSet Build(IReadOnlyList<CorpusArticle> corpus, int seed, int variantsPerOriginal)
    {
        var random = new Random(seed);
        var shuffled = corpus.OrderBy(_ => random.Next()).ToList();
        var split = (int)(shuffled.Count * 0.6);
        var originals = shuffled.Take(split).ToList();
        var others = shuffled.Skip(split).ToList();

        var vocabulary = corpus.GroupBy(a => a.Language).ToDictionary(
            g => g.Key,
            g => g.SelectMany(a => a.Paragraphs).SelectMany(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray());
        var generator = new VariantGenerator(seed + 1, vocabulary);

        var queries = new List<DuplicateQuery>();
        for (var i = 0; i < originals.Count; i++)
        {
            for (var v = 0; v < variantsPerOriginal; v++)
            {
                var variant = generator.NearDuplicate(originals[i]);
                queries.Add(new DuplicateQuery(variant.Text, i, NearDuplicate, variant.Changes, variant.EditRate, variant.KeptShare));
            }
        }

        foreach (var other in others)
        {
            queries.Add(new DuplicateQuery(other.Text, null, DifferentArticle));
            var sameLanguage = originals.Where(o => o.Language == other.Language).ToList();
            var topic = sameLanguage.Count > 0 ? sameLanguage[random.Next(sameLanguage.Count)] : originals[random.Next(originals.Count)];
            queries.Add(new DuplicateQuery(generator.SameTopic(other, topic), null, SameTopic));
        }

        return new DuplicateEvaluationSet(originals, queries);
    }
}
