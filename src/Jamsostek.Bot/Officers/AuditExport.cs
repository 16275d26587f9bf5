using System.Globalization;
using System.Text;
using Jamsostek.Bot.Data;
using Jamsostek.Bot.SignUps;
using Microsoft.EntityFrameworkCore;
using Jamsostek.Bot.Audit;

namespace Jamsostek.Bot.Officers;

/// <summary>
/// Audit entries as CSV: of one sign-up, or of a date range (WIB days). An admin gets every entry; a petugas only
/// the entries of sign-ups in their regencies (joined on the reference, so nothing else leaks).
/// </summary>
public sealed class AuditExport(IDbContextFactory<BotDbContext> dbFactory)
{
    public static readonly string[] Columns = ["Waktu (UTC)", "Pelaku", "Jenis data", "Nomor data", "Tindakan", "Perubahan"];

    public async Task<string> RangeCsvAsync(DateOnly from, DateOnly to, OfficerScope scope, CancellationToken cancellationToken = default)
    {
        var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(7));
        var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(7));
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var entries = db.AuditEntries.AsNoTracking().Where(a => a.At >= start && a.At < end);
        if (!scope.AllRegencies)
        {
            var references = scope.Apply(db.SignUps.AsNoTracking()).Select(s => s.Reference);
            entries = entries.Where(a => a.EntityType == nameof(SignUp) && references.Contains(a.EntityId));
        }

        return Csv(await entries.OrderBy(a => a.At).ThenBy(a => a.Id).ToListAsync(cancellationToken));
    }

    public static string Csv(IEnumerable<AuditEntry> entries)
    {
        var text = new StringBuilder(Shared.Csv.Line(Columns));
        foreach (var a in entries)
        {
            var changes = string.Join("; ", AuditDisplay.Changes(a.BeforeJson, a.AfterJson)
                .Select(c => c.Before is null ? $"{c.Field}: {c.After}" : $"{c.Field}: {c.Before} -> {c.After}"));
            text.Append(Shared.Csv.Line([
                a.At.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), a.Actor,
                a.EntityType == nameof(SignUp) ? "Pendaftaran" : "Permintaan petugas", a.EntityId, AuditDisplay.Action(a.Action), changes,
            ]));
        }

        return text.ToString();
    }
}
