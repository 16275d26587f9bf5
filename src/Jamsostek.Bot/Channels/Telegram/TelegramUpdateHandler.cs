using Jamsostek.Bot.Conversations;
using Jamsostek.Dialogs.Engine;
using Telegram.Bot.Types;

namespace Jamsostek.Bot.Channels.Telegram;

/// <summary>
/// One Telegram update, from webhook or polling: a keyboard page turn, or a turn of the conversation,
/// after which a pressed button is answered (so it stops spinning) and echoed into its message.
/// </summary>
public sealed class TelegramUpdateHandler(
    TelegramUpdateMapper mapper,
    TelegramRenderer renderer,
    TelegramSender sender,
    TurnProcessor turns,
    TelegramSentMessages sentMessages,
    TimeProvider timeProvider)
{
    public const string Channel = "telegram";

    public async Task HandleAsync(Update update, CancellationToken cancellationToken)
    {
        if (mapper.MapPageRequest(update) is { } page)
        {
            await TurnPageAsync(page, cancellationToken);
            return;
        }

        if (mapper.Map(update) is not { } inbound)
        {
            return;
        }

        var message = new InboundMessage(Channel, inbound.ChatId, inbound.MessageId, inbound.Input, timeProvider.GetUtcNow());
        var outcome = await turns.ProcessAsync(message, cancellationToken);
        if (inbound.CallbackQueryId is not { } callbackId)
        {
            return;
        }

        await sender.AnswerCallbackQueryAsync(callbackId, null, cancellationToken);
        if (outcome.Status == TurnStatus.Handled && inbound.CallbackMessageId is { } original)
        {
            var label = inbound.Input.Text ?? inbound.Input.ChoiceId ?? string.Empty;
            await sender.EditMessageTextAsync(inbound.ChatId, original, TelegramRenderer.EchoChoice(inbound.CallbackMessageText, label), null, cancellationToken);
        }
    }

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
