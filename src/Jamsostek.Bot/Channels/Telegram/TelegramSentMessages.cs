using Jamsostek.Bot.Data;
using Jamsostek.Dialogs.Engine;
using Microsoft.EntityFrameworkCore;

namespace Jamsostek.Bot.Channels.Telegram;

/// <summary>Finds the choices of a reply already sent, so that "lainnya ›" can show its next page.</summary>
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
}
