namespace Jamsostek.Bot.Cli;

/// <summary>The clock of a run started with --now: always that instant.</summary>
public sealed class PinnedTimeProvider(DateTimeOffset now) : TimeProvider
{
    private readonly DateTimeOffset utcNow = now.ToUniversalTime();

    public override DateTimeOffset GetUtcNow() => utcNow;
}
