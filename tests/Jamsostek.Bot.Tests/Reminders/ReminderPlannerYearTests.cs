using System.Globalization;
using Jamsostek.Bot.Members;
using Microsoft.EntityFrameworkCore;

namespace Jamsostek.Bot.Tests.Reminders;

/// <summary>
/// A simulated 2026, a planning pass every 30 minutes (every window edge of WIB and WITA falls on a pass:
/// 07:30 gives nothing, 08:00 gives the day's reminders, 20:00 nothing), with payments made the way people do.
/// The expected reminders come from a hand-checked table of due dates, not from the code under test.
/// </summary>
public sealed class ReminderPlannerYearTests
{
    /// <summary>Due day of each 2026 month: the 15th, or the next working day (weekends; 17 August).</summary>
    internal static readonly IReadOnlyDictionary<int, int> DueDay2026 = new Dictionary<int, int>
    {
        [1] = 15, [2] = 16, [3] = 16, [4] = 15, [5] = 15, [6] = 15, [7] = 15, [8] = 18, [9] = 15, [10] = 15, [11] = 16, [12] = 15,
    };

    private static readonly TimeSpan Wita = TimeSpan.FromHours(8);
    private static readonly TimeSpan Wib = TimeSpan.FromHours(7);

    [Fact]
    public async Task PlanAsync_OverAYear_QueuesExactlyTheExpectedReminders_AtEightLocalTime()
    {
        await using var host = await ReminderHost.StartAsync();
        var onTime = await host.AddMemberAsync("63.06", "2026-01");                                    // WITA, pays on the due day at 12:00
        var quarterly = await host.AddMemberAsync("62.01", "2026-01", m => m.PaymentPeriodMonths = 3);  // WIB, pays 3 months on h-3 at 10:00
        var never = await host.AddMemberAsync("63.06", "2026-01");                                     // WITA, never pays
        var sponsored = await host.AddMemberAsync("63.06", "2026-01", m => m.Sponsored = true);        // a regency pays: nothing
        var ojek = await host.AddMemberAsync("62.01", "2026-01", m => m.Occupation = "ojek");           // WIB transport: relief all year; opts out March-May

        for (var t = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero); t.Year == 2026; t = t.AddMinutes(30))
        {
            host.Time.SetUtcNow(t);
            var witaLocal = t.ToOffset(Wita);
            var wibLocal = t.ToOffset(Wib);
            if (witaLocal.Hour == 12 && witaLocal.Minute == 0 && witaLocal.Day == DueDay2026[witaLocal.Month])
            {
                await host.PayAsync(onTime, 1);
            }

            if (wibLocal.Hour == 12 && wibLocal.Minute == 0 && wibLocal.Day == DueDay2026[wibLocal.Month])
            {
                await host.PayAsync(ojek, 1);
            }

            if (wibLocal.Hour == 10 && wibLocal.Minute == 0 && wibLocal.Month % 3 == 1 && wibLocal.Day == DueDay2026[wibLocal.Month] - 3)
            {
                await host.PayAsync(quarterly, 3);
            }

            if (wibLocal is { Hour: 0, Minute: 0, Day: 1, Month: 3 or 6 })
            {
                await SetRemindersAsync(host, ojek, on: wibLocal.Month == 6); // "berhenti" on 1 March, "mulai" on 1 June
            }

            await host.Planner.PlanAsync(t);
        }

        var expected = new List<(long, string, string, string, decimal)>();
        foreach (var month in Enumerable.Range(1, 12))
        {
            var relief = month >= 4; // others: April-December 2026
            Ladder(expected, onTime, month, Wita, ["h-7", "h-3", "h-1", "h"], relief ? 8_400 : 16_800);
            if (month is < 3 or > 5)
            {
                Ladder(expected, ojek, month, Wib, ["h-7", "h-3", "h-1", "h"], 8_400); // transport: January 2026-March 2027
            }

            if (month % 3 == 1)
            {
                Ladder(expected, quarterly, month, Wib, ["h-7", "h-3"], month == 1 ? 3 * 16_800 : 3 * 8_400); // January-March full rate
            }
        }

        // The member who never pays: the due-date ladder, arrears a week before the next due dates, then lapse (nothing after 15 April).
        Ladder(expected, never, 1, Wita, ["h-7", "h-3", "h-1", "h", "h+1"], 16_800);
        expected.Add((never.Id, "2026-01 tunggakan-1", "2026-02-16", "2026-02-09T08:00:00+08:00", 2 * 16_800));
        expected.Add((never.Id, "2026-01 tunggakan-2", "2026-03-16", "2026-03-09T08:00:00+08:00", 3 * 16_800));
        expected.Add((never.Id, "2026-01 peringatan-akhir", "2026-04-15", "2026-04-08T08:00:00+08:00", 3 * 16_800 + 8_400));

        await using var db = host.Db();
        var ledger = await db.Reminders.AsNoTracking().Include(r => r.OutboxMessage).ToListAsync();
        var members = await db.Members.AsNoTracking().ToDictionaryAsync(m => m.Id);
        var actual = ledger.Select(r => (r.MemberId, $"{r.ContributionMonth:yyyy-MM} {r.Kind}", r.DueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            r.SendAt.ToOffset(members[r.MemberId].TimeZone == "Asia/Makassar" ? Wita : Wib).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture), r.Amount));
        Assert.Equal(expected.Order(), actual.Order());
        Assert.DoesNotContain(ledger, r => r.MemberId == sponsored.Id);
        Assert.All(ledger, r =>
        {
            var member = members[r.MemberId];
            Assert.Equal((member.Channel, member.ChatId), (r.OutboxMessage!.Channel, r.OutboxMessage.ChatId));
            Assert.Contains($"KPJ {member.Kpj}", r.OutboxMessage.Text, StringComparison.Ordinal);
            Assert.EndsWith("Ketik *berhenti*.", r.OutboxMessage.Text, StringComparison.Ordinal);
        });
        Assert.Contains("santunan kematian (JKM) dan beasiswa anak", ledger.Single(r => r.Kind == "peringatan-akhir").OutboxMessage!.Text, StringComparison.Ordinal);
    }

    private static void Ladder(List<(long, string, string, string, decimal)> expected, Member member, int month, TimeSpan zone, string[] kinds, decimal amount)
    {
        var due = new DateOnly(2026, month, DueDay2026[month]);
        foreach (var kind in kinds)
        {
            var offset = kind switch { "h-7" => -7, "h-3" => -3, "h-1" => -1, "h" => 0, _ => 1 };
            var day = due.AddDays(offset);
            var local = new DateTimeOffset(day.ToDateTime(new TimeOnly(8, 0)), zone);
            expected.Add((member.Id, $"2026-{month:D2} {kind}", due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), local.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture), amount));
        }
    }

    internal static async Task SetRemindersAsync(ReminderHost host, Member member, bool on)
    {
        await using var db = host.Db();
        await db.Members.Where(m => m.Id == member.Id).ExecuteUpdateAsync(s => s.SetProperty(m => m.RemindersOn, on));
    }
}
