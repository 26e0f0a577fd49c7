using Xunit;
using Pipeline.Testing;

namespace Pipeline.Worker.Tests.Infrastructure;

/// <summary>
/// Every test class marked <c>[Collection(RabbitMqNode.CollectionName)]</c> shares one private RabbitMQ node, started
/// once for this assembly (about 11 s) and stopped after its last test.
/// </summary>
[CollectionDefinition(RabbitMqNode.CollectionName)]
public sealed class RabbitMqCollection : ICollectionFixture<RabbitMqNode>;
