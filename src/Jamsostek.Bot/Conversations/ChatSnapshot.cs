using Jamsostek.Bot.Data;
using Microsoft.EntityFrameworkCore;

namespace Jamsostek.Bot.Conversations;

/// <summary>
/// What a turn reads of its chat before the engine runs, in ONE query (issue 12: it was four): the conversation, the
/// participant, whether the message was handled before, whether older replies still wait and whether the latest reply
/// sent asked for the phone number (its request_contact keyboard still shows; the renderer needs that, and until round
/// 15 read it in a query of its own for every reply with buttons); without tracking. Null
/// when the chat has no conversation yet: a first turn reads row by row (<see cref="TurnProcessor"/>). Compiled once
/// per model (<see cref="CompiledPerModel{TQuery}"/>): it runs on every turn.
/// </summary>
internal sealed record ChatSnapshot(Conversation Conversation, Participant? Participant, bool Handled, bool RepliesWaiting, bool ContactKeyboardShown)
{
    private static readonly CompiledPerModel<Func<BotDbContext, string, string, string, CancellationToken, Task<ChatSnapshot?>>> Query = new(() =>
        EF.CompileAsyncQuery((BotDbContext db, string channel, string chatId, string messageId, CancellationToken cancellationToken) =>
            db.Conversations.AsNoTracking()
                .Where(c => c.Channel == channel && c.ChatId == chatId)
                .LeftJoin(
                    db.Participants.AsNoTracking(),
                    c => new { c.Channel, c.ChatId },
                    p => new { p.Channel, p.ChatId },
                    (c, p) => new ChatSnapshot(
                        c,
                        p,
                        db.ProcessedMessages.Any(m => m.Channel == channel && m.MessageId == messageId),
                        db.OutboxMessages.Any(m => m.Channel == channel && m.ChatId == chatId && m.SentAt == null && m.AbandonedAt == null),
                        db.OutboxMessages
                            .Where(m => m.Channel == channel && m.ChatId == chatId && m.SentAt != null)
                            .OrderByDescending(m => m.Id)
                            .Select(m => m.RequestContact)
                            .FirstOrDefault()))
                .FirstOrDefault()));

    public static Task<ChatSnapshot?> ReadAsync(BotDbContext db, InboundMessage message, CancellationToken cancellationToken) =>
        Query.For(db)(db, message.Channel, message.ChatId, message.MessageId, cancellationToken);
}
