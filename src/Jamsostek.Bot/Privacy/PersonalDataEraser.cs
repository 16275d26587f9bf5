using System.Text.Json;
using Jamsostek.Bot.Shared;
using Jamsostek.Bot.Conversations;
using Jamsostek.Bot.Data;
using Jamsostek.Bot.Handoffs;
using Jamsostek.Bot.SignUps;
using Jamsostek.Dialogs.Engine;
using Microsoft.EntityFrameworkCore;
using Jamsostek.Bot.Audit;

namespace Jamsostek.Bot.Privacy;

/// <summary>The host's side of "hapus data saya", inside the turn's transaction.</summary>
internal static class PersonalDataEraser
{
    /// <summary>
    /// "hapus data saya": erases the personal fields of the chat's sign-ups that are not approved (a pending
    /// one is withdrawn), the chat's transcript, the text of its outbox (replies not yet sent are abandoned,
    /// never sent as "[dihapus]"), the text of its requests to talk to an officer and of the officers' replies
    /// in the audit, and the personal values inside those sign-ups' audit snapshots (every snapshot field that
    /// holds one, whatever value it had then: a resubmission's older name or NIK included). Approved sign-ups
    /// stay as they are (BPJS needs the member's data). The answers typed mid-registration leave with the
    /// conversation state, which the engine clears in the same turn. The deletion itself is always audited,
    /// with no personal value in the entry. In an agent's chat the sign-ups it holds for other workers stay (Agents/):
    /// they are those workers' data, which their own consent, refusal or the expiry decides. SQLite's secure_delete (SqliteWalInterceptor) zeroes what is freed.
    /// </summary>
    public static async Task EraseAsync(BotDbContext db, Participant participant, string actor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var signUps = await db.SignUps
            .Where(s => s.Channel == participant.Channel && s.ChatId == participant.ChatId && s.Status != SignUpStatus.Approved)
            .Where(s => s.AgentId == null || s.ConfirmedAt != null) // held for another worker by an agent: that worker's, not this chat's
            .ToListAsync(cancellationToken);
        foreach (var s in signUps)
        {
            await EraseSignUpAsync(db, s, actor, now, cancellationToken);
        }

        // The transcript and the sent texts repeat what was typed (NIK, name, phone) and the summary shown back.
        var transcript = await db.ConversationMessages
            .Where(m => m.Channel == participant.Channel && m.ChatId == participant.ChatId)
            .ToListAsync(cancellationToken);
        db.ConversationMessages.RemoveRange(transcript);
        var outbox = await db.OutboxMessages
            .Where(m => m.Channel == participant.Channel && m.ChatId == participant.ChatId)
            .ToListAsync(cancellationToken);
        var abandoned = 0;
        foreach (var message in outbox)
        {
            message.Text = AuditEntry.Redacted;
            message.ChoicesJson = "[]";
            message.NoticeParametersJson = null; // a notice's template values name the person
            if (message.SentAt is null && message.AbandonedAt is null)
            {
                // A reply still waiting would go out as "[dihapus]": it is given up instead.
                message.AbandonedAt = now;
                message.LastError = Outbox.UndeliveredMessages.Erased;
                abandoned++;
            }
        }

        // This chat's links to sign-ups made in another app, and other chats' links to the sign-ups erased here.
        var erasedIds = signUps.Select(s => s.Id).ToList();
        db.SignUpChats.RemoveRange(await db.SignUpChats
            .Where(c => (c.Channel == participant.Channel && c.ChatId == participant.ChatId) || erasedIds.Contains(c.SignUpId))
            .ToListAsync(cancellationToken));
        var handoffs = await RedactHandoffsAsync(db, participant, cancellationToken);
        participant.Phone = null;
        db.AuditEntries.Add(AuditEntry.Of(now, actor, "chat-data-erased", nameof(Conversation), actor,
            new { signUpsErased = signUps.Select(s => s.Reference).ToArray(), transcriptLines = transcript.Count, outboxRedacted = outbox.Count, outboxAbandoned = abandoned, handoffsRedacted = handoffs }));
    }

    /// <summary>
    /// One sign-up's personal fields and the personal values in its audit snapshots; a pending (or held) one is withdrawn.
    /// Also an agent's sign-up the worker refused or let expire (Agents/).
    /// </summary>
    public static async Task EraseSignUpAsync(BotDbContext db, SignUp s, string actor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var personal = new[] { s.Nik, s.FullName, s.Address, s.Phone, s.HeirName, s.OccupationOther, s.BirthDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) };
        await RedactSignUpAuditAsync(db, s.Reference, personal, cancellationToken);
        var before = SignUpStatusCodes.ToText(s.Status);
        if (s.Status is SignUpStatus.Pending or SignUpStatus.Held)
        {
            s.Status = SignUpStatus.Withdrawn;
        }

        s.Nik = AuditEntry.Redacted;
        s.FullName = AuditEntry.Redacted;
        s.BirthDate = default;
        s.Address = AuditEntry.Redacted;
        s.Phone = AuditEntry.Redacted;
        s.OccupationOther = s.OccupationOther is null ? null : AuditEntry.Redacted;
        s.HeirName = AuditEntry.Redacted;
        s.HeirRelationship = AuditEntry.Redacted;
        s.ConfirmCode = null;
        s.UpdatedAt = now;
        db.AuditEntries.Add(AuditEntry.Of(now, actor, "personal-data-erased", nameof(SignUp), s.Reference, new { s.Reference, status = SignUpStatusCodes.ToText(s.Status) }, new { s.Reference, status = before }));
    }

    /// <summary>
    /// The one edit ever made to audit rows: the personal values of an erased sign-up inside its own audit
    /// snapshots become "[dihapus]", whether the snapshot stored them in full or masked.
    /// </summary>
    private static async Task RedactSignUpAuditAsync(BotDbContext db, string reference, IEnumerable<string?> personalValues, CancellationToken cancellationToken)
    {
        var values = personalValues
            .Where(v => !string.IsNullOrWhiteSpace(v) && v != AuditEntry.Redacted)
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
            row.BeforeJson = AuditRedaction.Fields(Redact(row.BeforeJson, values), SnapshotPersonalFields);
            row.AfterJson = AuditRedaction.Fields(Redact(row.AfterJson, values), SnapshotPersonalFields);
        }
    }

    /// <summary>The snapshot fields (SignUpSnapshot) that hold a personal value, in full or masked.</summary>
    private static readonly string[] SnapshotPersonalFields = ["nik", "fullName", "birthDate", "address", "phone", "heir", "occupation"];

    /// <summary>The chat's requests to talk to an officer: the question, and the officers' replies kept in the audit.</summary>
    private static async Task<int> RedactHandoffsAsync(BotDbContext db, Participant participant, CancellationToken cancellationToken)
    {
        var requests = await db.HandoffRequests
            .Where(h => h.Channel == participant.Channel && h.ChatId == participant.ChatId)
            .ToListAsync(cancellationToken);
        foreach (var request in requests)
        {
            request.Question = AuditEntry.Redacted;
        }

        var ids = requests.Select(h => h.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var audit = await db.AuditEntries
            .Where(a => a.EntityType == nameof(HandoffRequest) && ids.Contains(a.EntityId))
            .ToListAsync(cancellationToken);
        foreach (var row in audit)
        {
            row.BeforeJson = AuditRedaction.Fields(row.BeforeJson, ["reply"]);
            row.AfterJson = AuditRedaction.Fields(row.AfterJson, ["reply"]);
        }

        return requests.Count;
    }

    private static string? Redact(string? json, List<string> values) =>
        json is null ? null : values.Aggregate(json, (text, value) => text.Replace(value, AuditEntry.Redacted, StringComparison.Ordinal));
}
