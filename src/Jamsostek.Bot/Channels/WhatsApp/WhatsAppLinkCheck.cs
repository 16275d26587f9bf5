using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Jamsostek.Bot.Conversations;
using Jamsostek.Bot.Data;
using Jamsostek.Bot.SignUps;
using Jamsostek.Bot.SignUps.Chats;
using Jamsostek.Dialogs.Engine;
using Microsoft.EntityFrameworkCore;

namespace Jamsostek.Bot.Channels.WhatsApp;

/// <summary>
/// One person, two apps: someone who registered on Telegram asks on WhatsApp for their status (or says they used
/// Telegram), from the number given in that sign-up. Before anything of the sign-up is shown they type the last 4
/// digits of its NIK: a match confirms this chat for the sign-up (SignUps/Chats: status here, notices and reminders
/// on the app used last); <see cref="SignUpChats.MaxAttempts"/> wrong answers lock the check for a day, each later one
/// for another day, and twice that many for good (an officer helps then). Nothing is
/// said about the sign-up before the match, not even the name. Any other message ends an open check.
/// </summary>
public sealed partial class WhatsAppLinkCheck(IDbContextFactory<BotDbContext> dbFactory, OneOffAnswer answers, WhatsAppTexts texts, TimeProvider timeProvider)
{
    /// <summary>How long the question for the digits stays open.</summary>
    public static readonly TimeSpan AnswerWithin = TimeSpan.FromMinutes(30);

    [GeneratedRegex(@"^\s*(\d{4})\s*$")]
    private static partial Regex FourDigits();

    [GeneratedRegex(@"\b(status|telegram|tele)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AsksForItsSignUp();

    /// <summary>Null when the message is the engine's; else whether its answer was committed.</summary>
    public async Task<bool?> TryHandleAsync(WhatsAppInbound message, string text, CancellationToken cancellationToken)
    {
        var key = WhatsAppChannel.MessageKey(message.Wamid);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.SignUpChats.Where(c => c.Channel == WhatsAppChannel.Name && c.ChatId == message.From && c.ConfirmedAt == null).ToListAsync(cancellationToken);
        if (rows.Any(r => IsOpen(r, timeProvider.GetUtcNow())))
        {
            if (FourDigits().Match(text) is { Success: true } digits)
            {
                return await answers.QueueAsync(WhatsAppChannel.Name, message.From, key, (tx, now) => CheckAsync(tx, message.From, digits.Groups[1].Value, now), cancellationToken);
            }

            // Anything else ends the check: 4 digits typed later (an income, a year) are never read as the NIK's.
            await db.SignUpChats.Where(c => c.Channel == WhatsAppChannel.Name && c.ChatId == message.From && c.ConfirmedAt == null)
                .ExecuteUpdateAsync(set => set.SetProperty(c => c.AskedAt, (DateTimeOffset?)null), cancellationToken);
        }

        if (!AsksForItsSignUp().IsMatch(text) || await HasItsOwnAsync(db, message.From, cancellationToken))
        {
            return null;
        }

        var phone = WhatsAppChannel.Phone(message.From);
        var hash = db.Cipher?.Hash(phone);
        var elsewhere = await db.SignUps.AsNoTracking()
            .Where(s => (hash == null ? s.Phone == phone : s.PhoneHash == hash)
                && (s.Status == SignUpStatus.Pending || s.Status == SignUpStatus.Approved)
                && !(s.Channel == WhatsAppChannel.Name && s.ChatId == message.From))
            .Select(s => s.Id)
            .Take(5)
            .ToListAsync(cancellationToken);
        if (elsewhere.Count == 0)
        {
            return null; // the engine says there is no sign-up here, as for anyone
        }

        return await answers.QueueAsync(WhatsAppChannel.Name, message.From, key, (tx, now) => AskAsync(tx, message.From, elsewhere, now), cancellationToken);
    }

    private static async Task<bool> HasItsOwnAsync(BotDbContext db, string from, CancellationToken cancellationToken) =>
        await db.SignUps.AnyAsync(s => s.Channel == WhatsAppChannel.Name && s.ChatId == from, cancellationToken)
        || await SignUpChats.ConfirmedFor(db, WhatsAppChannel.Name, from).AnyAsync(cancellationToken);

    private async Task<string> AskAsync(BotDbContext db, string from, List<long> signUpIds, DateTimeOffset now)
    {
        var rows = await db.SignUpChats.Where(c => c.Channel == WhatsAppChannel.Name && c.ChatId == from && signUpIds.Contains(c.SignUpId)).ToListAsync();
        if (rows.Any(r => r.LockedUntil > now))
        {
            return texts[WhatsAppTexts.LinkLocked];
        }

        foreach (var id in signUpIds)
        {
            var row = rows.FirstOrDefault(r => r.SignUpId == id)
                ?? db.SignUpChats.Add(new SignUpChat { SignUpId = id, Channel = WhatsAppChannel.Name, ChatId = from, CreatedAt = now }).Entity;
            row.AskedAt = now;
            row.LockedUntil = null; // a lock that ran out; the wrong answers still count (see CheckAsync)
        }

        return texts[WhatsAppTexts.LinkAsk];
    }

    private async Task<string> CheckAsync(BotDbContext db, string from, string digits, DateTimeOffset now)
    {
        var rows = (await db.SignUpChats.Where(c => c.Channel == WhatsAppChannel.Name && c.ChatId == from && c.ConfirmedAt == null && c.AskedAt != null).ToListAsync())
            .Where(r => IsOpen(r, now)).ToList();
        var ids = rows.Select(r => r.SignUpId).ToList();
        var niks = await db.SignUps.AsNoTracking().Where(s => ids.Contains(s.Id)).Select(s => new { s.Id, s.Nik }).ToListAsync();
        var matched = rows.Where(r => niks.Any(n => n.Id == r.SignUpId && EndsWith(n.Nik, digits))).ToList();
        foreach (var row in rows)
        {
            row.AskedAt = null;
        }

        if (matched.Count > 0)
        {
            foreach (var row in matched)
            {
                row.ConfirmedAt = now;
                row.Attempts = 0;
            }

            return texts[WhatsAppTexts.LinkDone];
        }

        foreach (var row in rows)
        {
            row.Attempts++;
            row.AskedAt = now; // still asked: the person may try again
        }

        // 3 tries, then one a day after each lock, and none after 6: 6 guesses of 10 000 at the most, ever.
        var attempts = rows.Max(r => r.Attempts);
        var left = SignUpChats.MaxAttempts - attempts;
        if (left > 0)
        {
            return texts[WhatsAppTexts.LinkWrong].Replace("{sisa}", left.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }

        foreach (var row in rows)
        {
            row.AskedAt = null;
            row.LockedUntil = attempts >= 2 * SignUpChats.MaxAttempts ? DateTimeOffset.MaxValue : now + SignUpChats.LockTime;
        }

        return texts[WhatsAppTexts.LinkLocked];
    }

    private static bool IsOpen(SignUpChat row, DateTimeOffset now) =>
        row.AskedAt is { } asked && now - asked < AnswerWithin && !(row.LockedUntil > now);

    // Constant time: how much of the answer was right must not show in how long the check took.
    private static bool EndsWith(string nik, string digits) =>
        nik.Length >= digits.Length
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(nik[^digits.Length..]), Encoding.ASCII.GetBytes(digits));
}
