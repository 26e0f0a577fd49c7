using System.CommandLine;
using System.Text.Json;
using Pipeline.Worker.Consumers;
using Pipeline.Worker.Operations;

namespace Pipeline.Worker.Commands;

/// <summary>
/// <c>pipeline errors list|show|replay|purge</c>: the messages the stages gave up on, with the exception MassTransit
/// recorded; replay moves them back to their stage queue after a fix, purge drops them. Each prints a count.
/// Exit codes: 0 done, 1 <c>show</c> found no such message, 2 a wrong setting or the in-memory transport, 3 broker unreachable or a replay stopped (the message it stopped at stays in the error queue).
/// </summary>
internal static class ErrorsCommand
{
    private static readonly Option<string?> Stage = new("--stage")
    {
        Description = "Only this stage: language, duplicates, extraction or sink (default: all)",
    };

    private static readonly Option<string?> MessageId = new("--message-id")
    {
        Description = "Only the message with this id (as 'errors list' shows it)",
    };

    private static readonly Option<int> Limit = new("--limit")
    {
        Description = "List at most this many messages per stage (default 100)",
        DefaultValueFactory = _ => 100,
    };

    public static Command Create()
    {
        var command = new Command("errors", "Failed messages in the stages' _error queues (RabbitMQ transport): list, show, replay, purge");

        var list = Subcommand("list", "List failed messages with the exception that stopped them");
        list.Options.Add(Limit);
        list.Options.Add(CommonOptions.Json);
        list.SetAction((parse, ct) => RunAsync(parse, async (queues, stages) =>
        {
            var messages = await queues.ListAsync(stages, parse.GetValue(Limit), ct);
            WriteList(messages, parse.GetValue(CommonOptions.Json), parse.InvocationConfiguration);
            return 0;
        }, ct));

        var id = new Argument<string>("MESSAGE-ID") { Description = "The message id 'errors list' shows" };
        var show = Subcommand("show", "Show one failed message: headers, exception with stack trace, and body");
        show.Arguments.Add(id);
        show.Options.Add(CommonOptions.Json);
        show.SetAction((parse, ct) => RunAsync(parse, async (queues, stages) =>
        {
            var wanted = parse.GetValue(id)!;
            var message = (await queues.ListAsync(stages, int.MaxValue, ct))
                .FirstOrDefault(m => string.Equals(m.MessageId, wanted, StringComparison.OrdinalIgnoreCase));
            if (message is null)
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync($"pipeline: no failed message {wanted} in {string.Join(", ", stages.Select(StageStatus.ErrorQueueOf))}");
                return 1;
            }

            WriteOne(message, parse.GetValue(CommonOptions.Json), parse.InvocationConfiguration.Output);
            return 0;
        }, ct));

        var replay = Subcommand("replay", "Move failed messages back to their stage queue, unchanged, to be processed again");
        replay.Options.Add(MessageId);
        replay.SetAction((parse, ct) => RunAsync(parse, async (queues, stages) =>
        {
            var count = await queues.ReplayAsync(stages, parse.GetValue(MessageId), ct);
            parse.InvocationConfiguration.Output.WriteLine($"replayed {count} message(s) from {string.Join(", ", stages.Select(StageStatus.ErrorQueueOf))}");
            return 0;
        }, ct));

        var purge = Subcommand("purge", "Drop failed messages for good");
        purge.Options.Add(MessageId);
        purge.SetAction((parse, ct) => RunAsync(parse, async (queues, stages) =>
        {
            var count = await queues.PurgeAsync(stages, parse.GetValue(MessageId), ct);
            parse.InvocationConfiguration.Output.WriteLine($"purged {count} message(s) from {string.Join(", ", stages.Select(StageStatus.ErrorQueueOf))}");
            return 0;
        }, ct));

        command.Subcommands.Add(list);
        command.Subcommands.Add(show);
        command.Subcommands.Add(replay);
        command.Subcommands.Add(purge);
        return command;
    }

    private static Command Subcommand(string name, string description)
    {
        var command = new Command(name, description);
        command.Options.Add(CommonOptions.Transport);
        command.Options.Add(CommonOptions.RabbitMqUri);
        command.Options.Add(Stage);
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parse, Func<ErrorQueues, IReadOnlyList<string>, Task<int>> action, CancellationToken cancellationToken)
    {
        IReadOnlyList<string> stages = StageEndpoints.All;
        if (parse.GetValue(Stage) is { } stage)
        {
            if (StageStatus.QueueOf(stage) is not { } queue)
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync($"pipeline: --stage must be language, duplicates, extraction or sink, not '{stage}'");
                return 2;
            }

            stages = [queue];
        }

        var broker = StatusCommand.ResolveBroker(parse);
        if (broker is null)
        {
            await parse.InvocationConfiguration.Error.WriteLineAsync(
                "pipeline: the in-memory transport keeps no error queues (a failed article is reported by 'pipeline ingest' and logged); use --transport rabbitmq");
            return 2;
        }

        try
        {
            await using var queues = await ErrorQueues.ConnectAsync(broker, cancellationToken);
            return await action(queues, stages);
        }
        catch (BrokerUnavailableException e)
        {
            await parse.InvocationConfiguration.Error.WriteLineAsync($"pipeline: {e.Message}");
            return 3;
        }
    }

    private static void WriteList(IReadOnlyList<FailedMessage> messages, bool json, InvocationConfiguration io)
    {
        var output = io.Output;
        if (json)
        {
            foreach (var message in messages)
            {
                output.WriteLine(JsonSerializer.Serialize(Summary(message), JsonOutput.Options));
            }

            io.Error.WriteLine($"{messages.Count} failed message(s)");
            return;
        }

        ResultTable.Write(
            output,
            ["stage", "message id", "article", "failed at", "exception", "message"],
            messages.Select(m => (IReadOnlyList<string?>)
            [
                m.Stage,
                m.MessageId,
                m.ArticleId?.ToString(),
                m.FaultedAt,
                m.ExceptionType ?? m.Reason,
                m.ExceptionMessage,
            ]),
            maxCell: 60);
        output.WriteLine($"{messages.Count} failed message(s)");
    }

    private static void WriteOne(FailedMessage message, bool json, TextWriter output)
    {
        if (json)
        {
            output.WriteLine(JsonSerializer.Serialize(message, JsonOutput.Options));
            return;
        }

        output.WriteLine($"stage:      {message.Stage} ({message.ErrorQueue})");
        output.WriteLine($"message id: {message.MessageId}");
        output.WriteLine($"article:    {message.ArticleId}");
        output.WriteLine($"type:       {message.MessageType}");
        output.WriteLine($"reason:     {message.Reason}");
        output.WriteLine($"failed at:  {message.FaultedAt}");
        output.WriteLine($"consumer:   {message.ConsumerType}");
        output.WriteLine($"exception:  {message.ExceptionType}: {message.ExceptionMessage}");
        output.WriteLine(message.StackTrace);
        output.WriteLine("headers:");
        foreach (var (name, value) in message.Headers.OrderBy(h => h.Key, StringComparer.Ordinal))
        {
            if (name != FaultHeaders.StackTrace)
            {
                output.WriteLine($"  {name}: {value}");
            }
        }

        output.WriteLine("body:");
        output.WriteLine(message.Body);
    }

    private static object Summary(FailedMessage m) => new
    {
        m.Stage,
        m.MessageId,
        m.ArticleId,
        m.MessageType,
        m.Reason,
        m.ExceptionType,
        m.ExceptionMessage,
        m.FaultedAt,
    };
}
