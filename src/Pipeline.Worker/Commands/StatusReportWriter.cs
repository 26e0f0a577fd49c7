using System.Globalization;
using System.Text.Json;
using Pipeline.Worker.Operations;

namespace Pipeline.Worker.Commands;

/// <summary>Writes <c>pipeline status</c> as a table for people, or one JSON object for scripts.</summary>
internal static class StatusReportWriter
{
    public static void Write(PipelineStatus status, bool json, TextWriter output)
    {
        if (json)
        {
            output.WriteLine(JsonSerializer.Serialize(
                new
                {
                    status.Transport,
                    status.Broker,
                    status.Stages,
                    status.Store,
                    status.Problems,
                    status.Unobserved,
                    Healthy = status.ExitCode == PipelineStatus.Healthy,
                    status.ExitCode,
                },
                JsonOutput.Options));
            return;
        }

        if (status.Broker is null)
        {
            output.WriteLine("transport: inmemory: no broker; the stages run inside each 'pipeline run' or 'pipeline ingest' process");
        }
        else
        {
            output.WriteLine($"broker: {status.Broker}");
            ResultTable.Write(
                output,
                ["stage", "queue", "ready", "unacked", "consumers", "publish/s", "deliver/s", "errors"],
                status.Stages.Select(s => (IReadOnlyList<string?>)
                [
                    s.Stage,
                    s.QueueExists ? s.Queue : $"{s.Queue} (missing)",
                    s.Ready.ToString(CultureInfo.InvariantCulture),
                    s.Unacknowledged.ToString(CultureInfo.InvariantCulture),
                    s.Consumers.ToString(CultureInfo.InvariantCulture),
                    s.PublishRate.ToString("0.0", CultureInfo.InvariantCulture),
                    s.DeliverRate.ToString("0.0", CultureInfo.InvariantCulture),
                    s.Errors.ToString(CultureInfo.InvariantCulture),
                ]));
        }

        if (status.Store is { } store)
        {
            output.WriteLine(
                $"store: {store.Articles} articles ({store.Duplicates} duplicates), {store.Entities} entities, {store.Figures} figures, "
                + $"{store.Claims} claims in {store.ClaimGroups} groups");
        }

        foreach (var line in status.Unobserved)
        {
            output.WriteLine($"unknown: {line}");
        }

        foreach (var problem in status.Problems)
        {
            output.WriteLine($"problem: {problem}");
        }

        output.WriteLine(status.ExitCode switch
        {
            PipelineStatus.Healthy => "status: healthy",
            PipelineStatus.ProblemsFound => $"status: {status.Problems.Count} problem(s)",
            _ => "status: unknown (could not read everything)",
        });
    }
}
