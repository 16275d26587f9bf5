using Jamsostek.Bot.Members;
using Microsoft.EntityFrameworkCore;

namespace Jamsostek.Bot.Tests.Reminders;

/// <summary>
/// The "done when": 1 000 members (WIB and WITA, periods 1/3/6/12, first months January-June, on-time,
/// early, never paying, sponsored, opted out) over 2026 get exactly the reminders an officer would send by hand,
/// each at 08:00 local on its day. Passes run at the instants that matter (07:30, 08:00 and 20:00 local in both
/// zones) and payments at noon local; the expected list comes from the hand-checked due-date table.
/// </summary>
public sealed class ThousandMembersYearTests
{
    private enum Habit { OnDueDay, OnThreeDaysBefore, Never, Sponsored, OptedOut }

    [Fact]
    public async Task PlanAsync_GivesAThousandMembersExactlyTheExpectedReminders_OverAYear()
    {
        await using var host = await ReminderHost.StartAsync(new Dictionary<string, string?> { ["Reminders:BatchSize"] = "300" });
        int[] periods = [1, 3, 6, 12];
        var members = new List<(Member Member, Habit Habit, TimeSpan Offset)>();
        for (var i = 0; i < 1000; i++)
        {
            var habit = (Habit)(i % 5);
            var wita = i % 2 == 0;
            var first = $"2026-{1 + (i / 10 % 6):D2}";
            var member = await host.AddMemberAsync(wita ? "63.06" : "62.01", first, m =>
            {
                m.PaymentPeriodMonths = periods[i / 5 % 4];
                m.Occupation = i % 3 == 0 ? "ojek" : "pedagang";
                m.Sponsored = habit == Habit.Sponsored;
                m.RemindersOn = habit != Habit.OptedOut;
            });
            members.Add((member, habit, TimeSpan.FromHours(wita ? 8 : 7)));
        }

        var expected = new List<(long, string, DateTimeOffset)>();
        var payDays = new Dictionary<(DateOnly, TimeSpan), List<(Member, int)>>();
        foreach (var (member, habit, offset) in members)
        {
            var period = member.PaymentPeriodMonths;
            if (habit == Habit.Never)
            {
                var m = member.FirstContributionMonth.Month;
                Add(expected, member, m, offset, ("h-7", Due(m).AddDays(-7)), ("h-3", Due(m).AddDays(-3)), ("h-1", Due(m).AddDays(-1)), ("h", Due(m)), ("h+1", Due(m).AddDays(1)),
                    ("tunggakan-1", Due(m + 1).AddDays(-7)), ("tunggakan-2", Due(m + 2).AddDays(-7)), ("peringatan-akhir", Due(m + 3).AddDays(-7)));
                continue;
            }

            if (habit is Habit.Sponsored or Habit.OptedOut)
            {
                continue;
            }

            for (var m = member.FirstContributionMonth.Month; m <= 12; m += period)
            {
                var payDay = habit == Habit.OnDueDay ? Due(m) : Due(m).AddDays(-3);
                Add(expected, member, m, offset, habit == Habit.OnDueDay
                    ? [("h-7", Due(m).AddDays(-7)), ("h-3", Due(m).AddDays(-3)), ("h-1", Due(m).AddDays(-1)), ("h", Due(m))]
                    : [("h-7", Due(m).AddDays(-7)), ("h-3", Due(m).AddDays(-3))]);
                (payDays.TryGetValue((payDay, offset), out var list) ? list : payDays[(payDay, offset)] = []).Add((member, period));
            }
        }

        // Each day: 07:30 and 08:00 WITA, 07:30 and 08:00 WIB, noon payments, 19:30 and 20:00 in both zones.
        int[] minutesUtc = [-30, 0, 30, 60, 4 * 60, 5 * 60, 11 * 60 + 30, 12 * 60, 12 * 60 + 30, 13 * 60];
        for (var day = new DateOnly(2025, 12, 31); day.Year < 2027; day = day.AddDays(1))
        {
            foreach (var minute in minutesUtc)
            {
                var t = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddDays(1).AddMinutes(minute);
                if (t.Year != 2026)
                {
                    continue;
                }

                host.Time.SetUtcNow(t);
                foreach (var offset in new[] { TimeSpan.FromHours(8), TimeSpan.FromHours(7) })
                {
                    var local = t.ToOffset(offset);
                    if (local.Hour == 12 && local.Minute == 0 && payDays.TryGetValue((DateOnly.FromDateTime(local.DateTime), offset), out var payers))
                    {
                        foreach (var (member, months) in payers)
                        {
                            await host.PayAsync(member, months);
                        }
                    }
                }

                await host.Planner.PlanAsync(t);
            }
        }

        await using var db = host.Db();
        var ledger = await db.Reminders.AsNoTracking().Select(r => new { r.MemberId, r.ContributionMonth, r.Kind, r.SendAt }).ToListAsync();
        var offsets = members.ToDictionary(m => m.Member.Id, m => m.Offset);
        var actual = ledger.Select(r => (r.MemberId, $"{r.ContributionMonth:yyyy-MM} {r.Kind}", r.SendAt.ToOffset(offsets[r.MemberId]))).ToList();
        Assert.Equal(expected.Count, actual.Count);
        Assert.Equal(expected.Order(), actual.Order());
        Assert.All(actual, a => Assert.Equal(new TimeSpan(8, 0, 0), a.Item3.TimeOfDay));
        Assert.Equal(ledger.Count, await db.OutboxMessages.CountAsync());
    }

    private static DateOnly Due(int month) => new(2026, month, ReminderPlannerYearTests.DueDay2026[month]); // first months end in June: never beyond 2026

    private static void Add(List<(long, string, DateTimeOffset)> expected, Member member, int month, TimeSpan offset, params (string Kind, DateOnly Day)[] reminders)
    {
        foreach (var (kind, day) in reminders)
        {
            if (day.Year == 2026)
            {
                expected.Add((member.Id, $"2026-{month:D2} {kind}", new DateTimeOffset(day.ToDateTime(new TimeOnly(8, 0)), offset)));
            }
        }
    }
}
