using System.CommandLine;
using System.Text.Json;

namespace Pipeline.Worker.Commands;

/// <summary><c>pipeline entities</c>: canonical entities in the store, with their mention and article counts.</summary>
internal static class EntitiesCommand
{
    public static Command Create()
    {
        var command = new Command("entities", "List canonical entities with mention and article counts, most mentioned first");
        command.Options.Add(CommonOptions.Store);
        command.Options.Add(CommonOptions.Json);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var store = await StoreAccess.OpenAsync(parse, cancellationToken);
            var entities = await store.ListEntitiesAsync(int.MaxValue, cancellationToken);
            if (parse.GetValue(CommonOptions.Json))
            {
                entities.ToList().ForEach(e => parse.InvocationConfiguration.Output.WriteLine(JsonSerializer.Serialize(e, JsonOutput.Options)));
                return 0;
            }

            ResultTable.Write(
                parse.InvocationConfiguration.Output,
                ["id", "canonical", "type", "mentions", "articles", "written as"],
                entities.Select(e => (IReadOnlyList<string?>)
                    [e.Id, e.Canonical, e.Type, e.Mentions.ToString(), e.Articles.ToString(), string.Join(", ", e.Variants)]),
                maxCell: 60);
            return 0;
        });
        return command;
    }
}
