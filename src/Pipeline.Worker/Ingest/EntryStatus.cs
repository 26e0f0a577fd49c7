using Microsoft.Win32.SafeHandles;

namespace Pipeline.Worker.Ingest;

/// <summary>
/// What the file system says of one name, never following a symbolic link: its kind, size, last write, when its
/// status last changed (Linux), and the device and inode that say which file it is (Linux; zero elsewhere).
/// </summary>
public sealed record EntryStatus(
    EntryKind Kind,
    long Size,
    DateTimeOffset LastWrite,
    DateTimeOffset? StatusChanged,
    ulong Device,
    ulong Inode,
    string Description)
{
    public static EntryStatus Missing { get; } = new(EntryKind.Missing, 0, default, null, 0, 0, "missing");

    /// <summary>The status of <paramref name="path"/> itself: a symbolic link is reported as a link, not as its target.</summary>
    public static EntryStatus Of(string path) => OperatingSystem.IsLinux() ? LinuxStatus.Of(path, followLink: false) : Managed(path, followLink: false);

    /// <summary>The status of what <paramref name="path"/> names once links are followed (a path the user gave by name).</summary>
    public static EntryStatus OfTarget(string path) => OperatingSystem.IsLinux() ? LinuxStatus.Of(path, followLink: true) : Managed(path, followLink: true);

    /// <summary>The status of an open file, which no rename or link can change.</summary>
    public static EntryStatus Of(SafeFileHandle handle, string path) =>
        OperatingSystem.IsLinux() ? LinuxStatus.Of(handle) : Managed(path, followLink: true);

    /// <summary>The same file (device and inode where known), whatever its name.</summary>
    public bool IsSameFile(EntryStatus other) => Kind == other.Kind && Device == other.Device && Inode == other.Inode;

    /// <summary>The same file with the same size and last write: nothing was written to it in between.</summary>
    public bool IsUnchanged(EntryStatus other) => IsSameFile(other) && Size == other.Size && LastWrite == other.LastWrite;

    /// <summary>
    /// Its status changed after its last write: it was renamed into place, or a copying tool set its times once it had
    /// written it. Either way its writer was done with it.
    /// </summary>
    public bool ChangedAfterLastWrite => StatusChanged is { } changed && changed > LastWrite;

    private static EntryStatus Managed(string path, bool followLink)
    {
        FileSystemInfo info = Directory.Exists(path) ? new DirectoryInfo(path) : new FileInfo(path);
        if (followLink && info.LinkTarget is not null)
        {
            info = info.ResolveLinkTarget(returnFinalTarget: true) ?? info;
        }

        if (!info.Exists && info.LinkTarget is null)
        {
            return Missing;
        }

        return info switch
        {
            _ when info.LinkTarget is not null => new(EntryKind.SymbolicLink, 0, info.LastWriteTimeUtc, null, 0, 0, "a symbolic link"),
            DirectoryInfo folder => new(EntryKind.Folder, 0, folder.LastWriteTimeUtc, null, 0, 0, "a folder"),
            FileInfo file => new(EntryKind.RegularFile, file.Length, file.LastWriteTimeUtc, null, 0, 0, "a file"),
            _ => Missing,
        };
    }
}
