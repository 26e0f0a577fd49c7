namespace Pipeline.Analysis.Claims;

/// <summary>How firmly a claim is made; serialized in lower case.</summary>
public enum ClaimModality
{
    /// <summary>Stated as fact by the article itself.</summary>
    Asserted,

    /// <summary>Attributed to a source ("selon", "a déclaré", "according to").</summary>
    Reported,

    /// <summary>Conditional or speculative ("aurait massé", "pourrait", "on pense que").</summary>
    Hedged,
}
