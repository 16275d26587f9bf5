using Jamsostek.Bot.Conversations;
using Jamsostek.Bot.Data;
using Microsoft.EntityFrameworkCore;
using Jamsostek.Bot.Audit;

namespace Jamsostek.Bot.Privacy;

/// <summary>What a registration that ended unsubmitted leaves behind: nothing personal.</summary>
internal static class DraftDiscarder
{
    /// <summary>
    /// A registration ended unsubmitted: the chat's transcript since its latest submission goes (the
    /// submission's own lines, up to the reply naming its reference, stay for the officer), and the text
    /// of replies already sent since then is cleared, as they may echo a name or NIK.
    /// </summary>
    public static async Task DiscardAsync(BotDbContext db, Participant participant, CancellationToken cancellationToken)
    {
        var (channel, chatId) = (participant.Channel, participant.ChatId);
        var reference = await db.SignUps
            .Where(s => s.Channel == channel && s.ChatId == chatId)
            .OrderByDescending(s => s.UpdatedAt).ThenByDescending(s => s.Id)
            .Select(s => s.Reference)
            .FirstOrDefaultAsync(cancellationToken);
        // The texts are encrypted: the reply naming the reference is found in memory, among this chat's lines only.
        var lastKept = reference is null ? 0 : (await db.ConversationMessages
            .Where(m => m.Channel == channel && m.ChatId == chatId && m.Direction == ConversationMessage.Outbound)
            .Select(m => new { m.Id, m.Text }).ToListAsync(cancellationToken))
            .Where(m => m.Text.Contains(reference, StringComparison.Ordinal)).Select(m => m.Id).DefaultIfEmpty(0).Max();
        await db.ConversationMessages
            .Where(m => m.Channel == channel && m.ChatId == chatId && m.Id > lastKept)
            .ExecuteDeleteAsync(cancellationToken);

        var lastKeptReply = reference is null ? 0 : (await db.OutboxMessages
            .Where(m => m.Channel == channel && m.ChatId == chatId)
            .Select(m => new { m.Id, m.Text }).ToListAsync(cancellationToken))
            .Where(m => m.Text.Contains(reference, StringComparison.Ordinal)).Select(m => m.Id).DefaultIfEmpty(0).Max();
        await db.OutboxMessages
            .Where(m => m.Channel == channel && m.ChatId == chatId && m.Id > lastKeptReply && (m.SentAt != null || m.AbandonedAt != null))
            .ExecuteUpdateAsync(u => u.SetProperty(m => m.Text, AuditEntry.Redacted), cancellationToken);
    }
}
