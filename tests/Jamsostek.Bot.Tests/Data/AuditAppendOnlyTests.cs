using System.Data.Common;
using Jamsostek.Bot.Data;
using Jamsostek.Bot.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Jamsostek.Bot.Audit;

namespace Jamsostek.Bot.Tests.Data;

/// <summary>
/// Audit entries can be added, never changed or deleted: by the context's guard and by the database's triggers
/// (SQLite's, and PostgreSQL's from its own migrations set), on both providers.
/// </summary>
public sealed class AuditAppendOnlyTests : IAsyncLifetime
{
    private TestDb? database;
    private IHost? host;

    private BotDbContext Db() => host!.Services.GetRequiredService<IDbContextFactory<BotDbContext>>().CreateDbContext();

    private async Task StartAsync(string provider)
    {
        database = await TestDb.CreateAsync(provider);
        host = await BotServices.StartAsync(database.DbPath, settings: database.Settings);
        await using var db = Db();
        db.AuditEntries.Add(new AuditEntry { At = DateTimeOffset.UnixEpoch, Actor = "petugas:rina", Action = "approved", EntityType = "SignUp", EntityId = "BPU-T000001", AfterJson = "{}" });
        await db.SaveChangesAsync();
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (host is not null)
        {
            await host.StopAsync();
            host.Dispose();
        }

        if (database is not null)
        {
            await database.DisposeAsync();
        }
    }

    [Theory, SqliteData, PostgresData]
    public async Task SaveChanges_Throws_WhenAnAuditEntryIsModified(string provider)
    {
        await StartAsync(provider);
        await using var db = Db();
        (await db.AuditEntries.SingleAsync()).Actor = "petugas:lain";

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());

        Assert.Contains("append-only", error.Message, StringComparison.Ordinal);
        await AssertUntouchedAsync();
    }

    [Theory, SqliteData, PostgresData]
    public async Task SaveChanges_Throws_WhenAnAuditEntryIsDeleted(string provider)
    {
        await StartAsync(provider);
        await using var db = Db();
        db.AuditEntries.Remove(await db.AuditEntries.SingleAsync());

        Assert.Throws<InvalidOperationException>(() => db.SaveChanges());
        await AssertUntouchedAsync();
    }

    [Theory, SqliteData, PostgresData]
    public async Task Database_RefusesUpdateAndDelete_WhenTheContextIsBypassed(string provider)
    {
        await StartAsync(provider);
        await using var db = Db();

        await Assert.ThrowsAnyAsync<DbException>(() => db.AuditEntries.ExecuteUpdateAsync(s => s.SetProperty(a => a.Actor, "petugas:lain")));
        await Assert.ThrowsAnyAsync<DbException>(() => db.AuditEntries.ExecuteDeleteAsync());
        await AssertUntouchedAsync();
    }

    [Theory, SqliteData, PostgresData]
    public async Task SaveChanges_Throws_WhenASnapshotIsRewrittenWithoutTheErasureMarker(string provider)
    {
        await StartAsync(provider);
        await using var db = Db();
        (await db.AuditEntries.SingleAsync()).AfterJson = "{\"status\":\"approved\"}";

        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        // Snapshots are encrypted: the trigger cannot read them and refuses any new value that is neither ciphertext
        // nor an erasure (a writer without the key cannot forge ciphertext that decrypts).
        await Assert.ThrowsAnyAsync<DbException>(() => db.Database.ExecuteSqlRawAsync("UPDATE \"AuditEntries\" SET \"AfterJson\" = '{{\"x\":1}}'"));
        await AssertUntouchedAsync();
    }

    [Theory, SqliteData, PostgresData]
    public async Task SaveChanges_AcceptsRedaction_WhenErasureReplacesPersonalValues(string provider)
    {
        await StartAsync(provider);
        await using (var db = Db())
        {
            (await db.AuditEntries.SingleAsync()).AfterJson = "{\"fullName\":\"" + AuditEntry.Redacted + "\"}";
            await db.SaveChangesAsync();
        }

        await using var check = Db();
        var entry = await check.AuditEntries.AsNoTracking().SingleAsync();
        Assert.Contains(AuditEntry.Redacted, entry.AfterJson, StringComparison.Ordinal);
        Assert.Equal("petugas:rina", entry.Actor);
        Assert.Equal("approved", entry.Action);
    }

    [Theory, SqliteData, PostgresData]
    public async Task SaveChanges_AddsEntries_Always(string provider)
    {
        await StartAsync(provider);
        await using var db = Db();
        db.AuditEntries.Add(new AuditEntry { At = DateTimeOffset.UnixEpoch, Actor = "petugas:rina", Action = "rejected", EntityType = "SignUp", EntityId = "BPU-T000002" });
        await db.SaveChangesAsync();

        Assert.Equal(2, await db.AuditEntries.CountAsync());
    }

    private async Task AssertUntouchedAsync()
    {
        await using var db = Db();
        var entry = await db.AuditEntries.AsNoTracking().SingleAsync();
        Assert.Equal("petugas:rina", entry.Actor);
    }
}
