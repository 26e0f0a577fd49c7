using System.CommandLine;
using Pipeline.Analysis.Duplicates;
using Pipeline.Evaluation;
using Pipeline.Evaluation.Duplicates;

namespace Pipeline.Evaluation.Commands;

/// <summary><c>pipeline-eval duplicates &lt;corpus folder&gt;...</c>: precision and recall of near-duplicate detection on generated republications.</summary>
internal static class EvalDuplicatesCommand
{
    public static Command Create()
    {
        var folders = new Argument<string[]>("corpus")
        {
            Description = "Folders holding *.txt articles, lingua-testdata/sentences or europeana-ner-fr/enp_FR.bnf.bio (e.g. ../shared/peer-specs seeds)",
            Arity = ArgumentArity.OneOrMore,
        };
        var seed = new Option<int>("--seed") { Description = "Seed of the corpus split and the variants", DefaultValueFactory = _ => 42 };
        var variants = new Option<int>("--variants") { Description = "Near-duplicate variants per original", DefaultValueFactory = _ => 3 };
        var threshold = new Option<double?>("--threshold") { Description = "Similarity threshold (default: the shipped one)" };
        var sweep = new Option<bool>("--sweep") { Description = "Also try other shingle sizes and band shapes" };
        var write = new Option<string?>("--write") { Description = "Markdown file whose \"## Duplicates\" section is replaced, e.g. docs/evaluation.md" };

        var command = new Command("duplicates", "Precision and recall of near-duplicate detection on seeded republications of a corpus");
        command.Arguments.Add(folders);
        command.Options.Add(seed);
        command.Options.Add(variants);
        command.Options.Add(threshold);
        command.Options.Add(sweep);
        command.Options.Add(write);
        command.SetAction(async (result, cancellationToken) =>
        {
            var options = NearDuplicateOptions.Default with { Threshold = result.GetValue(threshold) ?? NearDuplicateOptions.Default.Threshold };
            var corpus = DuplicateCorpus.Load(result.GetValue(folders)!, result.GetValue(seed));
            if (corpus.Count < 10)
            {
                await Console.Error.WriteLineAsync($"Only {corpus.Count} articles found in the corpus folders; need at least 10.");
                return 2;
            }

            var set = DuplicateEvaluationSet.Build(corpus, result.GetValue(seed), result.GetValue(variants));
            var (outcomes, elapsed) = DuplicateEvaluation.Run(set, options);
            var chance = DuplicateEvaluation.ChanceCandidatesPerMillion(set, options);
            var tried = new List<(NearDuplicateOptions, IReadOnlyList<QueryOutcome>, double)>();
            if (result.GetValue(sweep))
            {
                foreach (var shape in SweepShapes(options))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    tried.Add((shape, DuplicateEvaluation.Run(set, shape).Outcomes, DuplicateEvaluation.ChanceCandidatesPerMillion(set, shape)));
                }
            }

            var section = DuplicateReport.Write("dotnet run -c Release --project tools/Pipeline.Evaluation -- duplicates " + string.Join(' ', result.GetValue(folders)!) + (result.GetValue(sweep) ? " --sweep" : string.Empty) + " --write docs/evaluation.md", corpus, set, options, outcomes, chance, tried);
            Console.WriteLine(section);
            if (result.GetValue(write) is { } path)
            {
                await EvaluationDocument.ReplaceSectionAsync(new FileInfo(path), DuplicateReport.Heading, section, cancellationToken);
            }

            return 0;
        });
        return command;
    }

    private static IEnumerable<NearDuplicateOptions> SweepShapes(NearDuplicateOptions baseline)
    {
        foreach (var (shingle, shortest) in new[] { (1, 1), (2, 1), (2, 3), (2, 4), (2, 5), (3, 1), (3, 3), (3, 4), (4, 1), (5, 1) })
        {
            foreach (var (bands, rows) in new[] { (16, 2), (20, 2), (24, 2), (32, 2), (32, 3) })
            {
                yield return baseline with { ShingleSize = shingle, MinimumWordLength = shortest, Bands = bands, Rows = rows };
            }
        }

        yield return baseline with { SketchBits = 8 };
        yield return baseline with { Permutations = 64, SketchBits = 8 };
        yield return baseline with { Bands = 8 };
        yield return baseline with { Bands = 12 };
        yield return baseline with { Bands = 16 };
    }
}
