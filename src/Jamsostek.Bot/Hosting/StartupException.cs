namespace Jamsostek.Bot.Hosting;

/// <summary>The host refuses to start; the message is printed to stderr and the process exits with code 1.</summary>
public sealed class StartupException : Exception
{
    public StartupException()
    {
    }

    public StartupException(string message)
        : base(message)
    {
    }

    public StartupException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
