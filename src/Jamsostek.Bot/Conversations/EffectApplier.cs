using System.Text.Json;
using Jamsostek.Bot.Data;
using Jamsostek.Bot.SignUps;
using Jamsostek.Dialogs.Engine;
using Microsoft.EntityFrameworkCore;

namespace Jamsostek.Bot.Conversations;

/// <summary>Turns the engine's effects into rows, inside the turn's transaction.</summary>
internal static class EffectApplier
{
    public const string Erased = "[dihapus]";

    public static async Task ApplyAsync(BotDbContext db, Participant participant, DialogEffect effect, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var actor = $"{participant.Channel}:{participant.ChatId}";
        switch (effect)
        {
            case SubmitSignUpEffect submit:
                var signUp = SignUpAnswers.ToSignUp(submit, participant.Channel, participant.ChatId, now);
                participant.Phone = signUp.Phone;
                participant.RegencyCode = signUp.RegencyCode;
                if (await ResubmitAsync(db, signUp, actor, now, cancellationToken))
                {
                    break;
                }

                db.SignUps.Add(signUp);
                db.AuditEntries.Add(Audit(now, actor, "submitted", signUp.Reference, new { signUp.Reference, status = "pending", signUp.Source }));
                break;
            case HandoffRequestedEffect handoff:
                db.HandoffRequests.Add(new HandoffRequest { Channel = participant.Channel, ChatId = participant.ChatId, Question = handoff.Question, CreatedAt = now });
                break;
            case StopRemindersEffect:
                participant.RemindersOptIn = false;
                break;
            case DeletePersonalDataEffect:
                await ErasePersonalDataAsync(db, participant, actor, now, cancellationToken);
                break;
            case DraftDiscardedEffect:
                await DiscardDraftAsync(db, participant, cancellationToken);
                break;
            default:
                throw new NotSupportedException($"Unknown dialog effect {effect.GetType().Name}.");
        }
    }

    /// <summary>
    /// A corrected sign-up after a rejection: when the chat's latest sign-up is rejected and has the same NIK,
    /// that row goes back to pending with the new answers (its reference kept); the audit keeps before/after.
    /// </summary>
    private static async Task<bool> ResubmitAsync(BotDbContext db, SignUp fresh, string actor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var latest = await db.SignUps
            .Where(s => s.Channel == fresh.Channel && s.ChatId == fresh.ChatId)
            .OrderByDescending(s => s.CreatedAt).ThenByDescending(s => s.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (latest is null || latest.Status != SignUpStatus.Rejected || latest.Nik != fresh.Nik)
        {
            return false;
        }

        var before = SignUpSnapshot.Of(latest);
        SignUpSnapshot.CopyAnswers(fresh, latest);
        latest.Status = SignUpStatus.Pending;
        latest.DecidedAt = null;
        latest.DecidedBy = null;
        latest.RejectionReason = null;
        latest.UpdatedAt = now;
        db.AuditEntries.Add(Audit(now, actor, "resubmitted", latest.Reference, SignUpSnapshot.Of(latest), before));
        return true;
    }

    /// <summary>Erases the personal fields of the chat's sign-ups that are not approved; a pending one is withdrawn.</summary>
    private static async Task ErasePersonalDataAsync(BotDbContext db, Participant participant, string actor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var signUps = await db.SignUps
            .Where(s => s.Channel == participant.Channel && s.ChatId == participant.ChatId && s.Status != SignUpStatus.Approved)
            .ToListAsync(cancellationToken);
        foreach (var s in signUps)
        {
            var before = SignUpStatusCodes.ToText(s.Status);
            if (s.Status == SignUpStatus.Pending)
            {
                s.Status = SignUpStatus.Withdrawn;
            }

            s.Nik = Erased;
            s.FullName = Erased;
            s.BirthDate = default;
            s.Address = Erased;
            s.Phone = Erased;
            s.OccupationOther = s.OccupationOther is null ? null : Erased;
            s.HeirName = Erased;
            s.HeirRelationship = Erased;
            s.UpdatedAt = now;
            db.AuditEntries.Add(Audit(now, actor, "personal-data-erased", s.Reference, new { s.Reference, status = SignUpStatusCodes.ToText(s.Status) }, new { s.Reference, status = before }));
        }

        participant.Phone = null;
    }

    /// <summary>
    /// A registration ended unsubmitted: the chat's transcript since its latest submission goes (the
    /// submission's own lines, up to the reply naming its reference, stay for the officer), and the text
    /// of replies already sent since then is cleared, as they may echo a name or NIK.
    /// </summary>
    private static async Task DiscardDraftAsync(BotDbContext db, Participant participant, CancellationToken cancellationToken)
    {
        var (channel, chatId) = (participant.Channel, participant.ChatId);
        var reference = await db.SignUps
            .Where(s => s.Channel == channel && s.ChatId == chatId)
            .OrderByDescending(s => s.UpdatedAt).ThenByDescending(s => s.Id)
            .Select(s => s.Reference)
            .FirstOrDefaultAsync(cancellationToken);
        var lastKept = reference is null ? 0 : await db.ConversationMessages
            .Where(m => m.Channel == channel && m.ChatId == chatId && m.Direction == ConversationMessage.Outbound && m.Text.Contains(reference))
            .MaxAsync(m => (long?)m.Id, cancellationToken) ?? 0;
        await db.ConversationMessages
            .Where(m => m.Channel == channel && m.ChatId == chatId && m.Id > lastKept)
            .ExecuteDeleteAsync(cancellationToken);

        var lastKeptReply = reference is null ? 0 : await db.OutboxMessages
            .Where(m => m.Channel == channel && m.ChatId == chatId && m.Text.Contains(reference))
            .MaxAsync(m => (long?)m.Id, cancellationToken) ?? 0;
        await db.OutboxMessages
            .Where(m => m.Channel == channel && m.ChatId == chatId && m.Id > lastKeptReply && (m.SentAt != null || m.AbandonedAt != null))
            .ExecuteUpdateAsync(u => u.SetProperty(m => m.Text, Erased), cancellationToken);
    }

    private static AuditEntry Audit(DateTimeOffset now, string actor, string action, string reference, object after, object? before = null) => new()
    {
        At = now,
        Actor = actor,
        Action = action,
        EntityType = nameof(SignUp),
        EntityId = reference,
        BeforeJson = before is null ? null : JsonSerializer.Serialize(before),
        AfterJson = JsonSerializer.Serialize(after),
    };
}
