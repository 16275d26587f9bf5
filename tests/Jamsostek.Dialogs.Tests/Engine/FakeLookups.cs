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

    /// <summary>What a sponsor of <see cref="Sponsors"/> pays, by code; a sponsor not here pays everything.</summary>
    public Dictionary<string, IReadOnlyList<Jamsostek.Bpu.BpuProgram>> SponsorPays { get; } = [];

    public SponsorTerms? FindSponsor(string code) => Sponsors.GetValueOrDefault(code) is { } name
        ? new SponsorTerms(name, SponsorPays.GetValueOrDefault(code) ?? Jamsostek.Bpu.BpuPrograms.WithJht)
        : null;

    public OwnSignUpData? FindOwnData() => Own;

    public RejectedDraft? Rejected { get; set; }

    public RejectedDraft? FindRejectedDraft(string? source) => Rejected;
}
