namespace Jamsostek.Dialogs.Engine;

/// <summary>
/// Read-only questions the engine asks the host during a turn. Writes are never done here:
/// they are returned as effects so that the turn stays one transaction.
/// </summary>
public interface IDialogLookups
{
    /// <summary>The pending or approved sign-up holding this NIK, if any.</summary>
    ExistingSignUp? FindActiveSignUp(string nik);

    /// <summary>The latest sign-up made from this chat, for "cek status".</summary>
    ExistingSignUp? FindLatestSignUpOfChat();
}

public sealed record ExistingSignUp(string Reference, SignUpStatus Status, DateTimeOffset CreatedAt, string? Kpj, string? RejectionReason);

public enum SignUpStatus
{
    Pending,
    Approved,
    Rejected,
    Withdrawn,
}
