using System.Globalization;
using Jamsostek.Bot.Conversations;
using Jamsostek.Bot.Outbox;
using Jamsostek.Bot.Shared;
using Jamsostek.Dialogs.Engine;
using Telegram.Bot.Types;

namespace Jamsostek.Bot.Channels.Telegram;

/// <summary>
/// One Telegram update, from webhook or polling: a keyboard page turn, or a turn of the conversation,
/// after which a pressed button is answered (so it stops spinning; over the webhook, in its response, when
/// Telegram:AcknowledgeInWebhookResponse is on), and echoed into its message when
/// Telegram:EchoPressedButton is on. Every
/// callback query is answered, also one the bot does not act on. A button of an older keyboard changes
/// nothing: only the chat's latest question with buttons can be answered by a press. The chat's lock
/// (<see cref="KeyedAsyncLock"/>, ordered by update_id) is held over the whole update, the direct send included,
/// so the next update of the chat sees this one's reply recorded.
/// </summary>
public sealed class TelegramUpdateHandler(
    TelegramUpdateMapper mapper,
    TelegramRenderer renderer,
    TelegramSender sender,
    TurnProcessor turns,
    TelegramSentMessages sentMessages,
    OutboxSignal outboxSignal,
    TelegramEditedMessageNotice editedMessageNotice,
    TelegramGroupNotice groupNotice,
    Microsoft.Extensions.Options.IOptions<TelegramOptions> options,
    TimeProvider timeProvider,
    KeyedAsyncLock chatLocks,
    OutboxDispatcher? directSender = null)
{
    // The lease holder for replies this process sends straight from the request that committed them.
    private readonly string sendingAs = $"direct:{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";

    public const string Channel = ChannelNames.Telegram;
    public const string StaleChoiceNotice = "Pilihan ini sudah tidak berlaku. Silakan jawab pertanyaan terakhir.";

    /// <summary>False when nothing could be committed: the update must be delivered again (not acknowledged).</summary>
    public Task<bool> HandleAsync(Update update, CancellationToken cancellationToken) =>
        HandleAsync(update, TimeSpan.Zero, cancellationToken);

    /// <param name="update">The update.</param>
    /// <param name="orderingWindow">How long an update that finds its chat idle waits for earlier ones posted in parallel.</param>
    /// <param name="cancellationToken">Stops waiting for the chat (the update is then not handled).</param>
    public async Task<bool> HandleAsync(Update update, TimeSpan orderingWindow, CancellationToken cancellationToken) =>
        (await HandleAsync(update, orderingWindow, acknowledgeInResponse: false, cancellationToken)).Committed;

    /// <param name="update">The update.</param>
    /// <param name="orderingWindow">How long an update that finds its chat idle waits for earlier ones posted in parallel.</param>
    /// <param name="acknowledgeInResponse">A pressed button's plain acknowledgement is left to the caller's response.</param>
    /// <param name="cancellationToken">Stops waiting for the chat (the update is then not handled).</param>
    public async Task<TelegramWebhookOutcome> HandleAsync(Update update, TimeSpan orderingWindow, bool acknowledgeInResponse, CancellationToken cancellationToken)
    {
        var chat = update.Message?.Chat.Id ?? update.EditedMessage?.Chat.Id ?? update.CallbackQuery?.Message?.Chat.Id ?? update.CallbackQuery?.From.Id ?? 0;
        using var held = await chatLocks.AcquireAsync(TurnProcessor.ChatKey(Channel, TelegramUpdateMapper.ChatIdOf(chat)), update.Id, orderingWindow, cancellationToken);
        return await HandleHeldAsync(update, held, acknowledgeInResponse, cancellationToken);
    }

    private async Task<TelegramWebhookOutcome> HandleHeldAsync(Update update, KeyedAsyncLock.Holder held, bool acknowledgeInResponse, CancellationToken cancellationToken)
    {
        if (TelegramUpdateMapper.MapEdit(update) is { } edit)
        {
            var queued = await editedMessageNotice.QueueAsync(edit.ChatId, edit.MessageId, cancellationToken);
            outboxSignal.Poke();
            return new(queued);
        }

        if (TelegramUpdateMapper.MapGroupMessage(update) is { } group)
        {
            var queued = await groupNotice.QueueAsync(group, cancellationToken);
            outboxSignal.Poke();
            return new(queued);
        }

        if (mapper.MapPageRequest(update) is { } page)
        {
            await TurnPageAsync(page, cancellationToken);
            return new(true);
        }

        if (mapper.Map(update) is not { } inbound)
        {
            if (update.CallbackQuery is { } ignored)
            {
                if (acknowledgeInResponse)
                {
                    return new(true, ignored.Id);
                }

                await sender.AnswerCallbackQueryAsync(ignored.Id, null, cancellationToken);
            }

            return new(true);
        }

        IReadOnlyList<ReplyChoice>? pressedFrom = null;
        if (inbound is { CallbackQueryId: { } staleId, CallbackMessageId: { } pressedOn })
        {
            pressedFrom = await sentMessages.CurrentChoicesAsync(inbound.ChatId, pressedOn, cancellationToken);
            if (pressedFrom is null)
            {
                await sender.AnswerCallbackQueryAsync(staleId, StaleChoiceNotice, cancellationToken);
                await sender.EditReplyMarkupAsync(inbound.ChatId, pressedOn, null, cancellationToken); // take the dead buttons down
                return new(true);
            }
        }

        var message = new InboundMessage(Channel, inbound.ChatId, inbound.MessageId, inbound.Input, timeProvider.GetUtcNow());
        var outcome = await turns.ProcessAsync(message, directSender is null ? null : sendingAs, held.Key == TurnProcessor.ChatKey(Channel, inbound.ChatId) ? held : null, cancellationToken);
        if (outcome.ClaimedReplies.Count > 0)
        {
            // The reply leaves at once, from here, still in the chat's turn (so the next update sees it recorded).
            await directSender!.SendClaimedAsync(outcome.ClaimedReplies, cancellationToken);
        }
        else if (outcome.Status != TurnStatus.NotCommitted)
        {
            outboxSignal.Poke(); // the reply is committed: send it now, not at the next poll
        }

        var committed = outcome.Status != TurnStatus.NotCommitted;
        if (inbound.CallbackQueryId is { } callbackId)
        {
            var echo = options.Value.EchoPressedButton && outcome.Status == TurnStatus.Handled && inbound.CallbackMessageId is not null;
            if (acknowledgeInResponse && committed && !echo)
            {
                return new(true, callbackId); // the reply has gone; the acknowledgement rides on the webhook's 200
            }

            await sender.AnswerCallbackQueryAsync(callbackId, null, cancellationToken);
            if (echo)
            {
                var label = inbound.ButtonLabel ?? LabelFrom(pressedFrom, inbound.Input) ?? inbound.Input.Text ?? inbound.Input.ChoiceId ?? string.Empty;
                await sender.EditMessageTextAsync(inbound.ChatId, inbound.CallbackMessageId!.Value, TelegramRenderer.EchoChoice(inbound.CallbackMessageText, label), null, cancellationToken);
            }
        }

        return new(committed);
    }

    // "#3" carries a position; the label is the third choice of the reply the button belongs to.
    private static string? LabelFrom(IReadOnlyList<ReplyChoice>? choices, InboundInput input) =>
        choices is null ? null
        : input.ChoiceId is { } id ? choices.FirstOrDefault(c => c.Id == id)?.Label
        : int.TryParse(input.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var position) && position >= 1 && position <= choices.Count
            ? choices[position - 1].Label
            : null;

    private async Task TurnPageAsync(TelegramPageRequest page, CancellationToken cancellationToken)
    {
        var choices = await sentMessages.ChoicesOfAsync(page.ChatId, page.MessageId, cancellationToken);
        if (choices is null || TelegramRenderer.Fingerprint(choices) != page.ChoicesFingerprint)
        {
            await sender.AnswerCallbackQueryAsync(page.CallbackQueryId, "Pilihan ini sudah tidak berlaku.", cancellationToken);
            return;
        }

        await sender.AnswerCallbackQueryAsync(page.CallbackQueryId, null, cancellationToken);
        await sender.EditReplyMarkupAsync(page.ChatId, page.MessageId, renderer.RenderChoicesPage(choices, page.Page), cancellationToken);
    }
}
