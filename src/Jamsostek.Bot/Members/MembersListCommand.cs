using System.Globalization;
using System.Text.Json;
using Jamsostek.Bot.Cli;
using Jamsostek.Bot.Data;
using Jamsostek.Bpu;
using Microsoft.EntityFrameworkCore;

namespace Jamsostek.Bot.Members;

/// <summary><c>members list [--json]</c>: every member with paid-through month, arrears and next payment (at --now).</summary>
public sealed class MembersListCommand(IDbContextFactory<BotDbContext> dbFactory, ContributionSchedule schedule, TimeProvider time, TerminalIo io)
{
    public async Task<int> RunAsync(ParsedCommand command, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var now = time.GetUtcNow();
        var sent = await db.Reminders.Where(r => r.CancelledAt == null).GroupBy(r => r.MemberId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var members = (await db.Members.AsNoTracking().OrderBy(m => m.Id).ToListAsync(cancellationToken))
            .Select(m => MemberOverview.Of(m, schedule, now, sent.GetValueOrDefault(m.Id)))
            .ToList();
        if (command.Json)
        {
            await io.Out.WriteLineAsync(JsonSerializer.Serialize(members.Select(m => new
            {
                id = m.Id,
                kpj = m.Kpj,
                fullName = m.FullName,
                regencyCode = m.RegencyCode,
                villageCode = m.VillageCode,
                sponsored = m.Sponsored,
                selfPaidPrograms = m.SelfPaidPrograms,
                remindersOn = m.RemindersOn,
                firstContributionMonth = Month(m.FirstContributionMonth),
                paidThrough = m.PaidThrough is { } p ? Month(p) : null,
                monthsInArrears = m.MonthsInArrears,
                lapsed = m.Lapsed,
                nextDueDate = m.NextDueDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                nextAmount = m.NextAmount,
                remindersSent = m.RemindersSent,
            }), TerminalIo.LineJson));
        }
        else if (members.Count == 0)
        {
            await io.Out.WriteLineAsync("Belum ada peserta.");
        }
        else
        {
            const string Row = "{0,6} {1,-11} {2,-24} {3,-8} {4,-8} {5,8} {6,-10} {7,10} {8,6}";
            await io.Out.WriteLineAsync(string.Format(CultureInfo.InvariantCulture, Row, "Id", "KPJ", "Nama", "Kab.", "Lunas", "Tunggak", "Jatuh tmp", "Iuran", "Ingat"));
            foreach (var m in members)
            {
                await io.Out.WriteLineAsync(string.Format(CultureInfo.InvariantCulture, Row, m.Id, m.Kpj, m.FullName.Length > 24 ? m.FullName[..23] + "…" : m.FullName,
                    m.RegencyCode, m.PaidThrough is { } p ? Month(p) : "-", m.FullySponsored ? "dibiayai" : m.MonthsInArrears.ToString(CultureInfo.InvariantCulture),
                    m.NextDueDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-", m.NextAmount?.ToString(CultureInfo.InvariantCulture) ?? "-", m.RemindersSent));
            }
        }

        await io.Out.FlushAsync(cancellationToken);
        return 0;
    }

    private static string Month(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);
}
