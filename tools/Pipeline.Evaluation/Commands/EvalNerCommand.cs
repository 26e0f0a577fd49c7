using System.CommandLine;
using System.Diagnostics;
using Pipeline.Analysis.Entities;
using Pipeline.Evaluation;
using Pipeline.Evaluation.Ner;

namespace Pipeline.Evaluation.Commands;

/// <summary><c>pipeline-eval ner FILE</c>: entity extraction against an IOB-tagged corpus (Europeana Newspapers, French).</summary>
internal static class EvalNerCommand
{
    public const string Heading = "## Named entities";

    public static Command Create()
    {
        var corpus = new Argument<FileInfo>("corpus") { Description = "A 'token TAG' per line IOB file with PER, LOC and ORG (e.g. enp_FR.bnf.bio)" };
        var language = new Option<string>("--language") { Description = "Language of the corpus", DefaultValueFactory = _ => "fr" };
        var write = new Option<FileInfo?>("--write") { Description = $"Markdown file whose '{Heading}' section receives the table (e.g. docs/evaluation.md)" };
        var command = new Command("ner", "Score entity extraction per type against an IOB corpus (exact span and token overlap)");
        command.Arguments.Add(corpus);
        command.Options.Add(language);
        command.Options.Add(write);
        command.SetAction(async (parseResult, ct) =>
        {
            var file = parseResult.GetValue(corpus)!;
            if (!file.Exists)
            {
                await Console.Error.WriteLineAsync($"No such file: {file.FullName}");
                return 2;
            }

            var clock = Stopwatch.StartNew();
            var documents = IobCorpus.Read(file);
            var (byType, pages, tokens, nationalities) = new NerEvaluation(new EntityExtractor()).Run(documents, parseResult.GetValue(language)!);
            var report = NerEvaluation.Report(byType, pages, tokens, nationalities, file.Name, clock.Elapsed);
            Console.WriteLine(report);
            if (parseResult.GetValue(write) is { } doc)
            {
                await EvaluationDocument.ReplaceSectionAsync(doc, Heading, report, ct);
            }

            return 0;
        });
        return command;
    }
}
