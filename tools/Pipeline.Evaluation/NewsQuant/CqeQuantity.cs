namespace Pipeline.Evaluation.NewsQuant;

/// <summary>
/// One quantity as CQE's evaluation sees it: the value and the normalized unit ("dollar", "percentage", "mile per hour",
/// a noun's lemma such as "home", or "-" for none). <paramref name="Written"/> says where it came from, for the lists of
/// misses only: the gold's unit as written, or our figure's text.
/// </summary>
public sealed record CqeQuantity(CqeValue Value, string NormalizedUnit, string Written)
{
    /// <summary>The unit as CQE compares it: its evaluation lower-cases both sides' normalized units.</summary>
    public string ComparedUnit => NormalizedUnit.ToLowerInvariant();
}
