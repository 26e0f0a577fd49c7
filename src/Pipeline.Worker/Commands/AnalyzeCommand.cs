using System.CommandLine;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Pipeline.Analysis;
using Pipeline.Analysis.Languages;
using Pipeline.Worker.Consumers;
using Pipeline.Worker.Hosting;
using Pipeline.Worker.Ingest;

namespace Pipeline.Worker.Commands;

/// <summary><c>pipeline analyze FILE...</c>: the analysis alone, no bus and no store; one JSON object per file on standard output.</summary>
internal static class AnalyzeCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("FILE") { Description = "Article files or folders", Arity = ArgumentArity.OneOrMore };
        var command = new Command("analyze", "Print the language, entities, figures and claims of each file as one JSON line (no bus, no store)");
        command.Arguments.Add(files);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var configuration = PipelineConfiguration.Build(CommonOptions.AsConfiguration(parse));
            var inbox = PipelineSettings.Read<InboxOptions>(configuration);
            var reader = new ArticleFileReader(Options.Create(inbox));
            var identifier = LanguageIdentifiers.CreateVerified();
            var analyzer = new ArticleAnalyzer();
            var plan = IngestPathEnumerator.Enumerate(parse.GetValue(files)!);
            var exitCode = 0;
            foreach (var missing in plan.Missing)
            {
                Console.Error.WriteLine($"pipeline analyze: {missing}: no such file or folder");
                exitCode = 1;
            }

            foreach (var file in plan.Files)
            {
                var read = reader.Read(file.RelativeName, await File.ReadAllBytesAsync(file.FullPath, cancellationToken));
                if (!read.IsAccepted)
                {
                    Console.Out.WriteLine(JsonSerializer.Serialize(new { file = file.FullPath, error = read.RejectionReason }, JsonOutput.Options));
                    exitCode = 1;
                    continue;
                }

                var language = identifier.Identify(read.Article.Text);
                var analysis = analyzer.Analyze(read.Article.Text, language.Code, read.Article.Published);
                Console.Out.WriteLine(JsonSerializer.Serialize(
                    new
                    {
                        file = file.FullPath,
                        language = new { code = language.Code, confidence = Math.Round(language.Confidence, 4) },
                        entities = analysis.Entities.Select(AnalysisContracts.ToData),
                        figures = analysis.Figures.Select(AnalysisContracts.ToData),
                        claims = analysis.Claims.Select(AnalysisContracts.ToData),
                    },
                    JsonOutput.Options));
            }

            return exitCode;
        });
        return command;
    }
}
