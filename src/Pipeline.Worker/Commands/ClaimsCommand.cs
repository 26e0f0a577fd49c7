using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Pipeline.Storage;

namespace Pipeline.Worker.Commands;

/// <summary><c>pipeline claims [--grouped]</c>: every stored claim, or one line per claim group with its sources.</summary>
internal static class ClaimsCommand
{
    private static readonly Option<bool> Grouped = new("--grouped") { Description = "One line per claim group, with its sources and articles" };

    public static Command Create()
    {
        var command = new Command("claims", "List stored claims, or claim groups with --grouped");
        command.Options.Add(CommonOptions.Store);
        command.Options.Add(CommonOptions.Json);
        command.Options.Add(Grouped);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var store = await StoreAccess.OpenAsync(parse, cancellationToken);
            var json = parse.GetValue(CommonOptions.Json);
            if (parse.GetValue(Grouped))
            {
                var groups = await store.ListClaimGroupsAsync(new ClaimQuery(Limit: int.MaxValue), cancellationToken);
                if (json)
                {
                    groups.ToList().ForEach(g => parse.InvocationConfiguration.Output.WriteLine(JsonSerializer.Serialize(g, JsonOutput.Options)));
                    return 0;
                }

                ResultTable.Write(
                    parse.InvocationConfiguration.Output,
                    ["group", "figure", "counts", "unit", "subject", "location", "articles", "sources"],
                    groups.Select(g => (IReadOnlyList<string?>)
                        [g.GroupId.ToString()[..8], g.Text, g.CountedLemma, g.Unit, g.Subject, g.Location, g.ArticleCount.ToString(), string.Join("; ", g.Sources)]),
                    maxCell: 60);
                return 0;
            }

            var claims = await store.ListClaimsAsync(new ClaimQuery(Limit: int.MaxValue), cancellationToken);
            if (json)
            {
                claims.ToList().ForEach(c => parse.InvocationConfiguration.Output.WriteLine(JsonSerializer.Serialize(c, JsonOutput.Options)));
                return 0;
            }

            ResultTable.Write(
                parse.InvocationConfiguration.Output,
                ["article", "figure", "value", "counts", "unit", "subject", "location", "source", "modality"],
                claims.Select(c => (IReadOnlyList<string?>)
                    [c.ArticleId.ToString()[..8], c.Text, Bounds(c), c.CountedLemma, c.Unit, c.Subject, c.Location, SourceWithRole(c), c.Modality]));
            return 0;
        });
        return command;
    }

    /// <summary>"John Smith (army spokesman Col.)": the role the article gives the source, beside its name.</summary>
    private static string? SourceWithRole(ClaimSummary claim) =>
        claim.SourceRole is { } role ? $"{claim.Source} ({role})" : claim.Source;

    private static string Bounds(ClaimSummary claim) => claim switch
    {
        { Value: { } v } => v.ToString("0.##", CultureInfo.InvariantCulture),
        { Low: { } low, High: { } high } => $"{low.ToString(CultureInfo.InvariantCulture)}–{high.ToString(CultureInfo.InvariantCulture)}",
        { Low: { } low } => $"≥{low.ToString(CultureInfo.InvariantCulture)}",
        { High: { } high } => $"≤{high.ToString(CultureInfo.InvariantCulture)}",
        _ => "?",
    };
}
