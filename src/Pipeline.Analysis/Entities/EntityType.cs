namespace Pipeline.Analysis.Entities;

/// <summary>The kind of named entity; serialized in lower case.</summary>
public enum EntityType
{
    Person,
    Place,
    Organisation,
    Equipment,
}
