namespace Pipeline.EndToEnd;

/// <summary>How the pipeline is deployed in a scenario.</summary>
public enum Deployment
{
    /// <summary><c>pipeline analyze</c>: the analysis alone, one process, no bus, no store.</summary>
    AnalysisAlone,

    /// <summary>In-memory bus, every stage in one process.</summary>
    Embedded,

    /// <summary>RabbitMQ, every stage in one process.</summary>
    RabbitMqAllInOne,

    /// <summary>RabbitMQ, one process per stage and one for the watcher.</summary>
    RabbitMqSplitByRole,
}

/// <summary>Which store a scenario writes.</summary>
public enum StoreKind
{
    None,
    Sqlite,
    Postgres,
}

/// <summary>One way of running the pipeline that the benchmark measures.</summary>
public sealed record Scenario(string Name, Deployment Deployment, StoreKind Store, string Description, bool QuorumQueues = false)
{
    /// <summary>The stage roles, one process each, when split by role.</summary>
    public static readonly string[] StageRoles = ["language", "duplicates", "extraction", "sink"];

    public static readonly IReadOnlyList<Scenario> All =
    [
        new("analyze", Deployment.AnalysisAlone, StoreKind.None, "`pipeline analyze` over the files (one process, no bus, no store)"),
        new("embedded", Deployment.Embedded, StoreKind.Sqlite, "`pipeline ingest`, embedded (in-memory bus + SQLite)"),
        new("rabbitmq-sqlite", Deployment.RabbitMqAllInOne, StoreKind.Sqlite, "`pipeline ingest --transport rabbitmq` (all stages, one process) + SQLite"),
        new("rabbitmq-postgres", Deployment.RabbitMqAllInOne, StoreKind.Postgres, "the same with `--store postgres://…`"),
        new("split-sqlite", Deployment.RabbitMqSplitByRole, StoreKind.Sqlite, "RabbitMQ, one `pipeline run --roles X` process per stage + a watcher, SQLite"),
        new("split-postgres", Deployment.RabbitMqSplitByRole, StoreKind.Postgres, "the same with PostgreSQL"),
        new("split-postgres-quorum", Deployment.RabbitMqSplitByRole, StoreKind.Postgres, "the same with quorum stage queues (`--quorum-queues`, as deploy/ runs it; one node)", QuorumQueues: true),
    ];

    public bool UsesRabbitMq => Deployment is Deployment.RabbitMqAllInOne or Deployment.RabbitMqSplitByRole;
}
