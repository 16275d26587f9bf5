using Jamsostek.Bot.Data;
using Jamsostek.Dialogs.Engine;
using Microsoft.EntityFrameworkCore;

namespace Jamsostek.Bot.Channels.Telegram;

/// <summary>Finds replies already sent: the choices behind a keyboard ("lainnya ›"), and which keyboard is still current.</summary>
public sealed class TelegramSentMessages(IDbContextFactory<BotDbContext> dbFactory)
{
    public async Task<IReadOnlyList<ReplyChoice>?> ChoicesOfAsync(string chatId, int messageId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var json = await db.OutboxMessages
            .Where(m => m.Channel == TelegramUpdateHandler.Channel && m.ChatId == chatId && m.ExternalMessageId == messageId)
            .OrderByDescending(m => m.Id)
            .Select(m => m.ChoicesJson)
            .FirstOrDefaultAsync(cancellationToken);
        return json is null ? null : OutboxChoices.Deserialize(json);
    }

    /// <summary>
    /// The choices of message <paramref name="messageId"/> when it is the chat's latest reply with inline buttons
    /// (queued ones count: once a newer question exists, the older buttons are stale); otherwise null.
    /// </summary>
    public async Task<IReadOnlyList<ReplyChoice>?> CurrentChoicesAsync(string chatId, int messageId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var latest = await db.OutboxMessages
            .Where(m => m.Channel == TelegramUpdateHandler.Channel && m.ChatId == chatId && m.ChoicesJson != "[]" && !m.RequestContact)
            .OrderByDescending(m => m.Id)
            .Select(m => new { m.ExternalMessageId, m.SentAt, m.ChoicesJson })
            .FirstOrDefaultAsync(cancellationToken);
        return latest is { SentAt: not null } && latest.ExternalMessageId == messageId ? OutboxChoices.Deserialize(latest.ChoicesJson) : null;
    }
}
