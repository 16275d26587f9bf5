using System.Diagnostics.Metrics;
using Jamsostek.Bot.Data;
using Jamsostek.Bot.Members;
using Jamsostek.Bot.Observability;
using Jamsostek.Bot.Outbox;
using Jamsostek.Bot.Reminders;
using Jamsostek.Bot.Tests.TestSupport;
using Jamsostek.Dialogs.Engine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Jamsostek.Bot.Tests.Observability;

public sealed class BacklogGaugesTests
{
    private static readonly DateTimeOffset Now = new(2026, 5, 11, 1, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Read_CountsWhatWaitsAndItsAge_AndReadsTheDatabaseAgainOnlyAfterMaxAge()
    {
        using var temp = new TempDatabase();
        using var host = await BotServices.StartAsync(temp.DbPath);
        var dbFactory = host.Services.GetRequiredService<IDbContextFactory<BotDbContext>>();
        await using (var db = await dbFactory.CreateDbContextAsync())
        {
            db.SignUps.Add(SignUpSeed.Make(1, Now.AddDays(-2)));
            db.SignUps.Add(SignUpSeed.Make(2, Now.AddDays(-1)));
            var decided = SignUpSeed.Make(3, Now.AddDays(-9));
            decided.Status = SignUpStatus.Rejected;
            db.SignUps.Add(decided);
            db.OutboxMessages.Add(Row("a", Now.AddSeconds(-300)));
            db.OutboxMessages.Add(Row("b", Now.AddSeconds(-900), sentAt: Now.AddSeconds(-890)));
            db.OutboxMessages.Add(Row("c", Now.AddHours(-2), abandoned: true));
            var member = new Member
            {
                SignUpId = 1, Kpj = "12345678901", Nik = "6306055208900001", FullName = "Siti", RegencyCode = "63.06", VillageCode = "63.06.05.2001",
                Programs = "JKK,JKM", PaymentPeriodMonths = 1, MonthlyIncome = 1_000_000m, Occupation = "pedagang",
                FirstContributionMonth = new DateOnly(2026, 5, 1), TimeZone = "Asia/Makassar", Channel = "terminal", ChatId = "siti", CreatedAt = Now,
            };
            db.Members.Add(member);
            await db.SaveChangesAsync();
            db.Reminders.Add(Reminder(member.Id, "h-7", Row("siti", Now.AddSeconds(-60))));
            db.Reminders.Add(Reminder(member.Id, "h-3", Row("siti", Now.AddHours(-3), sentAt: Now.AddHours(-3))));
            db.Reminders.Add(Reminder(member.Id, "h-1", Row("siti", Now.AddDays(-2), sentAt: Now.AddDays(-2))));
            await db.SaveChangesAsync();
        }

        var time = new FakeTimeProvider(Now);
        var gauges = new BacklogGauges(host.Services.GetRequiredService<IMeterFactory>(), dbFactory, time, NullLogger<BacklogGauges>.Instance);

        var first = gauges.Read();
        Assert.Equal(new BacklogSnapshot(Now, OutboxBacklog: 2, OldestUnsentAge: 300, PendingSignUps: 2, OldestPendingAge: 2 * 86400, RemindersWaiting: 1, RemindersSent24h: 1), first);

        await using (var db = await dbFactory.CreateDbContextAsync())
        {
            db.OutboxMessages.Add(Row("d", Now));
            await db.SaveChangesAsync();
        }

        time.Advance(TimeSpan.FromSeconds(5));
        Assert.Same(first, gauges.Read()); // several scrapes within MaxAge: one set of queries
        time.Advance(BacklogGauges.MaxAge);
        Assert.Equal((3, 300 + 15), (gauges.Read().OutboxBacklog, gauges.Read().OldestUnsentAge));
    }

    private static OutboxMessage Row(string chat, DateTimeOffset createdAt, DateTimeOffset? sentAt = null, bool abandoned = false) =>
        new() { Channel = "terminal", ChatId = chat, Text = "Halo", CreatedAt = createdAt, SentAt = sentAt, AbandonedAt = abandoned ? createdAt : null };

    private static Reminder Reminder(long memberId, string kind, OutboxMessage row) =>
        new() { MemberId = memberId, Kind = kind, ContributionMonth = new DateOnly(2026, 5, 1), DueDate = new DateOnly(2026, 5, 15), Amount = 16_800m, SendAt = row.CreatedAt, OutboxMessage = row };
}
