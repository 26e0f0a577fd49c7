using DotNet.Testcontainers.Builders;
using Pipeline.Testing;
using Pipeline.Worker.Tests.Deployment;

namespace Pipeline.Worker.Tests.Infrastructure;

/// <summary>How a fixture picks a container or the private server; the fixtures' own runs are checked in <see cref="FixtureBackendTests"/>.</summary>
public sealed class BackendChoiceTests
{
    private readonly List<string> reported = [];

    [Fact]
    public async Task Without_a_Docker_engine_the_private_server_runs_and_later_fixtures_do_not_try_again()
    {
        var choice = new BackendChoice(null, reported.Add);
        var tries = 0;
        Task NoEngine(CancellationToken _)
        {
            tries++;
            throw new DockerUnavailableException("Docker is either not running or misconfigured.");
        }

        Assert.Equal(FixtureBackend.PrivateServer, await choice.ChooseAsync("RabbitMQ", NoEngine, null, CancellationToken.None));
        Assert.Equal(FixtureBackend.PrivateServer, await choice.ChooseAsync("PostgreSQL", NoEngine, null, CancellationToken.None));

        Assert.Equal(1, tries);
        Assert.Equal("DockerUnavailableException: Docker is either not running or misconfigured.", choice.NoEngine);
        Assert.Equal(
            ["Test fixture backend: RabbitMQ: the private server, since no Docker engine answered (DockerUnavailableException: Docker is either not running or misconfigured.)"],
            reported);
    }

    [Fact]
    public async Task Where_an_engine_starts_the_container_the_container_runs()
    {
        var choice = new BackendChoice(null, reported.Add);
        var started = 0;

        Assert.Equal(FixtureBackend.Container, await choice.ChooseAsync("RabbitMQ", _ => Task.FromResult(started++), null, CancellationToken.None));
        Assert.Equal(FixtureBackend.Container, await choice.ChooseAsync("PostgreSQL", _ => Task.FromResult(started++), null, CancellationToken.None));

        Assert.Equal(2, started);
        Assert.Null(choice.NoEngine);
        Assert.Single(reported);
    }

    [Fact]
    public async Task A_container_that_fails_for_another_reason_fails_the_run_rather_than_hiding_behind_the_private_server()
    {
        var choice = new BackendChoice(null, reported.Add);

        await Assert.ThrowsAsync<TimeoutException>(() => choice.ChooseAsync("RabbitMQ", _ => throw new TimeoutException("image pull"), null, CancellationToken.None));
    }

    [Fact]
    public async Task The_environment_can_force_either_backend()
    {
        var tried = false;
        var privateOnly = new BackendChoice("private", reported.Add);
        Assert.Equal(FixtureBackend.PrivateServer, await privateOnly.ChooseAsync("RabbitMQ", _ => Task.FromResult(tried = true), null, CancellationToken.None));
        Assert.False(tried);

        var containerOnly = new BackendChoice("container", reported.Add);
        await Assert.ThrowsAsync<DockerUnavailableException>(
            () => containerOnly.ChooseAsync("RabbitMQ", _ => throw new DockerUnavailableException("no engine"), null, CancellationToken.None));
    }

    [Fact]
    public void The_container_images_are_the_ones_docker_compose_runs()
    {
        var services = Assert.Single(DeploymentFiles.LoadYaml(DeploymentFiles.PathOf("docker-compose.yml"))).GetProperty("services");

        Assert.Equal(RabbitMqNode.ContainerImage, services.GetProperty("rabbitmq").GetProperty("image").GetString());
        Assert.Equal(PostgresCluster.ContainerImage, services.GetProperty("postgres").GetProperty("image").GetString());
    }

    [Fact]
    public async Task Building_a_container_backend_throws_DockerUnavailableException_exactly_when_no_engine_answers()
    {
        if (DockerEngineProbe.Answers())
        {
            await RabbitMqNode.BuildContainer().DisposeAsync();
            await PostgresCluster.BuildContainer().DisposeAsync();
        }
        else
        {
            Assert.Throws<DockerUnavailableException>(() => RabbitMqNode.BuildContainer());
            Assert.Throws<DockerUnavailableException>(() => PostgresCluster.BuildContainer());
        }
    }
}
