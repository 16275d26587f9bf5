using Jamsostek.Bot.Data;
using Jamsostek.Bot.Officers;
using Jamsostek.Bpu;
using Microsoft.EntityFrameworkCore;

namespace Jamsostek.Bot.Members;

/// <summary>The officer's members page: their regencies only, filtered by regency, village and arrears.</summary>
public sealed class MemberList(IDbContextFactory<BotDbContext> dbFactory, ContributionSchedule schedule, TimeProvider time)
{
    public const int PageSize = 200;

    public async Task<IReadOnlyList<MemberOverview>> FindAsync(OfficerScope scope, string? regency, string? village, int minArrears, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var query = db.Members.AsNoTracking();
        if (!scope.AllRegencies)
        {
            var allowed = scope.Regencies.ToList();
            query = query.Where(m => allowed.Contains(m.RegencyCode));
        }

        if (!string.IsNullOrWhiteSpace(regency))
        {
            query = query.Where(m => m.RegencyCode == regency);
        }

        if (!string.IsNullOrWhiteSpace(village))
        {
            query = query.Where(m => m.VillageCode == village);
        }

        // Arrears depend on today's date in each member's zone: computed here, on at most a few pages of rows.
        var now = time.GetUtcNow();
        var members = await query.OrderBy(m => m.Id).Take(PageSize * 5).ToListAsync(cancellationToken);
        var ids = members.Select(m => m.Id).ToList();
        var sent = await db.Reminders.Where(r => ids.Contains(r.MemberId) && r.CancelledAt == null).GroupBy(r => r.MemberId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return members.Select(m => MemberOverview.Of(m, schedule, now, sent.GetValueOrDefault(m.Id)))
            .Where(m => m.MonthsInArrears >= minArrears)
            .Take(PageSize)
            .ToList();
    }
}
