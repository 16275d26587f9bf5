using Jamsostek.Bot.Data;
using Jamsostek.Bot.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Jamsostek.Bot.Channels.Telegram;

/// <summary>Telegram's half of the outbox: the row as <see cref="TelegramRenderer"/> draws it.</summary>
public sealed class TelegramOutboxRenderer(TelegramRenderer renderer) : IOutboxRenderer
{
    public string Channel => TelegramUpdateHandler.Channel;

    /// <summary>The row's messages; the request_contact keyboard still showing is taken down before an inline one.</summary>
    public async Task<OutboxRendering> RenderAsync(BotDbContext db, OutboxMessage row, CancellationToken cancellationToken)
    {
        var reply = OutboxChoices.ToReply(row);
        var contactKeyboardShown = reply.Choices.Count > 0 && !reply.RequestContact && await db.OutboxMessages
            .Where(m => m.Channel == row.Channel && m.ChatId == row.ChatId && m.Id < row.Id && m.SentAt != null)
            .OrderByDescending(m => m.Id)
            .Select(m => m.RequestContact)
            .FirstOrDefaultAsync(cancellationToken);
        return OutboxRendering.Of(renderer.Render(reply, removeReplyKeyboard: contactKeyboardShown));
    }
}
