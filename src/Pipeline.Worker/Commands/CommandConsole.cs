using Spectre.Console;

namespace Pipeline.Worker.Commands;

/// <summary>
/// Spectre.Console on a command's output. On a terminal: colour (off under <c>NO_COLOR</c>), the terminal's width, live
/// displays. On a pipe or a file: plain text, no escape codes, ASCII rules, and no width to wrap or cut tables at, so
/// a script reads one line per row.
/// </summary>
internal static class CommandConsole
{
    /// <summary>Wide enough that no table is narrowed to fit when nobody looks at a terminal.</summary>
    private const int RedirectedWidth = 4096;

    public static IAnsiConsole For(TextWriter output)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) });
        if (!IsTerminal(console))
        {
            console.Profile.Width = RedirectedWidth;
            console.Profile.Capabilities.Unicode = false;
            console.Profile.Capabilities.Ansi = false;
            console.Profile.Capabilities.Interactive = false;
        }

        return console;
    }

    public static bool IsTerminal(IAnsiConsole console) => console.Profile.Out.IsTerminal;
}
