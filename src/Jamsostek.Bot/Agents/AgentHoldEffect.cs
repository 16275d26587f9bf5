using System.Text.Json;
using Jamsostek.Bot.Audit;
using Jamsostek.Bot.Conversations;
using Jamsostek.Bot.Data;
using Jamsostek.Bot.Outbox;
using Jamsostek.Bot.Shared;
using Jamsostek.Bot.SignUps;
using Jamsostek.Dialogs.Engine;
using Microsoft.EntityFrameworkCore;

namespace Jamsostek.Bot.Agents;

/// <summary>
/// After the submit an agent's chat made: the sign-up just added (same turn) is held for the worker's consent and credited
/// to the agent, the agent's chat keeps nothing of the worker (its participant row, its sent texts), and on WhatsApp the
/// worker's own number gets the question.
/// </summary>
internal sealed record AgentHoldEffect(long AgentId, string AgentLabel, string Reference, string Code, DateTimeOffset HoldUntil, string? WhatsAppText) : DialogEffect, IHostEffect
{
    public const string NoticeKind = "persetujuan_pekerja";

    public async Task<IReadOnlyList<string>> ApplyAsync(BotDbContext db, Participant participant, DateTimeOffset now, string? session, CancellationToken cancellationToken)
    {
        var signUp = db.SignUps.Local.Single(s => s.Reference == Reference);
        signUp.Status = SignUpStatus.Held;
        signUp.AgentId = AgentId;
        signUp.HoldUntil = HoldUntil;
        signUp.ConfirmCode = Code;
        db.AuditEntries.Add(AuditEntry.Of(now, $"{participant.Channel}:{participant.ChatId}", "held-for-worker", nameof(SignUp), Reference,
            new { Reference, status = "held", agent = AgentId }));

        // The submit wrote the worker's phone and regency on the agent's participant row: back to the agent's own.
        var entry = db.Entry(participant);
        participant.Phone = entry.State == EntityState.Added ? null : entry.Property(p => p.Phone).OriginalValue;
        participant.RegencyCode = entry.State == EntityState.Added ? null : entry.Property(p => p.RegencyCode).OriginalValue;

        // What this registration showed the agent (the summary, the answers echoed) leaves the agent's outbox once sent, and
        // its transcript leaves the agent's chat: it waits under the reference for the worker (then it is theirs) or the eraser.
        if (session is not null)
        {
            var first = await db.ConversationMessages.Where(m => m.SessionId == session).OrderBy(m => m.At).Select(m => m.At).FirstOrDefaultAsync(cancellationToken);
            var since = first == default ? now : first;
            await db.ConversationMessages.Where(m => m.SessionId == session)
                .ExecuteUpdateAsync(u => u.SetProperty(m => m.Channel, HeldSignUps.HeldChannel).SetProperty(m => m.ChatId, Reference), cancellationToken);
            var sent = await db.OutboxMessages
                .Where(m => m.Channel == participant.Channel && m.ChatId == participant.ChatId && m.SentAt != null && m.CreatedAt >= since)
                .ToListAsync(cancellationToken);
            foreach (var message in sent)
            {
                message.Text = AuditEntry.Redacted;
                message.ChoicesJson = "[]";
            }
        }

        if (WhatsAppText is not null)
        {
            db.OutboxMessages.Add(new OutboxMessage
            {
                Channel = ChannelNames.WhatsApp,
                ChatId = signUp.Phone.TrimStart('+'),
                CreatedAt = now,
                Text = WhatsAppText,
                NoticeKind = NoticeKind,
                NoticeParametersJson = JsonSerializer.Serialize(new { agen = AgentLabel, referensi = Reference, kode = Code }),
            });
        }

        return [];
    }
}
