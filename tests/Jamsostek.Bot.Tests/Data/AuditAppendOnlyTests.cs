using System.Data.Common;
using Jamsostek.Bot.Data;
using Jamsostek.Bot.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Jamsostek.Bot.Audit;

namespace Jamsostek.Bot.Tests.Data;

/// <summary>Audit entries can be added, never changed or deleted: by the context's guard and by SQLite triggers.</summary>
public sealed class AuditAppendOnlyTests : IAsyncLifetime
{
    private readonly TempDatabase database = new();
    private IHost? host;

    private BotDbContext Db() => host!.Services.GetRequiredService<IDbContextFactory<BotDbContext>>().CreateDbContext();

    public async Task InitializeAsync()
    {
        host = await BotServices.StartAsync(database.DbPath);
        await using var db = Db();
        db.AuditEntries.Add(new AuditEntry { At = DateTimeOffset.UnixEpoch, Actor = "petugas:rina", Action = "approved", EntityType = "SignUp", EntityId = "BPU-T000001", AfterJson = "{}" });
        await db.SaveChangesAsync();
    }

    public async Task DisposeAsync()
    {
        await host!.StopAsync();
        host.Dispose();
        database.Dispose();
    }

    [Fact]
    public async Task SaveChanges_Throws_WhenAnAuditEntryIsModified()
    {
        await using var db = Db();
        (await db.AuditEntries.SingleAsync()).Actor = "petugas:lain";

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());

        Assert.Contains("append-only", error.Message, StringComparison.Ordinal);
        await AssertUntouchedAsync();
    }

    [Fact]
    public async Task SaveChanges_Throws_WhenAnAuditEntryIsDeleted()
    {
        await using var db = Db();
        db.AuditEntries.Remove(await db.AuditEntries.SingleAsync());

        Assert.Throws<InvalidOperationException>(() => db.SaveChanges());
        await AssertUntouchedAsync();
    }

    [Fact]
    public async Task Database_RefusesUpdateAndDelete_WhenTheContextIsBypassed()
    {
        await using var db = Db();

        await Assert.ThrowsAnyAsync<DbException>(() => db.AuditEntries.ExecuteUpdateAsync(s => s.SetProperty(a => a.Actor, "petugas:lain")));
        await Assert.ThrowsAnyAsync<DbException>(() => db.AuditEntries.ExecuteDeleteAsync());
        await AssertUntouchedAsync();
    }

    [Fact]
    public async Task SaveChanges_Throws_WhenASnapshotIsRewrittenWithoutTheErasureMarker()
    {
        await using var db = Db();
        (await db.AuditEntries.SingleAsync()).AfterJson = "{\"status\":\"approved\"}";

        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        // Snapshots are encrypted: the trigger cannot read them and refuses any new value that is neither ciphertext
        // nor an erasure (a writer without the key cannot forge ciphertext that decrypts).
        await Assert.ThrowsAnyAsync<DbException>(() => db.Database.ExecuteSqlRawAsync("UPDATE \"AuditEntries\" SET \"AfterJson\" = '{{\"x\":1}}'"));
        await AssertUntouchedAsync();
    }

    [Fact]
    public async Task SaveChanges_AcceptsRedaction_WhenErasureReplacesPersonalValues()
    {
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

    [Fact]
    public async Task SaveChanges_AddsEntries_Always()
    {
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
