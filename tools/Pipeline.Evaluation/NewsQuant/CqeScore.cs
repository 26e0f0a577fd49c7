namespace Pipeline.Evaluation.NewsQuant;

/// <summary>
/// CQE's counts over a set of sentences, and the scores its <c>get_fscores</c> computes from them: every score divides
/// by all gold quantities (recall) and all quantities the system reported (precision).
/// </summary>
public sealed class CqeScore
{
    public int Sentences { get; set; }

    public int Gold { get; set; }

    public int Reported { get; set; }

    /// <summary>CQE's value count (see <see cref="CqeScoring"/>: one gold quantity may add more than one).</summary>
    public int ValueMatched { get; set; }

    /// <summary>Gold quantities whose value one of our quantities has, each of ours used once: the value count without CQE's quirk.</summary>
    public int ValueMatchedOneToOne { get; set; }

    public int ValueUnitMatched { get; set; }

    public CqeMeasure Value => new(ValueMatched, Gold, Reported);

    public CqeMeasure ValueOneToOne => new(ValueMatchedOneToOne, Gold, Reported);

    public CqeMeasure ValueUnit => new(ValueUnitMatched, Gold, Reported);

    public void Add(CqeScore other)
    {
        Sentences += other.Sentences;
        Gold += other.Gold;
        Reported += other.Reported;
        ValueMatched += other.ValueMatched;
        ValueMatchedOneToOne += other.ValueMatchedOneToOne;
        ValueUnitMatched += other.ValueUnitMatched;
    }
}

/// <summary>Precision, recall and F1 of one CQE measure, in percent.</summary>
public readonly record struct CqeMeasure(int Matched, int Gold, int Reported)
{
    public double Precision => Reported == 0 ? 0 : 100.0 * Matched / Reported;

    public double Recall => Gold == 0 ? 0 : 100.0 * Matched / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}
