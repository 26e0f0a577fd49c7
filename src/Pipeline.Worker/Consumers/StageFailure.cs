using System.Text;
using MassTransit;

namespace Pipeline.Worker.Consumers;

/// <summary>Why a stage gave up on an article: the stage, and the exception MassTransit recorded in its fault.</summary>
public sealed record StageFailure(string Stage, string ExceptionType, string Message, string Details)
{
    /// <summary>One line: stage, exception type and message.</summary>
    public string Reason => $"{Stage}: {ExceptionType}: {Message}";

    public static StageFailure From(string stage, Fault fault)
    {
        var exception = fault.Exceptions.FirstOrDefault();
        if (exception is null)
        {
            return new StageFailure(stage, "unknown", "unknown failure", "");
        }

        var details = new StringBuilder();
        for (var e = exception; e is not null; e = e.InnerException)
        {
            details.AppendLine($"{e.ExceptionType}: {e.Message}").AppendLine(e.StackTrace);
        }

        return new StageFailure(stage, exception.ExceptionType, exception.Message, details.ToString());
    }
}
