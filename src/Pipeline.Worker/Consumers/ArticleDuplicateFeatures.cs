using Pipeline.Analysis.Duplicates;
using Pipeline.Storage;

namespace Pipeline.Worker.Consumers;

/// <summary>Computes what the duplicate index stores of an article: fingerprint, MinHash sketch and LSH band keys.</summary>
public sealed class ArticleDuplicateFeatures(NearDuplicateDetector detector)
{
    public DuplicateCandidate Describe(Guid articleId, string text, double threshold)
    {
        var keys = detector.Describe(text);
        return new DuplicateCandidate(articleId, keys.Fingerprint, keys.Sketch.Bytes, keys.BandKeys, threshold);
    }
}
