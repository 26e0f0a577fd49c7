namespace Pipeline.Testing;

/// <summary>What a fixture runs: a container (where a Docker engine answers) or a private server of the installed packages.</summary>
public enum FixtureBackend
{
    /// <summary>A private <c>rabbitmq-server</c> node or <c>initdb</c> cluster on loopback, as CI here runs them.</summary>
    PrivateServer,

    /// <summary>A Testcontainers container of the image <c>docker-compose.yml</c> runs.</summary>
    Container,
}
