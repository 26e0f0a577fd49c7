namespace Pipeline.Worker.Consumers;

/// <summary>
/// Whether anyone can hear the sink's <c>ClaimExtracted</c>. On RabbitMQ other systems subscribe, so every claim is
/// announced; the in-memory bus of the embedded default lives and dies with its process, so unless a consumer in the
/// process subscribes, announcing would serialise fourteen messages an article for nobody.
/// </summary>
public sealed record ClaimListeners(bool Present)
{
    public static readonly ClaimListeners Anyone = new(true);
}
