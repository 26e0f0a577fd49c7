using System.Globalization;
using System.Runtime.InteropServices;

namespace Pipeline.EndToEnd;

/// <summary>
/// CPU time and memory of a process from <c>/proc/&lt;pid&gt;/stat</c> and <c>status</c> (Linux only): user + system
/// time of all its threads, the measure the issue asks for when stages run in processes of their own.
/// </summary>
public static class ProcessCpu
{
    static readonly double TicksPerSecond = ReadTicksPerSecond();

    /// <summary>User + system CPU seconds of <paramref name="pid"/>, or null when it is gone.</summary>
    public static double? Seconds(int pid) =>
        Stat(pid) is { } fields ? (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / TicksPerSecond : null;

    /// <summary>The parent process id of <paramref name="pid"/>, or null when it is gone.</summary>
    public static int? ParentOf(int pid) => Stat(pid) is { } fields ? int.Parse(fields[1], CultureInfo.InvariantCulture) : null;

    /// <summary>Peak resident memory in MB (<c>VmHWM</c>), or null when the process is gone.</summary>
    public static double? PeakResidentMegabytes(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            return line is null ? null : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024.0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>The process ids whose parent is <paramref name="pid"/> (a PostgreSQL postmaster's backends).</summary>
    public static IEnumerable<int> ChildrenOf(int pid)
    {
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(folder), out var child) && ParentOf(child) == pid)
            {
                yield return child;
            }
        }
    }

    // Fields after the command name (which may hold spaces and parentheses): [0] state, [1] ppid ... [11] utime, [12] stime.
    static string[]? Stat(int pid)
    {
        try
        {
            var text = File.ReadAllText($"/proc/{pid}/stat");
            return text[(text.LastIndexOf(')') + 2)..].Split(' ');
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    static double ReadTicksPerSecond()
    {
        const int ClockTicks = 2; // _SC_CLK_TCK
        var ticks = OperatingSystem.IsLinux() ? sysconf(ClockTicks) : 100;
        return ticks > 0 ? ticks : 100;
    }

    [DllImport("libc")]
    static extern long sysconf(int name);
}
