using Spectre.Console;

namespace Pipeline.Worker.Commands;

/// <summary>
/// A list command's rows as a Spectre.Console table: a header, a rule under it, one line per row (Spectre's minimalist border); long cells end in an
/// ellipsis, missing ones show <c>-</c>. The same table on a terminal (bold header) and redirected (plain, see
/// <see cref="CommandConsole"/>).
/// </summary>
internal static class ResultTable
{
    public static void Write(TextWriter output, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string?>> rows, int maxCell = 48)
    {
        var console = CommandConsole.For(output);
        var table = new Table().Border(TableBorder.Minimalist).BorderStyle(Style.Plain);
        foreach (var header in headers)
        {
            table.AddColumn(new TableColumn(new Text(header, new Style(decoration: Decoration.Bold)).Overflow(Overflow.Ellipsis)).NoWrap());
        }

        foreach (var row in rows)
        {
            table.AddRow(row.Select(cell => (Spectre.Console.Rendering.IRenderable)new Text(Cut((cell ?? "-").ReplaceLineEndings(" "), maxCell)).Overflow(Overflow.Ellipsis)));
        }

        console.Write(table);
    }

    private static string Cut(string text, int max) => text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1), "…");
}
