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

    /// <summary>Every sign-up made from this chat, newest first, for "status" (a husband may have registered his wife too).</summary>
    IReadOnlyList<ExistingSignUp> FindSignUpsOfChat() => FindLatestSignUpOfChat() is { } latest ? [latest] : [];

    /// <summary>
    /// The name of the sponsor programme (a regency paying from APBD) whose code is this deep-link payload, or
    /// null. A sponsored worker gets no relief (PP 50/2025 excludes APBN/APBD-paid members) and pays nothing.
    /// </summary>
    string? FindSponsorName(string code) => null;

    /// <summary>
    /// The sponsor programme of this code with the programmes it pays, or null. A host that knows only the name
    /// (<see cref="FindSponsorName"/>) has a sponsor that pays everything.
    /// </summary>
    SponsorTerms? FindSponsor(string code) => FindSponsorName(code) is { } name ? new SponsorTerms(name, Jamsostek.Bpu.BpuPrograms.WithJht) : null;

    /// <summary>
    /// The chat's latest sign-up when it was rejected: its answers (as the flow's slots) and the steps the
    /// reason concerns, so that "daftar" asks only those again. Null when the latest is not rejected, or when the
    /// registration being started (its <paramref name="source"/>) is not for the chat's own person.
    /// </summary>
    RejectedDraft? FindRejectedDraft(string? source) => null;

    /// <summary>The personal data stored for this chat's latest sign-up, for "lihat data saya"; null when none.</summary>
    OwnSignUpData? FindOwnData() => null;

    /// <summary>The payment standing of the member with this KPJ, for the status answer; null when unknown.</summary>
    MemberStatus? FindMemberStatus(string kpj) => null;

    /// <summary>The host's reminder settings the replies to berhenti, mulai pengingat and sudah bayar quote.</summary>
    ReminderSettingsView ReminderSettings => ReminderSettingsView.Default;

    /// <summary>This chat's sign-up with that reference ("BPU-7K3Q-2M" typed in chat); null when none or another chat's.</summary>
    ExistingSignUp? FindSignUpOfChat(string reference) =>
        FindLatestSignUpOfChat() is { } latest && string.Equals(latest.Reference, reference, StringComparison.OrdinalIgnoreCase) ? latest : null;
}

/// <param name="ClaimPauseDays">How long "sudah bayar" pauses reminders when no officer confirms it.</param>
/// <param name="WindowStartHour">First local hour reminders are sent.</param>
/// <param name="WindowEndHour">Reminders are sent before this local hour.</param>
public sealed record ReminderSettingsView(int ClaimPauseDays, int WindowStartHour, int WindowEndHour)
{
    /// <summary>The defaults of the host's Reminders settings, for hosts and tests that set none.</summary>
    public static ReminderSettingsView Default { get; } = new(7, 8, 20);
}

/// <param name="Occupation">Occupation id of the sign-up (for the sector's contribution relief), when known.</param>
/// <param name="FullName">The registered person's name, so that a chat that signed up two people can tell them apart.</param>
public sealed record ExistingSignUp(string Reference, SignUpStatus Status, DateTimeOffset CreatedAt, string? Kpj, string? RejectionReason, string? Occupation = null, string? FullName = null);

/// <param name="Answers">The sign-up's answers by slot, in the flow's stored form (codes, yyyy-MM-dd, whole rupiah).</param>
/// <param name="Redo">The steps (slot ids) the rejection concerns; empty when the reason names none (the summary then).</param>
public sealed record RejectedDraft(string Reference, string Reason, IReadOnlyDictionary<string, string> Answers, IReadOnlyList<string> Redo);

/// <summary>What "lihat data saya" shows the person: their own answers as stored.</summary>
public sealed record OwnSignUpData(
    ExistingSignUp SignUp,
    string Nik,
    string FullName,
    DateOnly BirthDate,
    string Phone,
    string Occupation,
    decimal MonthlyIncome,
    string Programs,
    string HeirName,
    string HeirRelationship);

public enum SignUpStatus
{
    Pending,
    Approved,
    Rejected,
    Withdrawn,

    /// <summary>Entered by an agent for a worker: held until the worker confirms from their own chat; no officer sees it.</summary>
    Held,
}
