using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Pipeline.Worker.Ingest;

/// <summary>
/// <c>statx(2)</c>, whose record has the same layout on every Linux architecture: the file's type, device, inode,
/// size and times in one call, either of a name without following it or of an open file.
/// </summary>
internal static class LinuxStatus
{
    private const int CurrentFolder = -100;
    private const int NoFollow = 0x100;
    private const int EmptyPath = 0x1000;
    private const uint BasicStats = 0x7ff;

    public static EntryStatus Of(string path, bool followLink)
    {
        var result = Statx(CurrentFolder, path, followLink ? 0 : NoFollow, BasicStats, out var raw);
        return result == 0 ? ToStatus(raw) : EntryStatus.Missing;
    }

    public static EntryStatus Of(SafeFileHandle handle)
    {
        var added = false;
        try
        {
            handle.DangerousAddRef(ref added);
            var result = Statx((int)handle.DangerousGetHandle(), "", EmptyPath, BasicStats, out var raw);
            return result == 0 ? ToStatus(raw) : EntryStatus.Missing;
        }
        finally
        {
            if (added)
            {
                handle.DangerousRelease();
            }
        }
    }

    /// <summary>The device and inode of what a path names, following links (for <c>/proc/PID/fd/N</c>); false when it cannot be read.</summary>
    public static bool TryIdentify(string path, out ulong device, out ulong inode)
    {
        if (Statx(CurrentFolder, path, 0, BasicStats, out var raw) == 0)
        {
            device = Device(raw);
            inode = raw.Inode;
            return true;
        }

        device = inode = 0;
        return false;
    }

    private static EntryStatus ToStatus(in RawStatx raw)
    {
        var (kind, description) = (raw.Mode & 0xF000) switch
        {
            0x8000 => (EntryKind.RegularFile, "a file"),
            0x4000 => (EntryKind.Folder, "a folder"),
            0xA000 => (EntryKind.SymbolicLink, "a symbolic link"),
            0x1000 => (EntryKind.Special, "a named pipe (FIFO)"),
            0xC000 => (EntryKind.Special, "a socket"),
            0x2000 => (EntryKind.Special, "a character device"),
            0x6000 => (EntryKind.Special, "a block device"),
            _ => (EntryKind.Special, "not a regular file"),
        };
        return new EntryStatus(kind, (long)raw.Size, Time(raw.MtimeSeconds, raw.MtimeNanoseconds), Time(raw.CtimeSeconds, raw.CtimeNanoseconds), Device(raw), raw.Inode, description);
    }

    private static ulong Device(in RawStatx raw) => ((ulong)raw.DeviceMajor << 32) | raw.DeviceMinor;

    private static DateTimeOffset Time(long seconds, uint nanoseconds) =>
        DateTimeOffset.FromUnixTimeSeconds(seconds).AddTicks(nanoseconds / 100);

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static extern int Statx(int folder, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, out RawStatx status);

    [StructLayout(LayoutKind.Explicit, Size = 256)]
    private struct RawStatx
    {
        [FieldOffset(28)]
        public ushort Mode;

        [FieldOffset(32)]
        public ulong Inode;

        [FieldOffset(40)]
        public ulong Size;

        [FieldOffset(96)]
        public long CtimeSeconds;

        [FieldOffset(104)]
        public uint CtimeNanoseconds;

        [FieldOffset(112)]
        public long MtimeSeconds;

        [FieldOffset(120)]
        public uint MtimeNanoseconds;

        [FieldOffset(136)]
        public uint DeviceMajor;

        [FieldOffset(140)]
        public uint DeviceMinor;
    }
}
