namespace Jamsostek.Dialogs.Flows;

/// <summary>Thrown when dialogs/ holds an invalid flow: every fault, as file:step: problem.</summary>
public sealed class DialogValidationException : Exception
{
    public DialogValidationException(IReadOnlyList<string> faults)
        : base("Berkas dialog tidak valid:" + Environment.NewLine + string.Join(Environment.NewLine, faults))
    {
        Faults = faults;
    }

    public DialogValidationException()
        : this([])
    {
    }

    public DialogValidationException(string message)
        : this([message])
    {
    }

    public DialogValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Faults = [message];
    }

    public IReadOnlyList<string> Faults { get; } = [];
}
