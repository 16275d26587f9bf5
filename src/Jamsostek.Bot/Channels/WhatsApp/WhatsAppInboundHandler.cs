using Jamsostek.Bot.Conversations;
using Jamsostek.Bot.Data;
using Jamsostek.Bot.Outbox;
using Jamsostek.Dialogs.Engine;
using Jamsostek.Dialogs.Parsing;
using Microsoft.EntityFrameworkCore;

namespace Jamsostek.Bot.Channels.WhatsApp;

/// <summary>
/// One webhook batch, in order: each message is a turn (text, a button or list press) or a short explanation (a
/// photo, a voice note, a button of an older question); a redelivered wamid changes nothing. Each message opens the
/// person's 24-hour window and lets their held notices go. Statuses update the rows they name; errors are logged.
/// </summary>
public sealed class WhatsAppInboundHandler(
    IDbContextFactory<BotDbContext> dbFactory,
    TurnProcessor turns,
    WhatsAppTexts texts,
    OneOffAnswer answers,
    WhatsAppLinkCheck linkCheck,
    KeyedAsyncLock chatLocks,
    OutboxSignal outboxSignal,
    TimeProvider timeProvider,
    ILogger<WhatsAppInboundHandler> logger)
{
    /// <summary>False when a message could not be committed: the batch must not be acknowledged (Meta sends it again).</summary>
    public async Task<bool> HandleAsync(WhatsAppWebhookBatch batch, CancellationToken cancellationToken)
    {
        var committed = true;
        foreach (var message in batch.Messages)
        {
            committed &= await HandleMessageAsync(message, cancellationToken);
        }

        foreach (var status in batch.Statuses)
        {
            await WhatsAppStatuses.ApplyAsync(dbFactory, status, timeProvider.GetUtcNow(), logger, cancellationToken);
        }

        foreach (var error in batch.Errors)
        {
            logger.LogWarning("WhatsApp webhook reported an error: {Error}", error);
        }

        outboxSignal.Poke();
        return committed;
    }

    /// <summary>
    /// The key of a chat's inbound order: Meta may post one chat's messages in parallel POSTs; each waits here in
    /// arrival order (the lock's waiters are served first come, first served) and runs whole (its input read against
    /// the latest question, the link check, the turn, the window) before the next. It is the turn's own chat key, so the
    /// turn runs under the lock taken here (one serialiser, not two in series).
    /// </summary>
    public static string OrderKey(string from) => TurnProcessor.ChatKey(WhatsAppChannel.Name, from);

    private async Task<bool> HandleMessageAsync(WhatsAppInbound message, CancellationToken cancellationToken)
    {
        using var inOrder = await chatLocks.AcquireAsync(OrderKey(message.From), cancellationToken);
        var now = timeProvider.GetUtcNow();
        var input = await ToInputAsync(message, cancellationToken);
        bool committed;
        if (input is null)
        {
            var notice = message.ChoiceId is null ? texts[WhatsAppTexts.NotText] : texts[WhatsAppTexts.StaleChoice];
            committed = await answers.QueueAsync(WhatsAppChannel.Name, message.From, WhatsAppChannel.MessageKey(message.Wamid), notice, cancellationToken);
        }
        else if (input.Kind == InputKind.Text && await linkCheck.TryHandleAsync(message, input.Text!, cancellationToken) is { } answered)
        {
            committed = answered;
        }
        else
        {
            var outcome = await turns.ProcessAsync(
                new InboundMessage(WhatsAppChannel.Name, message.From, WhatsAppChannel.MessageKey(message.Wamid), input, now),
                sendingAs: null,
                heldChat: inOrder,
                cancellationToken);
            committed = outcome.Status != TurnStatus.NotCommitted;
        }

        if (committed)
        {
            await OpenWindowAsync(message.From, now, cancellationToken);
        }

        return committed;
    }

    /// <summary>The turn's input; null when the message is not one (a photo, or a button of an older question).</summary>
    private async Task<InboundInput?> ToInputAsync(WhatsAppInbound message, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var ofChat = db.OutboxMessages.AsNoTracking().Where(m => m.Channel == WhatsAppChannel.Name && m.ChatId == message.From);
        var latest = await ofChat
            .Where(m => m.ChoicesJson != "[]")
            .OrderByDescending(m => m.Id)
            .Select(m => new { m.Id, m.ExternalMessageId, m.ChoicesJson, m.TurnMessageId })
            .FirstOrDefaultAsync(cancellationToken);
        var choices = latest is null ? [] : OutboxChoices.Deserialize(latest.ChoicesJson);
        if (message.ChoiceId == WhatsAppChannel.OwnNumberChoice)
        {
            // "Pakai nomor ini" under the latest question, and that question asks for the phone: the sender's own number.
            var question = await ofChat.Where(m => m.TurnMessageId != null).OrderByDescending(m => m.Id)
                .Select(m => new { m.RequestContact, m.ExternalMessageId }).FirstOrDefaultAsync(cancellationToken);
            return question is { RequestContact: true } && (message.ContextId is null || message.ContextId == question.ExternalMessageId)
                ? new InboundInput(InputKind.Contact, Contact: new SharedContact(WhatsAppChannel.Phone(message.From), IsSendersOwn: true))
                : null;
        }

        if (message.ChoiceId is { } id)
        {
            // Only the latest question's buttons answer; once the person moved on by typing, those are old too.
            var current = latest is not null
                && (message.ContextId is null || message.ContextId == latest.ExternalMessageId)
                && choices.Any(c => c.Id == id)
                && !await ofChat.AnyAsync(m => m.Id > latest.Id && m.TurnMessageId != null && m.TurnMessageId != latest.TurnMessageId, cancellationToken);
            return current ? InboundInput.FromChoice(id, message.ChoiceTitle) : null;
        }

        if (message.Text is not { } text)
        {
            return null;
        }

        // More choices than a list holds were sent as a numbered list: the number typed is that choice.
        var index = choices.Count > WhatsAppMessages.MaxListRows ? ChoiceNumbering.Pick([.. choices.Select(c => c.Id)], text.Trim()) : -1;
        return index >= 0 ? InboundInput.FromChoice(choices[index].Id, choices[index].Label) : InboundInput.FromText(text);
    }

    // The person wrote: free text may go for 24 hours, and what waited for this (no template) goes now.
    private async Task OpenWindowAsync(string chatId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await db.Participants
            .Where(p => p.Channel == WhatsAppChannel.Name && p.ChatId == chatId && (p.LastInboundAt == null || p.LastInboundAt < now))
            .ExecuteUpdateAsync(set => set.SetProperty(p => p.LastInboundAt, now), cancellationToken);
        await db.OutboxMessages
            .Where(m => m.Channel == WhatsAppChannel.Name && m.ChatId == chatId && m.SentAt == null && m.AbandonedAt == null && (m.AwaitingInbound || m.NeedsTemplate))
            .ExecuteUpdateAsync(set => set.SetProperty(m => m.AwaitingInbound, false).SetProperty(m => m.NeedsTemplate, false).SetProperty(m => m.PartsSent, 0), cancellationToken);
    }
}
