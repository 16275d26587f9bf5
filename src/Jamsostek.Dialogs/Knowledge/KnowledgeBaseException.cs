namespace Jamsostek.Dialogs.Knowledge;

/// <summary>Thrown by <see cref="KnowledgeBase.Load"/> with every fault found, so staff fix them in one pass.</summary>
public sealed class KnowledgeBaseException : Exception
{
    public KnowledgeBaseException()
        : this([])
    {
    }

    public KnowledgeBaseException(string message)
        : base(message)
    {
        Faults = [message];
    }

    public KnowledgeBaseException(string message, Exception innerException)
        : base(message, innerException)
    {
        Faults = [message];
    }

    public KnowledgeBaseException(IReadOnlyList<string> faults)
        : base("Knowledge base has faults:" + Environment.NewLine + string.Join(Environment.NewLine, faults))
    {
        Faults = faults;
    }

    /// <summary>Each fault as <c>file:topic: problem</c>.</summary>
    public IReadOnlyList<string> Faults { get; }
}
