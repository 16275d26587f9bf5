using Jamsostek.Bot.Data;
using Jamsostek.Bot.SignUps;
using Jamsostek.Dialogs.Engine;
using Microsoft.EntityFrameworkCore;
using Jamsostek.Bot.Audit;

namespace Jamsostek.Bot.Conversations;

/// <summary>Turns the engine's effects into rows, inside the turn's transaction.</summary>
internal static class EffectApplier
{
    public const string Erased = AuditEntry.Redacted;

    /// <param name="session">The registration attempt the turn belongs to: a submitted sign-up takes it (its transcript lines).</param>
    /// <returns>What the worker is told besides the engine's replies (a handoff added to an open one, a question cut).</returns>
    public static async Task<IReadOnlyList<string>> ApplyAsync(
        BotDbContext db, Participant participant, DialogEffect effect, DateTimeOffset now, string? session, HostTexts texts, ITurnPrivacy privacy, CancellationToken cancellationToken)
    {
        var actor = $"{participant.Channel}:{participant.ChatId}";
        switch (effect)
        {
            case SubmitSignUpEffect submit:
                var signUp = SignUpAnswers.ToSignUp(submit, participant.Channel, participant.ChatId, now);
                signUp.RegistrationSession = session;
                var invitation = await SignUps.Sponsors.SponsorConsent.ApplyAsync(db, signUp, cancellationToken);
                participant.Phone = signUp.Phone;
                participant.RegencyCode = signUp.RegencyCode;
                if (await ResubmitAsync(db, signUp, submit.ForSomeoneElse, actor, now, session, cancellationToken) is { } corrected)
                {
                    SignUps.Sponsors.SponsorConsent.Link(invitation, corrected);
                    break;
                }

                db.SignUps.Add(signUp);
                SignUps.Sponsors.SponsorConsent.Link(invitation, signUp);
                db.AuditEntries.Add(AuditEntry.Of(now, actor, "submitted", nameof(SignUp), signUp.Reference, new { signUp.Reference, status = "pending", signUp.Source }));
                break;
            case SponsorDeclinedEffect declined:
                await SignUps.Sponsors.SponsorConsent.DeclineAsync(db, declined.Source, actor, now, cancellationToken);
                break;
            case HandoffRequestedEffect handoff:
                return await HandoffIntake.AddAsync(db, participant, handoff, now, texts, cancellationToken);
            case StopRemindersEffect:
                participant.RemindersOptIn = false;
                await SetMemberRemindersAsync(db, participant, on: false, cancellationToken);
                break;
            case ClaimPaymentEffect:
                await ClaimPaymentAsync(db, participant, now, cancellationToken);
                break;
            case StartRemindersEffect:
                participant.RemindersOptIn = true;
                await SetMemberRemindersAsync(db, participant, on: true, cancellationToken);
                break;
            case DeletePersonalDataEffect:
                await privacy.EraseAsync(db, participant, actor, now, cancellationToken);
                break;
            case DraftDiscardedEffect:
                await privacy.DiscardDraftAsync(db, participant, cancellationToken);
                break;
            case IHostEffect host:
                return await host.ApplyAsync(db, participant, now, session, cancellationToken);
            default:
                throw new NotSupportedException($"Unknown dialog effect {effect.GetType().Name}.");
        }

        return [];
    }

    /// <summary>"sudah bayar": a claim on the oldest unpaid month of each self-paying member of this chat (the planner pauses it).</summary>
    private static async Task ClaimPaymentAsync(BotDbContext db, Participant participant, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var members = await db.Members.AsNoTracking()
            .Where(m => m.Channel == participant.Channel && m.ChatId == participant.ChatId && (!m.Sponsored || m.SelfPaidPrograms != null))
            .Select(m => new { m.Id, m.FirstContributionMonth, m.PaidThrough })
            .ToListAsync(cancellationToken);
        foreach (var member in members)
        {
            var month = member.PaidThrough is { } paid && paid >= member.FirstContributionMonth ? paid.AddMonths(1) : member.FirstContributionMonth;
            // Saying it again restarts the pause of the open claim: one claim per month for the officer to confirm or dismiss.
            var open = await db.PaymentClaims.FirstOrDefaultAsync(c => c.MemberId == member.Id && c.ContributionMonth == month && c.ClosedAt == null, cancellationToken);
            if (open is not null)
            {
                open.ClaimedAt = now;
                continue;
            }

            db.PaymentClaims.Add(new Payments.PaymentClaim { MemberId = member.Id, ContributionMonth = month, ClaimedAt = now });
        }
    }

    /// <summary>The payment reminders of every member reached in this chat (inside the turn's transaction).</summary>
    private static Task<int> SetMemberRemindersAsync(BotDbContext db, Participant participant, bool on, CancellationToken cancellationToken) =>
        db.Members.Where(m => m.Channel == participant.Channel && m.ChatId == participant.ChatId)
            .ExecuteUpdateAsync(set => set.SetProperty(m => m.RemindersOn, on), cancellationToken);

    /// <summary>
    /// A corrected sign-up after a rejection: when this registration continues one of the chat's rejected sign-ups
    /// (<see cref="RejectedSignUps.Continued"/>: never one for someone else), that row goes back to pending with the new answers and its reference kept, whatever the NIK (a rejection for a wrong NIK is fixed
    /// by sending the right one). The dialog has already refused a NIK that is pending or approved elsewhere, and
    /// the unique active-NIK index stays the last guard. The audit keeps before/after and which answers changed.
    /// </summary>
    private static async Task<SignUp?> ResubmitAsync(BotDbContext db, SignUp fresh, bool forSomeoneElse, string actor, DateTimeOffset now, string? session, CancellationToken cancellationToken)
    {
        var own = await RejectedSignUps.OwnNewestFirst(db.SignUps, fresh.Channel, fresh.ChatId).ToListAsync(cancellationToken);
        if (RejectedSignUps.Continued(own, fresh.Source, forSomeoneElse) is not { } latest)
        {
            return null;
        }

        var before = SignUpSnapshot.Of(latest);
        var changed = SignUpSnapshot.ChangedAnswers(latest, fresh);
        SignUpSnapshot.CopyAnswers(fresh, latest);
        latest.Status = SignUpStatus.Pending;
        latest.DecidedAt = null;
        latest.DecidedBy = null;
        latest.RejectionReason = null;
        latest.UpdatedAt = now;
        await CarryTranscriptAsync(db, latest, session, cancellationToken);
        var after = SignUpSnapshot.Of(latest);
        after["changed"] = changed;
        db.AuditEntries.Add(AuditEntry.Of(now, actor, "resubmitted", nameof(SignUp), latest.Reference, after, before));
        return latest;
    }

    /// <summary>The rejected attempt's lines and the corrected one's are one sign-up's transcript: both under the new session.</summary>
    private static async Task CarryTranscriptAsync(BotDbContext db, SignUp signUp, string? session, CancellationToken cancellationToken)
    {
        if (session is null || signUp.RegistrationSession == session)
        {
            return;
        }

        if (signUp.RegistrationSession is { } earlier)
        {
            await db.ConversationMessages
                .Where(m => m.Channel == signUp.Channel && m.ChatId == signUp.ChatId && m.SessionId == earlier)
                .ExecuteUpdateAsync(u => u.SetProperty(m => m.SessionId, session), cancellationToken);
        }

        signUp.RegistrationSession = session;
    }
}
