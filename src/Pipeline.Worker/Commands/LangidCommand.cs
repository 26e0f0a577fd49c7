using System.CommandLine;
using System.Globalization;
using Pipeline.Analysis.Languages;
using Pipeline.Worker.Hosting;

namespace Pipeline.Worker.Commands;

/// <summary><c>pipeline langid</c>: identifies the language of each line of standard input.</summary>
internal static class LangidCommand
{
    public static Command Create()
    {
        var command = new Command("langid", "Read lines from standard input and write 'code<TAB>confidence' for each");
        command.SetAction(async (parseResult, ct) =>
        {
            var identifier = LanguageIdentification.Create(Console.Error);
            using var input = new StreamReader(Console.OpenStandardInput());
            await using var output = new StreamWriter(Console.OpenStandardOutput()) { AutoFlush = false };
            while (await input.ReadLineAsync(ct) is { } line)
            {
                var guess = identifier.Identify(line);
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{guess.Code}\t{guess.Confidence:0.###}"));
            }

            await output.FlushAsync(ct);
            return 0;
        });
        return command;
    }
}
