using Jamsostek.Bot.Payments;
using Jamsostek.Bot.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jamsostek.Bot.Tests.Reminders;

public sealed class ReminderPlannerTests
{
    // 8 January 2026 is h-7 of January (due Thursday 15th): 08:00 WITA = 00:00 UTC, 08:00 WIB = 01:00 UTC.
    private static readonly DateTimeOffset EightWita = new(2026, 1, 8, 0, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("63.06", -1, 0)]   // 07:59 WITA: too early
    [InlineData("63.06", 0, 1)]    // 08:00 WITA
    [InlineData("63.06", 719, 1)]  // 19:59 WITA
    [InlineData("63.06", 720, 0)]  // 20:00 WITA: too late
    [InlineData("62.01", 59, 0)]   // 07:59 WIB
    [InlineData("62.01", 60, 1)]   // 08:00 WIB
    [InlineData("62.01", 779, 1)]  // 19:59 WIB
    [InlineData("62.01", 780, 0)]  // 20:00 WIB
    public async Task PlanAsync_QueuesOnlyInsideTheMembersLocalWindow(string regency, int minutesAfterEightWita, int expected)
    {
        await using var host = await ReminderHost.StartAsync();
        await host.AddMemberAsync(regency, "2026-01");

        var queued = await host.Planner.PlanAsync(EightWita.AddMinutes(minutesAfterEightWita));

        Assert.Equal(expected, queued.Count);
    }

    [Fact]
    public async Task PlanAsync_FollowsTheWindowSettings()
    {
        await using var host = await ReminderHost.StartAsync(new Dictionary<string, string?> { ["Reminders:WindowStartHour"] = "10" });
        await host.AddMemberAsync("63.06", "2026-01");

        Assert.Empty(await host.Planner.PlanAsync(EightWita.AddHours(1)));   // 09:00 WITA
        Assert.Single(await host.Planner.PlanAsync(EightWita.AddHours(2)));  // 10:00 WITA
    }

    [Theory, SqliteData, PostgresData]
    public async Task PlanAsync_QueuesEachReminderOnce_WhenTwoPassesRace(string provider)
    {
        await using var database = await TestDb.CreateAsync(provider);
        await using var host = await ReminderHost.StartAsync(database);
        for (var i = 0; i < 300; i++)
        {
            await host.AddMemberAsync(i % 2 == 0 ? "63.06" : "62.01", "2026-01");
        }

        // A second planner with its own state, as a second process would have, on the same database.
        var other = ActivatorUtilities.CreateInstance<Jamsostek.Bot.Reminders.ReminderPlanner>(host.Services);
        var at = EightWita.AddHours(2);
        var results = await Task.WhenAll(Task.Run(() => host.Planner.PlanAsync(at)), Task.Run(() => other.PlanAsync(at)));

        Assert.Equal(300, results.Sum(r => r.Count));
        await using var db = host.Db();
        Assert.Equal(300, await db.Reminders.CountAsync());
        Assert.Equal(300, await db.OutboxMessages.CountAsync());
        Assert.Empty(await host.Planner.PlanAsync(at.AddMinutes(15)));
    }

    [Fact]
    public async Task RecordAsync_CancelsAReminderNotYetSent_AndThePassesAfterQueueNothing()
    {
        await using var host = await ReminderHost.StartAsync();
        var member = await host.AddMemberAsync("63.06", "2026-01");
        Assert.Single(await host.Planner.PlanAsync(EightWita));

        host.Time.SetUtcNow(EightWita.AddHours(1));
        var outcome = await host.PayAsync(member, 1);

        await using var db = host.Db();
        var reminder = await db.Reminders.Include(r => r.OutboxMessage).SingleAsync();
        Assert.Equal(EightWita.AddHours(1), reminder.CancelledAt);
        Assert.NotNull(reminder.OutboxMessage!.AbandonedAt);
        Assert.Equal(new DateOnly(2026, 1, 1), outcome.PaidThrough);
        Assert.Empty(await host.Planner.PlanAsync(EightWita.AddDays(4))); // h-3 of January: paid, nothing
    }

    [Fact]
    public async Task PlanAsync_PausesTheClaimedMonth_UntilTheClaimRunsOut()
    {
        await using var host = await ReminderHost.StartAsync();
        var member = await host.AddMemberAsync("63.06", "2026-01");
        await using (var db = host.Db())
        {
            db.PaymentClaims.Add(new PaymentClaim { MemberId = member.Id, ContributionMonth = new DateOnly(2026, 1, 1), ClaimedAt = EightWita.AddDays(1).AddHours(4) }); // 9 January 12:00 WITA
            await db.SaveChangesAsync();
        }

        Assert.Empty(await host.Planner.PlanAsync(EightWita.AddDays(4)));  // h-3, 12 January: paused
        Assert.Empty(await host.Planner.PlanAsync(EightWita.AddDays(7)));  // h, 15 January: paused
        Assert.Empty(await host.Planner.PlanAsync(EightWita.AddDays(8)));  // h+1 at 08:00: the claim is 6 days 20 hours old
        var after = await host.Planner.PlanAsync(EightWita.AddDays(8).AddHours(4)); // 12:00 WITA: 7 days passed, no officer confirmed
        Assert.Equal("h+1", Assert.Single(after).Kind);
    }

    [Fact]
    public async Task PlanAsync_QueuesNothing_ForSponsoredOrOptedOutMembers()
    {
        await using var host = await ReminderHost.StartAsync();
        await host.AddMemberAsync("63.06", "2026-01", m => m.Sponsored = true);
        var optedOut = await host.AddMemberAsync("63.06", "2026-01", m => m.RemindersOn = false);

        Assert.Empty(await host.Planner.PlanAsync(EightWita));
        await ReminderPlannerYearTests.SetRemindersAsync(host, optedOut, on: true);
        Assert.Single(await host.Planner.PlanAsync(EightWita.AddHours(1)));
    }

    /// <summary>
    /// A sponsored member who added JHT under a JKK+JKM programme is reminded as any self-payer (local daytime, once,
    /// until paid) for the JHT alone; one whose sponsor pays everything, JHT included, is never reminded.
    /// </summary>
    [Fact]
    public async Task PlanAsync_RemindsOfTheJhtAlone_ForASponsoredMemberWhoPaysItThemselves()
    {
        await using var host = await ReminderHost.StartAsync();
        var ownJht = await host.AddMemberAsync("63.06", "2026-01", m => Sponsor(m, selfPaid: "JHT"));
        await host.AddMemberAsync("63.06", "2026-01", m => Sponsor(m, selfPaid: null));
        var tariff = host.Services.GetRequiredService<Jamsostek.Bpu.Tariff>();
        var jht = tariff.Quote(1_000_000m, [Jamsostek.Bpu.BpuProgram.Jht], new DateOnly(2026, 1, 1), "pedagang", sponsored: false).Total;

        Assert.Empty(await host.Planner.PlanAsync(EightWita.AddMinutes(-1))); // 07:59 WITA: not yet
        var queued = Assert.Single(await host.Planner.PlanAsync(EightWita));
        Assert.Empty(await host.Planner.PlanAsync(EightWita.AddHours(2))); // never twice

        Assert.Equal((ownJht.Id, "h-7", jht), (queued.Member, queued.Kind, queued.Amount));
        Assert.Equal(tariff.BracketFor(1_000_000m).Base * 2 / 100, jht); // 2% of the income base: the JHT alone, not JKK and JKM
        await using (var db = host.Db())
        {
            Assert.Contains(Jamsostek.Dialogs.Text.IndonesianFormat.Money(jht), (await db.OutboxMessages.SingleAsync()).Text, StringComparison.Ordinal);
        }

        host.Time.SetUtcNow(EightWita.AddHours(1));
        Assert.Equal(jht, (await host.PayAsync(ownJht, 1)).ExpectedAmount);
        Assert.Empty(await host.Planner.PlanAsync(EightWita.AddDays(4))); // h-3: paid, nothing
    }

    private static void Sponsor(Jamsostek.Bot.Members.Member member, string? selfPaid)
    {
        member.Programs = "JKK,JKM,JHT";
        member.Sponsored = true;
        member.SponsorCode = "hss2026";
        member.SelfPaidPrograms = selfPaid;
    }

    [Fact]
    public async Task RemindersPlanJson_PrintsWhatThePassQueued_InTheIssuesContract()
    {
        using var database = new TempDatabase();
        await using (var host = await ReminderHostOn(database.DbPath))
        {
            await host.AddMemberAsync("63.06", "2026-01");
        }

        var run = await BotCli.RunAsync(["reminders", "plan", "--json", "--db", database.DbPath, "--now", "2026-01-08T08:15:00+08:00"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            """{"member":1,"kpj":"10000000001","kind":"h-7","contributionMonth":"2026-01","dueDate":"2026-01-15","sendAtUtc":"2026-01-08T00:15:00Z","sendAtLocal":"2026-01-08T08:15:00+08:00","amount":16800}""",
            Assert.Single(run.Lines));
        var again = await BotCli.RunAsync(["reminders", "plan", "--json", "--db", database.DbPath, "--now", "2026-01-08T08:30:00+08:00"]);
        Assert.Empty(again.Lines);
        var list = await BotCli.RunAsync(["reminders", "list", "--member", "1", "--json", "--db", database.DbPath]);
        Assert.Contains("\"status\":\"queued\"", Assert.Single(list.Lines), StringComparison.Ordinal);
    }

    private static async Task<ReminderHost> ReminderHostOn(string dbPath) =>
        await ReminderHost.StartAsync(dbPath: dbPath);
}
