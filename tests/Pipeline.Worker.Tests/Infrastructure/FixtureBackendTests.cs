using Pipeline.Testing;

namespace Pipeline.Worker.Tests.Infrastructure;

/// <summary>The shared fixtures ran the backend this machine allows: a container where a Docker engine answers, the private server elsewhere.</summary>
[Collection(RabbitMqNode.CollectionName)]
public sealed class FixtureBackendTests(RabbitMqNode node)
{
    [Fact]
    public void The_RabbitMQ_node_is_a_container_exactly_when_a_Docker_engine_answers()
        => Assert.Equal(DockerEngineProbe.Answers() ? FixtureBackend.Container : FixtureBackend.PrivateServer, node.Backend);
}
