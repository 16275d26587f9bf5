using Jamsostek.Bot.Data;
using Microsoft.EntityFrameworkCore;
using Jamsostek.Bot.Shared;
using Jamsostek.Bot.SignUps;

namespace Jamsostek.Bot.Privacy;

/// <summary>
/// For the console: chats that hit the NIK entry limit lately, most recent first. A petugas sees the chats of their
/// regencies (the regency the chat gave in a sign-up); a chat of no known regency is seen by admins only.
/// </summary>
public sealed class NikLimitReport(IDbContextFactory<BotDbContext> dbFactory, TimeProvider time)
{
    public const int Days = 30;

    public async Task<IReadOnlyList<NikLimitRow>> RecentAsync(OfficerScope scope, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var since = time.GetUtcNow().AddDays(-Days);
        var chats = await db.NikEntries.AsNoTracking()
            .Where(e => e.Refused && e.At >= since)
            .GroupBy(e => new { e.Channel, e.ChatId })
            .Select(g => new { g.Key.Channel, g.Key.ChatId, Refusals = g.Count(), Last = g.Max(e => e.At) })
            .ToListAsync(cancellationToken);
        var chatIds = chats.Select(c => c.ChatId).Distinct().ToList();
        var participants = await db.Participants.AsNoTracking()
            .Where(p => chatIds.Contains(p.ChatId))
            .Select(p => new { p.Channel, p.ChatId, p.RegencyCode, p.Phone })
            .ToListAsync(cancellationToken);
        return [.. chats
            .Select(c => (Chat: c, Participant: participants.FirstOrDefault(p => p.Channel == c.Channel && p.ChatId == c.ChatId)))
            .Where(x => scope.AllRegencies || (x.Participant?.RegencyCode is { } regency && scope.Allows(regency)))
            .OrderByDescending(x => x.Chat.Last)
            .Select(x => new NikLimitRow(x.Chat.Channel, PersonalData.MaskContact(x.Chat.Channel, x.Chat.ChatId, x.Participant?.Phone), x.Participant?.RegencyCode, x.Chat.Refusals, x.Chat.Last))];
    }
}
