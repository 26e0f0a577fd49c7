using System.CommandLine;
using System.Text.Json;
using Pipeline.Storage;

namespace Pipeline.Worker.Commands;

/// <summary><c>pipeline search "chars Bakhmut"</c>: articles matching every word, with their matching claims.</summary>
internal static class SearchCommand
{
    private static readonly Argument<string> Query = new("query")
    {
        Description = "Words that must all occur; on PostgreSQL also \"a phrase\", or, -word (stemmed with each article's language)",
    };

    private static readonly Option<int> Limit = new("--limit")
    {
        Description = "Most articles to show, best first (default 20)",
        DefaultValueFactory = _ => 20,
    };

    public static Command Create()
    {
        var command = new Command("search", "Full-text search of stored articles, with the claims whose sentence matches");
        command.Arguments.Add(Query);
        command.Options.Add(Limit);
        command.Options.Add(CommonOptions.Store);
        command.Options.Add(CommonOptions.Json);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var limit = parse.GetValue(Limit);
            if (limit <= 0)
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync($"pipeline: --limit must be positive, not {limit}");
                return 2;
            }

            var store = await StoreAccess.OpenAsync(parse, cancellationToken);
            var hits = await store.SearchAsync(parse.GetValue(Query) ?? "", limit, cancellationToken);
            if (parse.GetValue(CommonOptions.Json))
            {
                foreach (var hit in hits)
                {
                    parse.InvocationConfiguration.Output.WriteLine(JsonSerializer.Serialize(hit, JsonOutput.Options));
                }

                return 0;
            }

            // One line per matching claim, the article's cells only on its first line; an article without one gets a line of its own.
            ResultTable.Write(
                parse.InvocationConfiguration.Output,
                ["article", "file", "lang", "title", "figure", "subject", "source", "sentence"],
                hits.SelectMany(hit => (hit.Claims.Count == 0 ? [null] : hit.Claims.Cast<ClaimSummary?>()).Select((claim, i) => (IReadOnlyList<string?>)
                [
                    i == 0 ? hit.Article.Id.ToString()[..8] : "",
                    i == 0 ? hit.Article.FileName : "",
                    i == 0 ? hit.Article.Language : "",
                    i == 0 ? hit.Article.Title : "",
                    claim?.Text,
                    claim?.Subject,
                    claim?.Source,
                    claim?.Sentence,
                ])),
                maxCell: 60);
            parse.InvocationConfiguration.Output.WriteLine($"{hits.Count} article(s), {hits.Sum(h => h.Claims.Count)} matching claim(s)");
            return 0;
        });
        return command;
    }
}
