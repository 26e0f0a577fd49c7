using Pipeline.Testing;
using Xunit;

namespace Pipeline.Worker.Tests.Infrastructure;

/// <summary>
/// Every test class marked <c>[Collection(PostgresCluster.CollectionName)]</c> shares one private PostgreSQL cluster,
/// started once for this assembly and stopped after its last test.
/// </summary>
[CollectionDefinition(PostgresCluster.CollectionName)]
public sealed class PostgresCollection : ICollectionFixture<PostgresCluster>;
