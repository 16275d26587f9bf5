using Jamsostek.Dialogs.Engine;

namespace Jamsostek.Bot.SignUps.Decisions;

/// <summary>Another sign-up a check or a refusal points at, enough to link it: /petugas/pendaftaran/{Id}.</summary>
public sealed record RelatedSignUp(long Id, string Reference, string FullName, SignUpStatus Status);
