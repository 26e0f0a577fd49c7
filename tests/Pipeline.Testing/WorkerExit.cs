namespace Pipeline.Testing;

/// <summary>How long a test waits for a worker it cancelled to return.</summary>
public static class WorkerExit
{
    // The host allows 30 s to stop and the bus 30 s more; a worker still running after that is hung, and the test
    // should fail with a timeout rather than hold the whole run until the hang detector kills it.
    public static readonly TimeSpan Grace = TimeSpan.FromMinutes(2);
}
