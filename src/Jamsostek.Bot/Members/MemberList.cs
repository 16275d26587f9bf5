using Jamsostek.Bot.Data;
using Jamsostek.Bpu;
using Microsoft.EntityFrameworkCore;
using Jamsostek.Bot.SignUps;

namespace Jamsostek.Bot.Members;

/// <summary>The officer's members page: their regencies only, filtered by regency, village and arrears.</summary>
public sealed class MemberList(IDbContextFactory<BotDbContext> dbFactory, ContributionSchedule schedule, TimeProvider time)
{
    public const int PageSize = 200;

    /// <summary>Rows read per query while the arrears filter is applied in memory.</summary>
    public const int ScanBatch = 2000;

    public async Task<IReadOnlyList<MemberOverview>> FindAsync(OfficerScope scope, string? regency, string? village, int minArrears, CancellationToken cancellationToken) =>
        (await FindPageAsync(scope, regency, village, minArrears, 1, cancellationToken)).Members;

    /// <summary>
    /// Page <paramref name="page"/> (from 1) of the matching members, by id. Arrears depend on today's date in each
    /// member's zone, so they are computed in memory; the database first keeps only members whose oldest unpaid
    /// month could be that far behind, and the scan walks all of them (by id, in batches), not a first slice.
    /// </summary>
    public async Task<MemberPage> FindPageAsync(OfficerScope scope, string? regency, string? village, int minArrears, int page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        page = Math.Max(1, page);
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

        var now = time.GetUtcNow();
        var skip = (page - 1) * PageSize;
        List<Member> rows;
        if (minArrears <= 0)
        {
            rows = await query.OrderBy(m => m.Id).Skip(skip).Take(PageSize + 1).ToListAsync(cancellationToken);
        }
        else
        {
            rows = await ScanInArrearsAsync(OldestUnpaidAtMost(query, now, minArrears), minArrears, now, skip, cancellationToken);
        }

        var shown = rows.Take(PageSize).ToList();
        var ids = shown.Select(m => m.Id).ToList();
        var sent = await db.Reminders.Where(r => ids.Contains(r.MemberId) && r.CancelledAt == null).GroupBy(r => r.MemberId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return new MemberPage(shown.Select(m => MemberOverview.Of(m, schedule, now, sent.GetValueOrDefault(m.Id))).ToList(), page, rows.Count > PageSize);
    }

    /// <summary>
    /// N months in arrears means the N-th unpaid month's due date (in that month: the 15th or the next working day)
    /// has passed, so the oldest unpaid month is at most N-1 months before the current month (taken in WIT, the
    /// zone furthest ahead). Self-paying only: sponsored members owe nothing. A necessary condition, checked exactly after.
    /// </summary>
    private static IQueryable<Member> OldestUnpaidAtMost(IQueryable<Member> query, DateTimeOffset now, int minArrears)
    {
        var local = now.ToOffset(TimeSpan.FromHours(9));
        var latest = new DateOnly(local.Year, local.Month, 1).AddMonths(-(minArrears - 1));
        return query.Where(m => (!m.Sponsored || m.SelfPaidPrograms != null)
            && (((m.PaidThrough == null || m.PaidThrough < m.FirstContributionMonth) && m.FirstContributionMonth <= latest)
                || (m.PaidThrough != null && m.PaidThrough >= m.FirstContributionMonth && m.PaidThrough < latest)));
    }

    private async Task<List<Member>> ScanInArrearsAsync(IQueryable<Member> query, int minArrears, DateTimeOffset now, int skip, CancellationToken cancellationToken)
    {
        var found = new List<Member>(PageSize + 1);
        var matched = 0;
        var after = 0L;
        while (found.Count <= PageSize)
        {
            var last = after;
            var batch = await query.Where(m => m.Id > last).OrderBy(m => m.Id).Take(ScanBatch).ToListAsync(cancellationToken);
            foreach (var member in batch.Where(m => MemberOverview.Of(m, schedule, now, 0).MonthsInArrears >= minArrears))
            {
                if (matched++ >= skip && found.Count <= PageSize)
                {
                    found.Add(member);
                }
            }

            if (batch.Count < ScanBatch)
            {
                break;
            }

            after = batch[^1].Id;
        }

        return found;
    }
}
