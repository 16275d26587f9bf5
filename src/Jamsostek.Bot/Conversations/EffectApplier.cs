using System.Text.Json;
using Jamsostek.Bot.Data;
using Jamsostek.Bot.Privacy;
using Jamsostek.Bot.SignUps;
using Jamsostek.Dialogs.Engine;
using Microsoft.EntityFrameworkCore;

namespace Jamsostek.Bot.Conversations;

/// <summary>Turns the engine's effects into rows, inside the turn's transaction.</summary>
internal static class EffectApplier
{
    public const string Erased = AuditEntry.Redacted;

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
    /// A corrected sign-up after a rejection: when the chat's latest sign-up is rejected, that row goes back to
    /// pending with the new answers and its reference kept, whatever the NIK (a rejection for a wrong NIK is fixed
    /// by sending the right one). The dialog has already refused a NIK that is pending or approved elsewhere, and
    /// the unique active-NIK index stays the last guard. The audit keeps before/after and which answers changed.
    /// </summary>
    private static async Task<bool> ResubmitAsync(BotDbContext db, SignUp fresh, string actor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var latest = await db.SignUps
            .Where(s => s.Channel == fresh.Channel && s.ChatId == fresh.ChatId)
            .OrderByDescending(s => s.CreatedAt).ThenByDescending(s => s.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (latest is null || latest.Status != SignUpStatus.Rejected)
        {
            return false;
        }

        var before = SignUpSnapshot.Of(latest);
        var changed = SignUpSnapshot.ChangedAnswers(latest, fresh);
        SignUpSnapshot.CopyAnswers(fresh, latest);
        latest.Status = SignUpStatus.Pending;
        latest.DecidedAt = null;
        latest.DecidedBy = null;
        latest.RejectionReason = null;
        latest.UpdatedAt = now;
        var after = SignUpSnapshot.Of(latest);
        after["changed"] = changed;
        db.AuditEntries.Add(Audit(now, actor, "resubmitted", latest.Reference, after, before));
        return true;
    }

    /// <summary>
    /// "hapus data saya": erases the personal fields of the chat's sign-ups that are not approved (a pending
    /// one is withdrawn), the chat's transcript and the text of its outbox, and the personal values inside
    /// those sign-ups' audit rows. Approved sign-ups stay as they are (BPJS needs the member's data). The
    /// answers typed mid-registration leave with the conversation state, which the engine clears in the
    /// same turn. The deletion itself is always audited, with no personal value in the entry.
    /// </summary>
    private static async Task ErasePersonalDataAsync(BotDbContext db, Participant participant, string actor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var signUps = await db.SignUps
            .Where(s => s.Channel == participant.Channel && s.ChatId == participant.ChatId && s.Status != SignUpStatus.Approved)
            .ToListAsync(cancellationToken);
        foreach (var s in signUps)
        {
            var personal = new[] { s.Nik, s.FullName, s.Address, s.Phone, s.HeirName, s.OccupationOther };
            await RedactSignUpAuditAsync(db, s.Reference, personal, cancellationToken);
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

        // The transcript and the sent texts repeat what was typed (NIK, name, phone) and the summary shown back.
        var transcript = await db.ConversationMessages
            .Where(m => m.Channel == participant.Channel && m.ChatId == participant.ChatId)
            .ToListAsync(cancellationToken);
        db.ConversationMessages.RemoveRange(transcript);
        var outbox = await db.OutboxMessages
            .Where(m => m.Channel == participant.Channel && m.ChatId == participant.ChatId)
            .ToListAsync(cancellationToken);
        foreach (var message in outbox)
        {
            message.Text = Erased;
            message.ChoicesJson = "[]";
        }

        participant.Phone = null;
        db.AuditEntries.Add(new AuditEntry
        {
            At = now,
            Actor = actor,
            Action = "chat-data-erased",
            EntityType = nameof(Conversation),
            EntityId = actor,
            AfterJson = JsonSerializer.Serialize(new { signUpsErased = signUps.Select(s => s.Reference).ToArray(), transcriptLines = transcript.Count, outboxRedacted = outbox.Count }),
        });
    }

    /// <summary>
    /// The one edit ever made to audit rows: the personal values of an erased sign-up inside its own audit
    /// snapshots become "[dihapus]", whether the snapshot stored them in full or masked.
    /// </summary>
    private static async Task RedactSignUpAuditAsync(BotDbContext db, string reference, IEnumerable<string?> personalValues, CancellationToken cancellationToken)
    {
        var values = personalValues
            .Where(v => !string.IsNullOrWhiteSpace(v) && v != Erased)
            .SelectMany(v => new[] { v!, PersonalData.MaskNik(v), PersonalData.Mask(v) })
            .Where(v => v.Length >= 3)
            .SelectMany(v => new[] { v, JsonSerializer.Serialize(v)[1..^1] }) // as typed, and as escaped inside JSON ("+" → \u002B)
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(v => v.Length)
            .ToList();
        var rows = await db.AuditEntries
            .Where(a => a.EntityType == nameof(SignUp) && a.EntityId == reference)
            .ToListAsync(cancellationToken);
        foreach (var row in rows)
        {
            row.BeforeJson = Redact(row.BeforeJson, values);
            row.AfterJson = Redact(row.AfterJson, values);
        }
    }

    private static string? Redact(string? json, List<string> values) =>
        json is null ? null : values.Aggregate(json, (text, value) => text.Replace(value, Erased, StringComparison.Ordinal));

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
