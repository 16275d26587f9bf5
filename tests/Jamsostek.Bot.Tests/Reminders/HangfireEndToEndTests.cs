using System.Net;
using Hangfire;
using Hangfire.Storage;
using Jamsostek.Bot.Members;
using Jamsostek.Bot.Officers;
using Jamsostek.Bot.Reminders;
using Jamsostek.Bot.Tests.Officers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Jamsostek.Bot.Tests.TestSupport;

namespace Jamsostek.Bot.Tests.Reminders;

/// <summary>Hangfire sets process-wide statics: the one test with a real BackgroundJobServer runs alone.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class HangfireCollection
{
    public const string Name = "hangfire";
}

[Collection(HangfireCollection.Name)]
public sealed class HangfireEndToEndTests : IAsyncLifetime
{
    private readonly OfficerWebFactory factory = new() { JobsEnabled = true };

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await factory.DisposeAsync();

    [Fact]
    public async Task RecurringPlanningJob_RunsOnTheServer_AndQueuesTheReminderInTheOutbox_DashboardForAdminsOnly()
    {
        factory.Time.SetUtcNow(new DateTimeOffset(2026, 5, 12, 1, 0, 0, TimeSpan.Zero)); // 09:00 WITA, h-3 of May (due Friday 15th)
        await using (var db = factory.Db())
        {
            db.Members.Add(new Member
            {
                SignUpId = 1, Kpj = "12345678901", Nik = "6306055208900001", FullName = "Siti", RegencyCode = "63.06", VillageCode = "63.06.05.2001",
                Programs = "JKK,JKM", PaymentPeriodMonths = 1, MonthlyIncome = 1_000_000m, Occupation = "pedagang",
                FirstContributionMonth = new DateOnly(2026, 5, 1), TimeZone = "Asia/Makassar", Channel = "terminal", ChatId = "siti", CreatedAt = factory.Time.GetUtcNow(),
            });
            await db.SaveChangesAsync();
        }

        // Registered at start-up by the host; triggered now instead of waiting for the next quarter hour.
        factory.Services.GetRequiredService<IRecurringJobManager>().Trigger(RecurringJobsRegistrar.PlanningJobId);

        var deadline = DateTime.UtcNow.AddSeconds(60); // a generous bound on the server picking the job up, not a timing assertion
        Reminder? reminder = null;
        while (reminder is null && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
            await using var db = factory.Db();
            reminder = await db.Reminders.Include(r => r.OutboxMessage).SingleOrDefaultAsync();
        }

        Assert.NotNull(reminder);
        using (var connection = factory.Services.GetRequiredService<JobStorage>().GetConnection())
        {
            // Retention is scheduled by the same server: no second scheduler in the host.
            Assert.Contains(connection.GetRecurringJobs(), j => j.Id == RecurringJobsRegistrar.RetentionJobId && j.Cron == "0 19 * * *");
        }

        Assert.Equal(("h-3", "siti"), (reminder.Kind, reminder.OutboxMessage!.ChatId));

        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.Client().GetAsync(new Uri("/hangfire", UriKind.Relative))).StatusCode);
        await factory.AddOfficerAsync("rina", OfficerRoles.Petugas, "63.06");
        using var petugas = await factory.SignedInAsync("rina");
        Assert.Equal(HttpStatusCode.Forbidden, (await petugas.GetAsync(new Uri("/hangfire", UriKind.Relative))).StatusCode);
        await factory.AddOfficerAsync("budi", OfficerRoles.Admin);
        using var admin = await factory.SignedInAsync("budi");
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(new Uri("/hangfire", UriKind.Relative))).StatusCode);

        // Readiness finds this process's own Hangfire server among the storage's servers.
        var ready = Jamsostek.Bot.Tests.Health.HealthEndpointsTests.Checks(await (await factory.Client().GetAsync(new Uri("/readyz", UriKind.Relative))).Content.ReadAsStringAsync());
        Assert.Equal(("Healthy", "The scheduler (Hangfire server) of this host is running."), ready["jobs"]);
    }
}
