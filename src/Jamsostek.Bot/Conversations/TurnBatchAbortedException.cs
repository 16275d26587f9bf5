namespace Jamsostek.Bot.Conversations;

/// <summary>
/// The shared transaction a turn ran in (<see cref="TurnWriter"/>) was rolled back because of something else in it:
/// nothing of this turn is stored, so it may run again.
/// </summary>
public sealed class TurnBatchAbortedException : Exception
{
    public TurnBatchAbortedException()
    {
    }

    public TurnBatchAbortedException(string message)
        : base(message)
    {
    }

    public TurnBatchAbortedException(Exception innerException)
        : base("The turn's batch was rolled back; the turn may run again.", innerException)
    {
    }

    public TurnBatchAbortedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
