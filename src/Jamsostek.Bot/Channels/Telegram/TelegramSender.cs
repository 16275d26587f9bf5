using Jamsostek.Bot.Outbox;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace Jamsostek.Bot.Channels.Telegram;

/// <summary>
/// Sends with the real client and classifies what happened (<see cref="SendOutcome"/>). Never throws for
/// an API or network failure; only the caller's own cancellation escapes as OperationCanceledException
/// (then it is unknown whether Telegram delivered the message). Each call is limited to
/// Telegram:RequestTimeoutSeconds (a hung connection is a transient failure, not a stuck outbox).
/// Logs no text, no token, no phone number.
/// </summary>
public sealed class TelegramSender(ITelegramBotClient client, ILogger<TelegramSender> logger, IOptions<TelegramOptions>? options = null)
{
    private readonly TimeSpan requestTimeout = TimeSpan.FromSeconds((options?.Value ?? new TelegramOptions()).RequestTimeoutSeconds);

    public async Task<SendOutcome> SendAsync(string chatId, TelegramOutgoingMessage message, CancellationToken cancellationToken)
    {
        using var limit = Limit(cancellationToken);
        try
        {
            var sent = await client.SendMessage(
                chatId: ParseChatId(chatId),
                text: message.Text,
                parseMode: ParseMode.None,
                replyMarkup: message.ReplyMarkup,
                cancellationToken: limit.Token);
            return SendOutcome.Sent(sent.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var outcome = TelegramErrorClassifier.Classify(ex);
            logger.LogWarning("Telegram sendMessage failed: {Kind} {Reason}", outcome.Kind, outcome.Reason);
            return outcome;
        }
    }

    /// <summary>Stops the spinner on a pressed button. Failures (e.g. a query older than 15 minutes) are logged only.</summary>
    public async Task<bool> AnswerCallbackQueryAsync(string callbackQueryId, string? text, CancellationToken cancellationToken)
    {
        using var limit = Limit(cancellationToken);
        try
        {
            await client.AnswerCallbackQuery(callbackQueryId, text: text, cancellationToken: limit.Token);
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogInformation("Telegram answerCallbackQuery failed: {Reason}", TelegramErrorClassifier.Classify(ex).Reason);
            return false;
        }
    }

    /// <summary>Replaces a message's text (plain) and keyboard; no keyboard removes it. Failures are logged only.</summary>
    public async Task<bool> EditMessageTextAsync(
        string chatId, int messageId, string text, InlineKeyboardMarkup? replyMarkup, CancellationToken cancellationToken)
    {
        using var limit = Limit(cancellationToken);
        try
        {
            await client.EditMessageText(
                chatId: ParseChatId(chatId),
                messageId: messageId,
                text: text,
                parseMode: ParseMode.None,
                replyMarkup: replyMarkup,
                cancellationToken: limit.Token);
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogInformation("Telegram editMessageText failed: {Reason}", TelegramErrorClassifier.Classify(ex).Reason);
            return false;
        }
    }

    /// <summary>Swaps only the inline keyboard (paging). Failures are logged only.</summary>
    public async Task<bool> EditReplyMarkupAsync(
        string chatId, int messageId, InlineKeyboardMarkup? replyMarkup, CancellationToken cancellationToken)
    {
        using var limit = Limit(cancellationToken);
        try
        {
            await client.EditMessageReplyMarkup(
                chatId: ParseChatId(chatId), messageId: messageId, replyMarkup: replyMarkup, cancellationToken: limit.Token);
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogInformation("Telegram editMessageReplyMarkup failed: {Reason}", TelegramErrorClassifier.Classify(ex).Reason);
            return false;
        }
    }

    private CancellationTokenSource Limit(CancellationToken cancellationToken)
    {
        var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(requestTimeout);
        return limit;
    }

    private static long ParseChatId(string chatId) =>
        long.TryParse(chatId, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var id)
            ? id
            : throw new ArgumentException("A Telegram chat id is a number.", nameof(chatId));
}
