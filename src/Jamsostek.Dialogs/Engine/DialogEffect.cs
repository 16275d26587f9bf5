namespace Jamsostek.Dialogs.Engine;

/// <summary>Something the host must do in the same transaction as the turn.</summary>
public abstract record DialogEffect;

/// <summary>Store a sign-up as pending. Answers are keyed by slot name (see registrasi-bpu.yaml).</summary>
/// <param name="ForSomeoneElse">The person said it is for someone else (<see cref="RegistrationFor"/>): never a correction of their rejected sign-up.</param>
public sealed record SubmitSignUpEffect(string Reference, IReadOnlyDictionary<string, string> Answers, string? Source, bool ForSomeoneElse = false)
    : DialogEffect;

/// <summary>The person asked for a human; officers see it in their console.</summary>
/// <param name="AnswersTopic">What a bare request is about, asked for by the bot (<see cref="HandoffTopic"/>): it becomes the open request's question.</param>
public sealed record HandoffRequestedEffect(string Question, bool AnswersTopic = false) : DialogEffect;

/// <summary>The person typed "berhenti": no more reminders.</summary>
public sealed record StopRemindersEffect : DialogEffect;

/// <summary>The person typed "sudah bayar": the oldest unpaid month's reminders pause until it is recorded (or the pause ends).</summary>
public sealed record ClaimPaymentEffect : DialogEffect;

/// <summary>The person typed "mulai pengingat": payment reminders on again.</summary>
public sealed record StartRemindersEffect : DialogEffect;

/// <summary>The person confirmed "hapus data saya".</summary>
public sealed record DeletePersonalDataEffect : DialogEffect;

/// <summary>
/// The person said no at the consent step of a sponsored registration (<paramref name="Source"/>: the invitation's
/// or the sponsor's code): the host marks the invitation declined, so it is not reminded again.
/// </summary>
public sealed record SponsorDeclinedEffect(string Source) : DialogEffect;

/// <summary>
/// A registration ended without a submission (batal, ulang, consent refused, a refusal): what the person
/// typed for it must not stay stored, not in the transcript nor anywhere else.
/// </summary>
public sealed record DraftDiscardedEffect : DialogEffect;
