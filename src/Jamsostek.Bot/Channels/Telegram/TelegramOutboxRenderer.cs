using Jamsostek.Bot.Data;
using Jamsostek.Bot.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Jamsostek.Bot.Channels.Telegram;

/// <summary>Telegram's half of the outbox: the row as <see cref="TelegramRenderer"/> draws it.</summary>
public sealed class TelegramOutboxRenderer(TelegramRenderer renderer) : IOutboxRenderer
{
    // Compiled: it runs for nearly every reply sent (issue 12: building its expression and extracting its parameters
    // on each run was 5% of the bytes the host allocated under a crowd).
    private static readonly CompiledPerModel<Func<BotDbContext, string, string, long, CancellationToken, Task<bool>>> ContactKeyboardShown = new(() =>
        EF.CompileAsyncQuery((BotDbContext db, string channel, string chatId, long before, CancellationToken cancellationToken) =>
            db.OutboxMessages
                .Where(m => m.Channel == channel && m.ChatId == chatId && m.Id < before && m.SentAt != null)
                .OrderByDescending(m => m.Id)
                .Select(m => m.RequestContact)
                .FirstOrDefault()));

    public string Channel => TelegramUpdateHandler.Channel;

    /// <summary>The row's messages; the request_contact keyboard still showing is taken down before an inline one.</summary>
    public async Task<OutboxRendering> RenderAsync(BotDbContext db, OutboxMessage row, CancellationToken cancellationToken)
    {
        var reply = OutboxChoices.ToReply(row);
        var contactKeyboardShown = reply.Choices.Count > 0 && !reply.RequestContact
            && (row.ContactKeyboardShownBefore ?? await ContactKeyboardShown.For(db)(db, row.Channel, row.ChatId, row.Id, cancellationToken));
        return OutboxRendering.Of(renderer.Render(reply, removeReplyKeyboard: contactKeyboardShown));
    }
}
