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

    /// <summary>
    /// The name of the sponsor programme (a regency paying from APBD) whose code is this deep-link payload, or
    /// null. A sponsored worker gets no relief (PP 50/2025 excludes APBN/APBD-paid members) and pays nothing.
    /// </summary>
    string? FindSponsorName(string code) => null;
}

public sealed record ExistingSignUp(string Reference, SignUpStatus Status, DateTimeOffset CreatedAt, string? Kpj, string? RejectionReason);

public enum SignUpStatus
{
    Pending,
    Approved,
    Rejected,
    Withdrawn,
}
