using System.Globalization;
using Jamsostek.Bot.Conversations;
using Jamsostek.Bot.Data;
using Jamsostek.Bot.Outbox;
using Jamsostek.Bot.Shared;
using Jamsostek.Dialogs.Engine;
using Microsoft.EntityFrameworkCore;

namespace Jamsostek.Bot.Channels.Telegram;

/// <summary>Finds replies already sent: the choices behind a keyboard ("lainnya ›"), and which keyboard is still current.</summary>
public sealed class TelegramSentMessages(IDbContextFactory<BotDbContext> dbFactory)
{
    public async Task<IReadOnlyList<ReplyChoice>?> ChoicesOfAsync(string chatId, int messageId, CancellationToken cancellationToken)
    {
        var externalId = messageId.ToString(CultureInfo.InvariantCulture);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var json = await db.OutboxMessages
            .Where(m => m.Channel == ChannelNames.Telegram && m.ChatId == chatId && m.ExternalMessageId == externalId)
            .OrderByDescending(m => m.Id)
            .Select(m => m.ChoicesJson)
            .FirstOrDefaultAsync(cancellationToken);
        return json is null ? null : OutboxChoices.Deserialize(json);
    }

    /// <summary>
    /// The choices of message <paramref name="messageId"/> while its buttons are still the answer the chat is asked
    /// for; otherwise null. They are not once a newer question with buttons exists (queued ones count), nor once
    /// the person has moved on by typing: a later turn's reply means the step these buttons answer is behind them
    /// (a press on the consent buttons must not become the answer to the NIK question). The latest keyboard counts
    /// from the moment it is sent, also before its send is recorded.
    /// </summary>
    public async Task<IReadOnlyList<ReplyChoice>?> CurrentChoicesAsync(string chatId, int messageId, CancellationToken cancellationToken)
    {
        var externalId = messageId.ToString(CultureInfo.InvariantCulture);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var latest = await LatestKeyboard.For(db)(db, chatId, cancellationToken);
        if (latest is null)
        {
            return null;
        }

        if (latest.SentAt is null || latest.ExternalMessageId != externalId)
        {
            // Valid from the moment it is sent: a press can arrive before the send was recorded. Telegram's message
            // ids grow within a chat, so a pressed message newer than the last one recorded is the keyboard in flight.
            var newestRecorded = await NewestRecorded.For(db)(db, chatId, cancellationToken);
            var newestRecordedId = long.TryParse(newestRecorded, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0;
            if (latest.SentAt is not null || messageId <= newestRecordedId)
            {
                return null;
            }
        }

        var answeredSince = await AnsweredSince.For(db)(db, chatId, latest.Id, latest.TurnMessageId, cancellationToken);
        return answeredSince ? null : OutboxChoices.Deserialize(latest.ChoicesJson);
    }

    // Compiled once per model: a button press runs two or three of these, and through LINQ each paid EF's parameter
    // extraction and query-cache lookup again (issue 12 round 6's profile).
    private static readonly CompiledPerModel<Func<BotDbContext, string, CancellationToken, Task<Keyboard?>>> LatestKeyboard = new(() =>
        EF.CompileAsyncQuery((BotDbContext db, string chatId, CancellationToken cancellationToken) =>
            db.OutboxMessages
                .Where(m => m.Channel == ChannelNames.Telegram && m.ChatId == chatId && m.ChoicesJson != "[]" && !m.RequestContact)
                .OrderByDescending(m => m.Id)
                .Select(m => new Keyboard(m.Id, m.ExternalMessageId, m.SentAt, m.ChoicesJson, m.TurnMessageId))
                .FirstOrDefault()));

    private static readonly CompiledPerModel<Func<BotDbContext, string, CancellationToken, Task<string?>>> NewestRecorded = new(() =>
        EF.CompileAsyncQuery((BotDbContext db, string chatId, CancellationToken cancellationToken) =>
            db.OutboxMessages
                .Where(m => m.Channel == ChannelNames.Telegram && m.ChatId == chatId && m.ExternalMessageId != null && m.SentAt != null)
                .OrderByDescending(m => m.SentAt)
                .Select(m => m.ExternalMessageId)
                .FirstOrDefault()));

    private static readonly CompiledPerModel<Func<BotDbContext, string, long, string?, CancellationToken, Task<bool>>> AnsweredSince = new(() =>
        EF.CompileAsyncQuery((BotDbContext db, string chatId, long keyboardId, string? keyboardTurn, CancellationToken cancellationToken) =>
            db.OutboxMessages.Any(m => m.Channel == ChannelNames.Telegram && m.ChatId == chatId
                && m.Id > keyboardId && m.TurnMessageId != null && m.TurnMessageId != keyboardTurn)));

    private sealed record Keyboard(long Id, string? ExternalMessageId, DateTimeOffset? SentAt, string ChoicesJson, string? TurnMessageId);
}
