using Jamsostek.Bot.Tests.TestSupport;
using Jamsostek.Dialogs.Engine;
using Microsoft.EntityFrameworkCore;

namespace Jamsostek.Bot.Tests.Officers;

/// <summary>signups approve/reject from the command line: wording, scoping and refusals that change nothing.</summary>
public sealed class DecisionCliTests : IDisposable
{
    private readonly TempDatabase database = new();

    public void Dispose() => database.Dispose();

    private async Task SeedAsync()
    {
        var add = await BotCli.RunAsync(["officers", "add", "rina", "--role", "petugas", "--regency", "63.06", "--password", OfficerWebFactory.Password, "--db", database.DbPath]);
        Assert.True(add.ExitCode == 0, add.Stderr);
        await using var db = new TurnFixtureDb(database.DbPath).Create();
        db.SignUps.Add(SignUpSeed.Make(1, DateTimeOffset.UtcNow));
        db.SignUps.Add(SignUpSeed.Make(2, DateTimeOffset.UtcNow));
        var elsewhere = SignUpSeed.Make(3, DateTimeOffset.UtcNow);
        elsewhere.RegencyCode = "63.07";
        db.SignUps.Add(elsewhere);
        await db.SaveChangesAsync();
    }

    private Task<CliRun> CliAsync(params string[] args) => BotCli.RunAsync([.. args, "--officer", "rina", "--db", database.DbPath]);

    [Fact]
    public async Task SignUpsReject_TellsAFreeTextReasonPlainly_AndAudits()
    {
        await SeedAsync();

        var run = await CliAsync("signups", "reject", "1", "--reason", "Alamat kurang lengkap, mohon tulis RT/RW");

        Assert.True(run.ExitCode == 0, run.Stderr);
        await using var check = new TurnFixtureDb(database.DbPath).Create();
        var text = (await check.OutboxMessages.SingleAsync()).Text;
        Assert.Contains("Alasan: Alamat kurang lengkap, mohon tulis RT/RW.\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Alasan lain", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Keterangan petugas", text, StringComparison.Ordinal);
        Assert.Equal("Alamat kurang lengkap, mohon tulis RT/RW.", (await check.SignUps.SingleAsync(s => s.Id == 1)).RejectionReason);
        var audit = await check.AuditEntries.SingleAsync();
        Assert.Equal(("petugas:rina", "rejected", "BPU-T000001"), (audit.Actor, audit.Action, audit.EntityId));
    }

    [Fact]
    public async Task Decision_IsInTheAccessLog_AsFromTheCommandLine_WithTheSystemUser()
    {
        // Found in review: the audit says "petugas:rina" for a CLI decision exactly as for the console, and the CLI
        // takes --officer without a password: the access log now says it came from a shell, and whose.
        await SeedAsync();

        var approved = await CliAsync("signups", "approve", "1", "--kpj", "12345678901");
        var refused = await CliAsync("signups", "reject", "3", "--reason", "Foto KTP buram");

        Assert.True(approved.ExitCode == 0, approved.Stderr);
        Assert.Equal(1, refused.ExitCode);
        await using var check = new TurnFixtureDb(database.DbPath).Create();
        var log = await check.AccessLog.Where(a => a.Action == global::Jamsostek.Bot.Officers.Access.AccessActions.CliDecision).OrderBy(a => a.Id).ToListAsync();
        Assert.Equal(
            [("rina", global::Jamsostek.Bot.Officers.Access.AccessActions.CliDecision, "CLI"), ("rina", global::Jamsostek.Bot.Officers.Access.AccessActions.CliDecision, "CLI")],
            log.Select(a => (a.Officer, a.Action, a.Ip)));
        Assert.StartsWith("setujui id 1: BPU-T000001; lewat CLI oleh pengguna sistem '" + Environment.UserName + "'", log[0].Detail, StringComparison.Ordinal);
        Assert.StartsWith("tolak id 3: tidak dilakukan (Pendaftaran tidak ditemukan.)", log[1].Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignUpsReject_AnswersNotFoundAndChangesNothing_WhenTheSignUpIsInAnotherRegency()
    {
        await SeedAsync();

        var run = await CliAsync("signups", "reject", "3", "--reason", "Alamat kurang lengkap, mohon tulis RT/RW");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Pendaftaran tidak ditemukan.", run.Stderr, StringComparison.Ordinal);
        await using var check = new TurnFixtureDb(database.DbPath).Create();
        Assert.Equal(SignUpStatus.Pending, (await check.SignUps.SingleAsync(s => s.Id == 3)).Status);
        Assert.Equal(0, await check.OutboxMessages.CountAsync());
        Assert.Equal(0, await check.AuditEntries.CountAsync());
    }

    [Theory]
    [InlineData("12345678901", "Nomor KPJ 12345678901 sudah dipakai pendaftaran lain.")]
    [InlineData("1234567890", "Nomor KPJ harus 11 angka; yang Anda ketik 10 angka.")]
    public async Task SignUpsApprove_GivesAClearErrorAndChangesNothing_WhenKpjIsTakenOrMalformed(string kpj, string error)
    {
        await SeedAsync();
        var first = await CliAsync("signups", "approve", "1", "--kpj", "12345678901");
        Assert.True(first.ExitCode == 0, first.Stderr);

        var run = await CliAsync("signups", "approve", "2", "--kpj", kpj);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(error, run.Stderr, StringComparison.Ordinal);
        await using var check = new TurnFixtureDb(database.DbPath).Create();
        var second = await check.SignUps.SingleAsync(s => s.Id == 2);
        Assert.Equal((SignUpStatus.Pending, null), (second.Status, second.Kpj));
        Assert.Equal(2, await check.OutboxMessages.CountAsync()); // the first approval only, in its two messages
        Assert.Equal(1, await check.AuditEntries.CountAsync());
    }
}
