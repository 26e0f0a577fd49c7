using Pipeline.Analysis.Duplicates;

namespace Pipeline.Worker.Hosting;

/// <summary>The settings every command shares; section <c>Pipeline</c>, environment <c>PIPELINE__*</c>, or command-line options.</summary>
public sealed class PipelineOptions
{
    public const string Section = "Pipeline";

    /// <summary><c>inmemory</c> (everything in this process) or <c>rabbitmq</c>.</summary>
    public string Transport { get; set; } = "inmemory";

    /// <summary>Broker address for the rabbitmq transport: <c>amqp://user:pass@host:port/vhost</c>.</summary>
    public string RabbitMqUri { get; set; } = "amqp://guest:guest@localhost:5672/";

    /// <summary>
    /// RabbitMQ's management API for <c>status</c> and <c>errors</c>, <c>http://user:pass@host:15672/</c>; empty means the
    /// AMQP URI's host and credentials on the management plugin's port.
    /// </summary>
    public string? ManagementUri { get; set; }

    /// <summary>A SQLite file path, or a <c>postgres://</c> URI.</summary>
    public string Store { get; set; } = "./data/pipeline.db";

    /// <summary>Stages this process hosts: <c>all</c>, or a comma-separated list of watcher, language, duplicates, extraction, sink.</summary>
    public string Roles { get; set; } = "all";

    /// <summary>Similarity (0 to 1) from which an article is a near duplicate of an earlier one.</summary>
    public double NearDuplicateThreshold { get; set; } = NearDuplicateOptions.Default.Threshold;

    /// <summary>
    /// Declare the stage queues as RabbitMQ quorum queues (replicated; <c>deploy/rabbitmq/README.md</c>). A queue's type
    /// cannot change once declared: switching an existing broker needs the migration described there.
    /// </summary>
    public bool QuorumQueues { get; set; }

    public bool UsesRabbitMq => string.Equals(Transport, "rabbitmq", StringComparison.OrdinalIgnoreCase);
}
