using System.Globalization;
using System.Text;
using Jamsostek.Bot.Data;
using Jamsostek.Bot.Shared;
using Jamsostek.Bot.SignUps;
using Jamsostek.Dialogs.Engine;
using Microsoft.EntityFrameworkCore;

namespace Jamsostek.Bot.Agents;

/// <summary>
/// Per agent of the officer's regencies: sign-ups submitted (every one credited, also those refused or expired since),
/// confirmed by the worker, approved, rejected. One grouped query over the sign-ups; the agents' names are decrypted here.
/// </summary>
public sealed class AgentCounts(IDbContextFactory<BotDbContext> dbFactory)
{
    public async Task<IReadOnlyList<AgentCountRow>> ForAsync(OfficerScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var agents = await db.Agents.AsNoTracking()
            .Where(a => scope.AllRegencies || scope.Regencies.Contains(a.RegencyCode))
            .ToListAsync(cancellationToken);
        var ids = agents.Select(a => a.Id).ToList();
        var counts = await db.SignUps.AsNoTracking()
            .Where(s => s.AgentId != null && ids.Contains(s.AgentId.Value))
            .GroupBy(s => s.AgentId!.Value)
            .Select(g => new
            {
                Agent = g.Key,
                Submitted = g.Count(),
                Confirmed = g.Count(s => s.ConfirmedAt != null),
                Approved = g.Count(s => s.Status == SignUpStatus.Approved),
                Rejected = g.Count(s => s.Status == SignUpStatus.Rejected),
            })
            .ToDictionaryAsync(c => c.Agent, cancellationToken);
        return [.. agents
            .Select(a => counts.TryGetValue(a.Id, out var c)
                ? new AgentCountRow(a.Id, a.Name, a.Kind, a.RegencyCode, a.VillageCode, a.ChatId is not null, AgentAccounts.IsActive(a), c.Submitted, c.Confirmed, c.Approved, c.Rejected)
                : new AgentCountRow(a.Id, a.Name, a.Kind, a.RegencyCode, a.VillageCode, a.ChatId is not null, AgentAccounts.IsActive(a), 0, 0, 0, 0))
            .OrderByDescending(r => r.Submitted).ThenBy(r => r.Name, StringComparer.Ordinal)];
    }

    public static string ToCsv(IEnumerable<AgentCountRow> rows)
    {
        var text = new StringBuilder(Csv.Line(["Agen", "Jenis", "Kabupaten/kota", "Desa", "Terhubung", "Dikirim", "Disetujui pekerja", "Disetujui petugas", "Ditolak petugas", "Tingkat penolakan (%)"]));
        foreach (var r in rows)
        {
            text.Append(Csv.Line([r.Name, AgentKinds.LabelOf(r.Kind), r.RegencyCode, r.VillageCode, r.StateLabel, Number(r.Submitted), Number(r.Confirmed),
                Number(r.Approved), Number(r.Rejected), r.RejectionPercent is { } p ? Number(p) : string.Empty]));
        }

        return text.ToString();
    }

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);
}
