using System.CommandLine;
using System.Text.Json;
using Pipeline.Storage;

namespace Pipeline.Worker.Commands;

/// <summary><c>pipeline articles</c>: what the store holds, with each duplicate's original.</summary>
internal static class ArticlesCommand
{
    public static Command Create()
    {
        var command = new Command("articles", "List stored articles with language, duplicate link and counts");
        command.Options.Add(CommonOptions.Store);
        command.Options.Add(CommonOptions.Json);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var store = await StoreAccess.OpenAsync(parse, cancellationToken);
            var articles = await store.ListArticlesAsync(new ArticleQuery(Limit: int.MaxValue), cancellationToken);
            if (parse.GetValue(CommonOptions.Json))
            {
                foreach (var article in articles)
                {
                    parse.InvocationConfiguration.Output.WriteLine(JsonSerializer.Serialize(article, JsonOutput.Options));
                }

                return 0;
            }

            ResultTable.Write(
                parse.InvocationConfiguration.Output,
                ["id", "file", "lang", "published", "duplicate", "of", "entities", "figures", "claims"],
                articles.Select(a => (IReadOnlyList<string?>)
                [
                    a.Id.ToString()[..8],
                    a.FileName,
                    a.Language,
                    a.Published,
                    a.DuplicateKind == "unique" ? "unique" : $"{a.DuplicateKind} {a.Similarity:0.00}",
                    a.OriginalId?.ToString()[..8],
                    a.EntityCount.ToString(),
                    a.FigureCount.ToString(),
                    a.ClaimCount.ToString(),
                ]));
            return 0;
        });
        return command;
    }
}
