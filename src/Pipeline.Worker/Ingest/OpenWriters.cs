using System.IO.Enumeration;

namespace Pipeline.Worker.Ingest;

/// <summary>
/// Which files some process holds open for writing, read from <c>/proc/*/fd</c> on Linux: each open descriptor's
/// device and inode, and its access mode from <c>/proc/*/fdinfo</c>. One pass answers for a whole batch of files.
/// Sees the processes this one may inspect (all of them as root, its own user's otherwise) in its own view of
/// <c>/proc</c>; a writer on another machine (a network share) is invisible, which is what the quiet period is for.
/// Elsewhere it knows of no writer, and the exclusive open (a sharing violation on Windows) does that job.
/// </summary>
public static class OpenWriters
{
    private const string Proc = "/proc";

    private static readonly EnumerationOptions Listing = new() { AttributesToSkip = 0, IgnoreInaccessible = true };

    public static bool CanSee => OperatingSystem.IsLinux() && Directory.Exists(Path.Combine(Proc, "self", "fd"));

    /// <summary>The files among <paramref name="files"/> (device and inode) that a process has open for writing.</summary>
    public static IReadOnlySet<(ulong Device, ulong Inode)> Among(IReadOnlyCollection<EntryStatus> files)
    {
        var found = new HashSet<(ulong, ulong)>();
        if (files.Count == 0 || !CanSee)
        {
            return found;
        }

        var wanted = files.Select(f => (f.Device, f.Inode)).ToHashSet();
        foreach (var process in Names(Proc))
        {
            var folder = $"{Proc}/{process}/fd";
            foreach (var descriptor in Names(folder))
            {
                if (LinuxStatus.TryIdentify($"{folder}/{descriptor}", out var device, out var inode)
                    && wanted.Contains((device, inode))
                    && IsOpenForWriting($"{Proc}/{process}/fdinfo/{descriptor}"))
                {
                    found.Add((device, inode));
                }
            }
        }

        return found;
    }

    // Numeric names only (processes, descriptors), and nothing but the names: .NET's own listing would stat every
    // entry, and every entry of /proc/PID/fd is a link to follow.
    private static List<string> Names(string folder)
    {
        try
        {
            return [.. new FileSystemEnumerable<string>(folder, (ref FileSystemEntry entry) => entry.FileName.ToString(), Listing)
            {
                ShouldIncludePredicate = (ref FileSystemEntry entry) => entry.FileName.Length > 0 && char.IsAsciiDigit(entry.FileName[0]),
            }];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A process that exited while listed, or one not ours to inspect.
            return [];
        }
    }

    private static bool IsOpenForWriting(string fdinfo)
    {
        try
        {
            foreach (var line in File.ReadLines(fdinfo))
            {
                if (line.StartsWith("flags:", StringComparison.Ordinal))
                {
                    // Octal open(2) flags; the low two bits are the access mode: 1 write only, 2 read and write.
                    var flags = Convert.ToInt32(line["flags:".Length..].Trim(), 8);
                    return (flags & 3) is 1 or 2;
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            // Gone meanwhile, or not ours to read: the fd was seen open, so count it as a writer to be safe.
            return true;
        }

        return true;
    }
}
