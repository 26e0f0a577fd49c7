using System.ComponentModel;
using System.Runtime.InteropServices;

namespace Pipeline.Worker.Ingest;

/// <summary>
/// <c>renameat2(2)</c> with <c>RENAME_NOREPLACE</c>: renames a name itself (a link stays a link, a named pipe is
/// never opened), never replaces what is at the destination, and never falls back to copying, which for a link
/// would read what it points to.
/// </summary>
internal static class LinuxRename
{
    private const int CurrentFolder = -100;
    private const uint NoReplace = 1;

    /// <exception cref="IOException">The rename failed (another file system, the name taken...).</exception>
    public static void Move(string source, string destination)
    {
        if (RenameAt2(CurrentFolder, source, CurrentFolder, destination, NoReplace) != 0)
        {
            var error = Marshal.GetLastPInvokeError();
            throw new IOException($"could not rename {source} to {destination}: {new Win32Exception(error).Message}", error);
        }
    }

    [DllImport("libc", EntryPoint = "renameat2", SetLastError = true)]
    private static extern int RenameAt2(
        int oldFolder, [MarshalAs(UnmanagedType.LPUTF8Str)] string oldPath, int newFolder, [MarshalAs(UnmanagedType.LPUTF8Str)] string newPath, uint flags);
}
