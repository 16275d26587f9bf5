using Jamsostek.Dialogs.Engine;

namespace Jamsostek.Dialogs.Tests.Engine;

/// <summary>Sign-ups the "host" already holds, by NIK.</summary>
internal sealed class FakeLookups : IDialogLookups
{
    public Dictionary<string, ExistingSignUp> ByNik { get; } = [];

    public ExistingSignUp? Latest { get; set; }

    public ExistingSignUp? FindActiveSignUp(string nik) => ByNik.GetValueOrDefault(nik);

    public ReminderSettingsView ReminderSettings { get; set; } = ReminderSettingsView.Default;

    public OwnSignUpData? Own { get; set; }

    public ExistingSignUp? FindLatestSignUpOfChat() => Latest ?? OfChat.FirstOrDefault();

    /// <summary>Every sign-up of the chat, newest first; when empty, the latest alone (if set).</summary>
    public List<ExistingSignUp> OfChat { get; } = [];

    public IReadOnlyList<ExistingSignUp> FindSignUpsOfChat() => OfChat.Count > 0 ? OfChat : Latest is { } l ? [l] : [];

    /// <summary>Sponsor programmes by deep-link code: code → name.</summary>
    public Dictionary<string, string> Sponsors { get; } = [];

    public string? FindSponsorName(string code) => Sponsors.GetValueOrDefault(code);

    public OwnSignUpData? FindOwnData() => Own;

    public RejectedDraft? Rejected { get; set; }

    public RejectedDraft? FindRejectedDraft() => Rejected;
}
