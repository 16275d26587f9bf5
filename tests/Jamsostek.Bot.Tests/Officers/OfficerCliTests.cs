using Jamsostek.Bot.Tests.TestSupport;
using Jamsostek.Dialogs.Engine;
using Microsoft.EntityFrameworkCore;

namespace Jamsostek.Bot.Tests.Officers;

/// <summary>officers add/list and signups approve/reject from the command line.</summary>
public sealed class OfficerCliTests
{
    [Fact]
    public async Task OfficersAdd_CreatesPetugasWithRegencies_WhenPasswordOnStdin()
    {
        using var database = new TempDatabase();

        var add = await BotCli.RunAsync(["officers", "add", "rina", "--role", "petugas", "--regency", "63.06", "63.07", "--db", database.DbPath], ["Rahasia-Petugas-2026"]);
        var list = await BotCli.RunAsync(["officers", "list", "--db", database.DbPath]);

        Assert.True(add.ExitCode == 0, add.Stderr);
        Assert.Contains(list.Lines, l => l.StartsWith("rina", StringComparison.Ordinal) && l.Contains("petugas", StringComparison.Ordinal) && l.Contains("63.06 63.07", StringComparison.Ordinal));
    }

    [Fact]
    public async Task OfficersAdd_IsInTheAccessLog_AsFromTheCommandLine_WithoutThePassword()
    {
        using var database = new TempDatabase();

        var add = await BotCli.RunAsync(["officers", "add", "kepala", "--role", "admin", "--password", "Rahasia-Admin-2026", "--db", database.DbPath]);

        Assert.True(add.ExitCode == 0, add.Stderr);
        await using var db = new TurnFixtureDb(database.DbPath).Create();
        var entry = await db.AccessLog.SingleAsync();
        Assert.Equal(("(CLI)", global::Jamsostek.Bot.Officers.Access.AccessActions.AccountAdded, "CLI"), (entry.Officer, entry.Action, entry.Ip));
        Assert.StartsWith("kepala, peran admin; lewat CLI oleh pengguna sistem", entry.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain("Rahasia", entry.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OfficersAdd_Fails_WhenPasswordTooShortOrRoleUnknown()
    {
        using var database = new TempDatabase();

        var weak = await BotCli.RunAsync(["officers", "add", "rina", "--role", "petugas", "--regency", "63.06", "--password", "pendek", "--db", database.DbPath]);
        var role = await BotCli.RunAsync(["officers", "add", "rina", "--role", "raja", "--password", "Rahasia-Petugas-2026", "--db", database.DbPath]);

        Assert.Equal(1, weak.ExitCode);
        Assert.Contains("terlalu pendek", weak.Stderr, StringComparison.Ordinal);
        Assert.Equal(1, role.ExitCode);
    }

    [Fact]
    public async Task SignUpsApproveAndReject_DecideAndNotify_WithinTheOfficersRegencies()
    {
        using var database = new TempDatabase();
        await BotCli.RunAsync(["officers", "add", "rina", "--role", "petugas", "--regency", "63.06", "--password", "Rahasia-Petugas-2026", "--db", database.DbPath]);
        await using (var db = new TurnFixtureDb(database.DbPath).Create())
        {
            db.SignUps.Add(SignUpSeed.Make(1, DateTimeOffset.UtcNow));
            db.SignUps.Add(SignUpSeed.Make(2, DateTimeOffset.UtcNow));
            var elsewhere = SignUpSeed.Make(3, DateTimeOffset.UtcNow);
            elsewhere.RegencyCode = "63.07";
            db.SignUps.Add(elsewhere);
            await db.SaveChangesAsync();
        }

        var approve = await BotCli.RunAsync(["signups", "approve", "1", "--kpj", "12345678901", "--officer", "rina", "--db", database.DbPath]);
        var reject = await BotCli.RunAsync(["signups", "reject", "2", "--reason", "Alamat kurang lengkap, mohon tulis RT/RW", "--officer", "rina", "--db", database.DbPath]);
        var outOfScope = await BotCli.RunAsync(["signups", "approve", "3", "--kpj", "12345678902", "--officer", "rina", "--db", database.DbPath]);
        var badKpj = await BotCli.RunAsync(["signups", "approve", "3", "--kpj", "123", "--officer", "rina", "--db", database.DbPath]);

        Assert.True(approve.ExitCode == 0, approve.Stderr);
        Assert.True(reject.ExitCode == 0, reject.Stderr);
        Assert.Equal(1, outOfScope.ExitCode);
        Assert.Contains("tidak ditemukan", outOfScope.Stderr, StringComparison.Ordinal);
        Assert.Equal(1, badKpj.ExitCode);
        await using var check = new TurnFixtureDb(database.DbPath).Create();
        var rows = await check.SignUps.OrderBy(s => s.Id).ToListAsync();
        Assert.Equal((SignUpStatus.Approved, "12345678901"), (rows[0].Status, rows[0].Kpj));
        Assert.Equal(SignUpStatus.Rejected, rows[1].Status);
        Assert.Contains("Alamat kurang lengkap, mohon tulis RT/RW", rows[1].RejectionReason, StringComparison.Ordinal);
        Assert.Equal(SignUpStatus.Pending, rows[2].Status);
        Assert.Equal(3, await check.OutboxMessages.CountAsync()); // the approval in two messages, the rejection in one
        Assert.Equal(2, await check.AuditEntries.CountAsync(a => a.Actor == "petugas:rina"));
    }
}
