namespace Pipeline.Analysis.Figures;

/// <summary>The kind of quantity a figure measures; serialized in lower case.</summary>
public enum FigureCategory
{
    Count,
    Personnel,
    Equipment,
    Casualties,
    Money,
    Distance,
    Area,
    Duration,
    Percentage,
    Dimension,

    /// <summary>People driven from their homes: refugees (Unit "refugee") and internally displaced people ("displaced person").</summary>
    Displaced,
}
