using Pipeline.Storage;
using Pipeline.Worker.Consumers;

namespace Pipeline.Worker.Operations;

/// <summary>Reads the stage queues from the management API and the counts from the store, and names every problem.</summary>
public static class PipelineStatusProbe
{
    public static async Task<PipelineStatus> ReadAsync(BrokerAddress? broker, Func<CancellationToken, Task<StoreCounts>> storeCounts, CancellationToken cancellationToken)
    {
        var stages = new List<StageStatus>();
        var problems = new List<string>();
        var unobserved = new List<string>();

        if (broker is not null)
        {
            try
            {
                using var api = new ManagementApi(broker);
                var queues = await api.ListQueuesAsync(cancellationToken);
                foreach (var queue in StageEndpoints.All)
                {
                    var stage = Describe(queue, queues);
                    stages.Add(stage);
                    if (!stage.QueueExists)
                    {
                        problems.Add($"{stage.Queue} does not exist: no worker with the {stage.Stage} role has started on this virtual host");
                    }
                    else if (stage.Consumers == 0)
                    {
                        problems.Add($"{stage.Queue} has no consumer: start a worker with --roles {stage.Stage}");
                    }

                    if (stage.Errors > 0)
                    {
                        problems.Add($"{stage.ErrorQueue} holds {stage.Errors} failed message(s): see 'pipeline errors list --stage {stage.Stage}'");
                    }
                }
            }
            catch (Exception e) when (e is BrokerUnavailableException or HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                unobserved.Add($"broker: {e.Message}");
            }
        }

        StoreCounts? counts = null;
        try
        {
            counts = await storeCounts(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            unobserved.Add($"store: {e.Message}");
        }

        return new PipelineStatus(broker is null ? "inmemory" : "rabbitmq", broker?.Describe(), stages, counts, problems, unobserved);
    }

    private static StageStatus Describe(string queue, IReadOnlyDictionary<string, QueueStatistics> queues)
    {
        var errorQueue = StageStatus.ErrorQueueOf(queue);
        var errors = queues.TryGetValue(errorQueue, out var error) ? error.Messages : 0;
        return queues.TryGetValue(queue, out var q)
            ? new StageStatus(StageStatus.StageOf(queue), queue, true, q.Ready, q.Unacknowledged, q.Consumers, q.PublishRate, q.DeliverRate, errorQueue, errors)
            : new StageStatus(StageStatus.StageOf(queue), queue, false, 0, 0, 0, 0, 0, errorQueue, errors);
    }
}
