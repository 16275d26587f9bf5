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

        return latest.AnsweredSince ? null : OutboxChoices.Deserialize(latest.ChoicesJson);
    }

    // Compiled once per model: a button press runs one or two of these, and through LINQ each paid EF's parameter
    // extraction and query-cache lookup again (issue 12 round 6's profile). Whether a later turn answered the keyboard
    // rides in the same statement (round 15: it was a second query, with its own parse, on every press).
    private static readonly CompiledPerModel<Func<BotDbContext, string, CancellationToken, Task<Keyboard?>>> LatestKeyboard = new(() =>
        EF.CompileAsyncQuery((BotDbContext db, string chatId, CancellationToken cancellationToken) =>
            db.OutboxMessages
                .Where(m => m.Channel == ChannelNames.Telegram && m.ChatId == chatId && m.ChoicesJson != "[]" && !m.RequestContact)
                .OrderByDescending(m => m.Id)
                .Select(m => new Keyboard(
                    m.Id,
                    m.ExternalMessageId,
                    m.SentAt,
                    m.ChoicesJson,
                    db.OutboxMessages.Any(later => later.Channel == ChannelNames.Telegram && later.ChatId == chatId
                        && later.Id > m.Id && later.TurnMessageId != null && later.TurnMessageId != m.TurnMessageId)))
                .FirstOrDefault()));

    private static readonly CompiledPerModel<Func<BotDbContext, string, CancellationToken, Task<string?>>> NewestRecorded = new(() =>
        EF.CompileAsyncQuery((BotDbContext db, string chatId, CancellationToken cancellationToken) =>
            db.OutboxMessages
                .Where(m => m.Channel == ChannelNames.Telegram && m.ChatId == chatId && m.ExternalMessageId != null && m.SentAt != null)
                .OrderByDescending(m => m.SentAt)
                .Select(m => m.ExternalMessageId)
                .FirstOrDefault()));

    /// <param name="AnsweredSince">A later turn's reply exists: the step these buttons answer is behind the person.</param>
    private sealed record Keyboard(long Id, string? ExternalMessageId, DateTimeOffset? SentAt, string ChoicesJson, bool AnsweredSince);
}
