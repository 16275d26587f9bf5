using System.Text.Json;
using Jamsostek.Bot.Data;
using Jamsostek.Bot.Outbox;
using Jamsostek.Bot.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Jamsostek.Bot.SignUps.Sponsors;

/// <summary>
/// One pass that sends the invitations of sponsors' lists and at most two reminders of each, as outbox notices of
/// kind <see cref="NoticeKind"/> (WhatsApp sends it as that template outside its window). Only while the worker's
/// local time is inside the reminder window (never at night); nothing after they consented, declined or typed
/// <c>berhenti</c>. A row with no chat is looked at again only every <see cref="SponsorInvitationOptions.LookAgainAfterHours"/>. The chat is one the worker already used (an earlier sign-up with the same phone, or the chat
/// that opened the invitation's link), else their WhatsApp number when that channel runs; with none the invitation
/// is only on the printable list. Repeatable: each row's counters move in the same save as its notice.
/// </summary>
public sealed class SponsorInvitationNotices(
    IDbContextFactory<BotDbContext> dbFactory,
    SponsorInvitationTexts texts,
    IOptions<SponsorInvitationOptions> options,
    IOptions<ReminderWindow> window,
    IEnumerable<IOutboxRenderer> channels,
    OutboxSignal signal,
    TimeProvider time)
{
    public const string NoticeKind = "undangan_sponsor";

    private readonly HashSet<string> running = [.. channels.Select(c => c.Channel)];

    /// <returns>How many notices were queued.</returns>
    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        if (settings.LinkTo("x") is null)
        {
            return 0; // no link to send: the printable list still shows the codes
        }

        var now = time.GetUtcNow();
        var due = now.AddDays(-settings.ReminderAfterDays);
        var queued = 0;
        var after = 0L;
        while (true)
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var rows = await db.SponsorInvitations
                .Where(i => i.Status == SponsorInvitationStatus.Invited && i.Id > after)
                .Where(i => i.InvitedAt == null || (i.Channel == null && (i.NextLookAt == null || i.NextLookAt <= now))
                    || (i.RemindersSent < settings.MaxReminders && i.LastNoticeAt <= due))
                .OrderBy(i => i.Id).Take(settings.BatchSize).ToListAsync(cancellationToken);
            if (rows.Count == 0)
            {
                break;
            }

            after = rows[^1].Id;
            var sponsors = await db.Sponsors.AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);
            await FindChatsAsync(db, rows, now, cancellationToken);
            foreach (var unreached in rows.Where(r => r.Channel is null))
            {
                unreached.NextLookAt = now.AddHours(settings.LookAgainAfterHours);
            }

            var optedOut = await OptedOutAsync(db, rows, cancellationToken);
            foreach (var row in rows.Where(r => r.Channel is not null && !optedOut.Contains((r.Channel, r.ChatId!))))
            {
                var first = row.LastNoticeAt is null;
                if ((!first && (row.RemindersSent >= settings.MaxReminders || row.LastNoticeAt > due))
                    || !window.Value.InWindow(WorkerZone.Of(row.RegencyCode).ToLocal(now).TimeOfDay))
                {
                    continue;
                }

                var link = settings.LinkTo(row.Code)!;
                var sponsor = sponsors.GetValueOrDefault(row.SponsorId, string.Empty);
                db.OutboxMessages.Add(new OutboxMessage
                {
                    Channel = row.Channel!, ChatId = row.ChatId!, CreatedAt = now, NoticeKind = NoticeKind,
                    Text = texts.Fill(first ? texts.Invitation : texts.Reminder, row.FullName, sponsor, link, row.Code),
                    NoticeParametersJson = JsonSerializer.Serialize(new { nama = row.FullName, sponsor, tautan = link }),
                });
                row.RemindersSent += first ? 0 : 1;
                row.LastNoticeAt = now;
                queued++;
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        if (queued > 0)
        {
            signal.Poke();
        }

        return queued;
    }

    /// <summary>
    /// First look: an earlier sign-up's chat with the listed phone, else the WhatsApp number. Later looks (a row on the
    /// printable list only): the chat that opened its link without finishing, reminded from then on like any other.
    /// </summary>
    private async Task FindChatsAsync(BotDbContext db, List<SponsorInvitation> rows, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var fresh = rows.Where(r => r.InvitedAt is null).ToList();
        var phones = fresh.Where(r => r.Phone is not null).Select(r => Key(db, r.Phone!)).Distinct().ToList();
        var hashed = db.Cipher is not null;
        var earlier = phones.Count == 0 ? [] : (await db.SignUps.AsNoTracking()
                .Where(s => hashed ? s.PhoneHash != null && phones.Contains(s.PhoneHash) : phones.Contains(s.Phone))
                .OrderByDescending(s => s.CreatedAt)
                .Select(s => new { s.PhoneHash, s.Phone, s.Channel, s.ChatId })
                .ToListAsync(cancellationToken))
            .Where(s => running.Contains(s.Channel))
            .DistinctBy(s => s.PhoneHash ?? s.Phone)
            .ToDictionary(s => s.PhoneHash ?? s.Phone, s => (s.Channel, s.ChatId));
        foreach (var row in fresh)
        {
            row.InvitedAt = now;
            if (row.Phone is { } phone && earlier.TryGetValue(Key(db, phone), out var chat))
            {
                (row.Channel, row.ChatId) = chat;
            }
            else if (row.Phone is not null && running.Contains(ChannelNames.WhatsApp))
            {
                (row.Channel, row.ChatId) = (ChannelNames.WhatsApp, row.Phone.TrimStart('+'));
            }
        }

        var printed = rows.Where(r => r.Channel is null).ToDictionary(r => r.Code, StringComparer.Ordinal);
        if (printed.Count == 0)
        {
            return;
        }

        var codes = printed.Keys.ToList();
        var opened = await db.Conversations.AsNoTracking()
            .Where(c => c.Source != null && codes.Contains(c.Source))
            .Select(c => new { c.Source, c.Channel, c.ChatId })
            .ToListAsync(cancellationToken);
        foreach (var chat in opened.Where(c => running.Contains(c.Channel)))
        {
            var row = printed[chat.Source!];
            (row.Channel, row.ChatId) = (chat.Channel, chat.ChatId);
            row.LastNoticeAt = now; // they have read the invitation in the chat itself: a reminder counts from here
        }
    }

    private static async Task<HashSet<(string, string)>> OptedOutAsync(BotDbContext db, List<SponsorInvitation> rows, CancellationToken cancellationToken)
    {
        var chats = rows.Where(r => r.ChatId is not null).Select(r => r.ChatId!).Distinct().ToList();
        return chats.Count == 0 ? [] : [.. (await db.Participants.AsNoTracking()
            .Where(p => !p.RemindersOptIn && chats.Contains(p.ChatId))
            .Select(p => new { p.Channel, p.ChatId })
            .ToListAsync(cancellationToken)).Select(p => (p.Channel, p.ChatId))];
    }

    private static string Key(BotDbContext db, string phone) => db.Cipher?.Hash(phone) ?? phone;
}
