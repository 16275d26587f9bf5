using Hangfire.Storage.Monitoring;
using Jamsostek.Bot.Data;
using Jamsostek.Bot.Health;
using Jamsostek.Bot.Outbox;
using Jamsostek.Bot.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Jamsostek.Bot.Tests.Health;

public sealed class ReadinessChecksTests
{
    private static readonly DateTimeOffset Now = new(2026, 5, 11, 1, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Migrations_AreUnhealthyAndTellToRunDbMigrate_WhenTheDatabaseIsBehind_HealthyOnceMigrated()
    {
        using var temp = new TempDatabase();
        var factory = new Factory(temp.DbPath);
        var check = new MigrationsHealthCheck(factory);

        var before = await check.CheckHealthAsync(new HealthCheckContext());
        Assert.Equal(HealthStatus.Unhealthy, before.Status);
        Assert.Contains("run `db migrate`", before.Description, StringComparison.Ordinal);

        await using (var db = factory.CreateDbContext())
        {
            await db.Database.MigrateAsync();
        }

        Assert.Equal(HealthStatus.Healthy, (await check.CheckHealthAsync(new HealthCheckContext())).Status);
    }

    [Fact]
    public async Task Migrations_AreUnhealthyWithoutTheProvidersMessage_WhenTheDatabaseCannotBeOpened()
    {
        using var temp = new TempDatabase();
        var folderAsFile = Path.Combine(temp.Folder, "a-folder.db");
        Directory.CreateDirectory(folderAsFile); // SQLite cannot open a directory

        var result = await new MigrationsHealthCheck(new Factory(folderAsFile)).CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.DoesNotContain(folderAsFile, result.Description, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ReadyzBody_SaysTheDatabaseCannotBeReachedAndWhichSetting_WithoutTheProvidersMessage(bool withException)
    {
        // What Npgsql may say: the server's address and, from a malformed string, a password.
        var error = withException ? new InvalidOperationException("Failed to connect to 10.20.30.40:5432 with Password=rahasia") : null;
        var report = new HealthReport(
            new Dictionary<string, HealthReportEntry>
            {
                [HealthCheckNames.Database] = new(HealthStatus.Unhealthy, null, TimeSpan.FromMilliseconds(3), error, null),
            },
            TimeSpan.FromMilliseconds(3));
        var context = new Microsoft.AspNetCore.Http.DefaultHttpContext();
        using var body = new MemoryStream();
        context.Response.Body = body;

        await HealthReportJson.WriteAsync(context, report);

        var text = System.Text.Encoding.UTF8.GetString(body.ToArray());
        Assert.Contains("The database cannot be reached", text, StringComparison.Ordinal);
        Assert.Contains("ConnectionStrings:Default for PostgreSQL", text, StringComparison.Ordinal);
        Assert.Equal(withException, text.Contains("\"error\": \"InvalidOperationException\"", StringComparison.Ordinal));
        Assert.DoesNotContain("rahasia", text, StringComparison.Ordinal);
        Assert.DoesNotContain("10.20.30.40", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("none", 0, "Unhealthy", "is not running")]
    [InlineData("ours", 10, "Healthy", "is running")]
    [InlineData("ours", 600, "Unhealthy", "600 s ago")]
    [InlineData("another replica", 10, "Unhealthy", "is not running")]
    public void JobServer_IsHealthyOnlyWithThisProcessesRecentHeartbeat(string server, int secondsSinceBeat, string expected, string says)
    {
        var servers = server switch
        {
            "none" => [],
            "ours" => new[] { new ServerDto { Name = "JAMSOSTEK-HOST-42:42:abc", StartedAt = Now.UtcDateTime.AddHours(-1), Heartbeat = Now.UtcDateTime.AddSeconds(-secondsSinceBeat) } },
            _ => [new ServerDto { Name = "jamsostek-other-7:7:def", StartedAt = Now.UtcDateTime.AddHours(-1), Heartbeat = Now.UtcDateTime.AddSeconds(-secondsSinceBeat) }],
        };

        var result = JobServerHealthCheck.Assess(servers, "jamsostek-host-42", Now);

        Assert.Equal(expected, result.Status.ToString());
        Assert.Contains(says, result.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Channels_AreHealthyAndNamed_WhenATransportIsRegistered()
    {
        var result = await new ChannelHealthCheck([new Transport("whatsapp"), new Transport("telegram")]).CheckHealthAsync(new HealthCheckContext());

        Assert.Equal((HealthStatus.Healthy, "Channels on: telegram, whatsapp."), (result.Status, result.Description));
    }

    private sealed class Transport(string channel) : IOutboxTransport
    {
        public string Channel => channel;

        public OutboxChannelSettings Settings => throw new NotSupportedException();

        public Task<SendOutcome> SendAsync(OutboxMessage row, OutboxPart part, CancellationToken cancellationToken) => throw new NotSupportedException();
    }

    private sealed class Factory(string path) : IDbContextFactory<BotDbContext>
    {
        public BotDbContext CreateDbContext()
        {
            var options = new DbContextOptionsBuilder<BotDbContext>();
            options.UseSqlite($"Data Source={path}", s => s.MigrationsAssembly(typeof(BotDbContext).Assembly.GetName().Name));
            return new BotDbContext(options.Options);
        }
    }
}
