using System.Net.Sockets;
using Npgsql;
using Pipeline.Testing;
using Xunit;

namespace Pipeline.Storage.Tests.Infrastructure;

public sealed class PostgresClusterLifecycleTests
{
    [Fact]
    public async Task A_stopped_cluster_leaves_neither_a_listener_nor_its_folder()
    {
        var cluster = new PostgresCluster();
        await cluster.StartAsync();
        var database = await cluster.CreateDatabaseAsync();
        await using (var connection = new NpgsqlConnection(database.ConnectionString))
        {
            await connection.OpenAsync();
        }

        await cluster.StopAsync();

        Assert.False(Directory.Exists(cluster.Folder));
        using var client = new TcpClient();
        await Assert.ThrowsAsync<SocketException>(() => client.ConnectAsync(cluster.Host, cluster.Port));
    }
}
