namespace Pipeline.Worker.Hosting;

/// <summary>The stages one process can host; each can be scaled on its own by running more processes with that role.</summary>
[Flags]
public enum PipelineRole
{
    None = 0,
    Watcher = 1,
    Language = 2,
    Duplicates = 4,
    Extraction = 8,
    Sink = 16,
    All = Watcher | Language | Duplicates | Extraction | Sink,
}

public static class PipelineRoles
{
    public static bool TryParse(string? text, out PipelineRole roles, out string error)
    {
        roles = PipelineRole.None;
        error = string.Empty;
        foreach (var part in (text ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Enum.TryParse<PipelineRole>(part, ignoreCase: true, out var role) || role == PipelineRole.None || int.TryParse(part, out _))
            {
                error = $"must be 'all' or a list of watcher, language, duplicates, extraction, sink; '{part}' is none of them";
                return false;
            }

            roles |= role;
        }

        if (roles == PipelineRole.None)
        {
            error = "must name at least one role";
            return false;
        }

        return true;
    }

    /// <summary>Only the duplicate stage (its index) and the sink write to the store; other roles never open it.</summary>
    public static bool UseStore(this PipelineRole roles) => (roles & (PipelineRole.Duplicates | PipelineRole.Sink)) != 0;

    public static PipelineRole Parse(string? text)
        => TryParse(text, out var roles, out var error) ? roles : throw new ArgumentException($"--roles {error}");
}
