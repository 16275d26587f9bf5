using Jamsostek.Dialogs.Engine;

namespace Jamsostek.Dialogs.Tests.Engine;

/// <summary>Sign-ups the "host" already holds, by NIK.</summary>
internal sealed class FakeLookups : IDialogLookups
{
    public Dictionary<string, ExistingSignUp> ByNik { get; } = [];

    public ExistingSignUp? Latest { get; set; }

    public ExistingSignUp? FindActiveSignUp(string nik) => ByNik.GetValueOrDefault(nik);

    public OwnSignUpData? Own { get; set; }

    public ExistingSignUp? FindLatestSignUpOfChat() => Latest;

    /// <summary>Sponsor programmes by deep-link code: code → name.</summary>
    public Dictionary<string, string> Sponsors { get; } = [];

    public string? FindSponsorName(string code) => Sponsors.GetValueOrDefault(code);

    public OwnSignUpData? FindOwnData() => Own;
}
