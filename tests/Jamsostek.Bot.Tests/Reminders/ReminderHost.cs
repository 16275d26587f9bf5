using Jamsostek.Bot.Cli;
using Jamsostek.Bot.Conversations;
using Jamsostek.Bot.Data;
using Jamsostek.Bot.Members;
using Jamsostek.Bot.Outbox;
using Jamsostek.Bot.Privacy;
using Jamsostek.Bot.Payments;
using Jamsostek.Bot.Reminders;
using Jamsostek.Bot.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Jamsostek.Bot.Tests.Reminders;

/// <summary>The CLI's services (planner, payments) on a temp SQLite file with a fake clock, and helpers to seed members.</summary>
public sealed class ReminderHost : IAsyncDisposable
{
    private readonly TempDatabase database = new();
    private IHost host = null!;
    private int seeded;

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2025, 12, 31, 16, 0, 0, TimeSpan.Zero));

    public IServiceProvider Services => host.Services;

    public string DbPath => database.DbPath;

    public ReminderPlanner Planner => Services.GetRequiredService<ReminderPlanner>();

    public PaymentRecorder Payments => Services.GetRequiredService<PaymentRecorder>();

    public static async Task<ReminderHost> StartAsync(IReadOnlyDictionary<string, string?>? settings = null, string? dbPath = null)
    {
        var fixture = new ReminderHost();
        return await fixture.StartOnAsync(settings ?? new Dictionary<string, string?>(), dbPath ?? fixture.database.DbPath);
    }

    /// <summary>On a database of either provider (issue 13); the caller disposes <paramref name="database"/> after this host.</summary>
    public static async Task<ReminderHost> StartAsync(TestDb database) =>
        await new ReminderHost().StartOnAsync(database.Settings, database.DbPath);

    private async Task<ReminderHost> StartOnAsync(IReadOnlyDictionary<string, string?> settings, string dbPath)
    {
        var fixture = this;
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [] });
        builder.Logging.ClearProviders();
        builder.AddCommandLineSettings(new ParsedCommand(Verb.RemindersPlan) { DbPath = dbPath, Settings = settings });
        builder.AddBotDatabase();
        builder.AddConversations();
        builder.AddTurnPrivacy();
        builder.AddOutbox();
        builder.AddReminderPlanning();
        builder.AddPayments();
        builder.Services.AddSingleton<TimeProvider>(fixture.Time);
        fixture.host = builder.Build();
        await fixture.host.StartAsync();
        return fixture;
    }

    public BotDbContext Db() => Services.GetRequiredService<IDbContextFactory<BotDbContext>>().CreateDbContext();

    /// <summary>A self-paying member (monthly, lowest bracket, JKK+JKM) in the regency's zone; <paramref name="change"/> adjusts it.</summary>
    public async Task<Member> AddMemberAsync(string regencyCode, string firstMonth, Action<Member>? change = null)
    {
        var n = Interlocked.Increment(ref seeded);
        var member = new Member
        {
            SignUpId = n,
            Kpj = (10_000_000_000L + n).ToString(System.Globalization.CultureInfo.InvariantCulture),
            Nik = regencyCode.Replace(".", string.Empty, StringComparison.Ordinal) + "05520890" + (n % 10_000).ToString("D4", System.Globalization.CultureInfo.InvariantCulture),
            FullName = $"Peserta {n}",
            RegencyCode = regencyCode,
            VillageCode = regencyCode + ".05.2001",
            Programs = "JKK,JKM",
            PaymentPeriodMonths = 1,
            MonthlyIncome = 1_000_000m,
            Occupation = "pedagang",
            FirstContributionMonth = DateOnly.Parse(firstMonth + "-01", System.Globalization.CultureInfo.InvariantCulture),
            TimeZone = Jamsostek.Bot.SignUps.WorkerZone.Of(regencyCode).IanaId,
            Channel = "terminal",
            ChatId = $"chat-{n}",
            CreatedAt = Time.GetUtcNow(),
        };
        change?.Invoke(member);
        await using var db = Db();
        db.Members.Add(member);
        await db.SaveChangesAsync();
        return member;
    }

    /// <summary>Records a payment of <paramref name="months"/> months at the tariff's amount (what a partner would send).</summary>
    public async Task<PaymentOutcome> PayAsync(Member member, int months, decimal? amount = null)
    {
        await using var db = Db();
        var current = await db.Members.AsNoTracking().SingleAsync(m => m.Id == member.Id);
        var schedule = Services.GetRequiredService<Jamsostek.Bpu.ContributionSchedule>();
        var terms = current.Terms();
        var due = amount ?? schedule.AmountFor(terms, terms.NextUnpaidMonth, months);
        var outcome = (await Payments.RecordAsync([new PaymentInput(current.Nik, current.Kpj, months, due, Time.GetUtcNow(), $"REF-{member.Id}-{Guid.NewGuid():N}")], "csv", "test", allOrNothing: true)).Single();
        Assert.Equal(PaymentOutcome.Recorded, outcome.Status);
        return outcome;
    }

    public async ValueTask DisposeAsync()
    {
        await host.StopAsync();
        host.Dispose();
        database.Dispose();
    }
}
