namespace Pipeline.Worker.Ingest;

/// <summary>What a name in a folder is, read without following a symbolic link.</summary>
public enum EntryKind
{
    Missing,
    RegularFile,
    Folder,
    SymbolicLink,

    /// <summary>A named pipe, socket or device: opening one can block or read what is not a file.</summary>
    Special,
}
