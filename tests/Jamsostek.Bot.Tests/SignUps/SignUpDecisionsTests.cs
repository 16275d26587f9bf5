using Jamsostek.Bot.Officers;
using Jamsostek.Bot.SignUps;
using Jamsostek.Bot.SignUps.Sponsors;
using Jamsostek.Bot.Tests.Officers;
using Jamsostek.Dialogs.Engine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Jamsostek.Bot.SignUps.Decisions;
using Jamsostek.Bot.Tests.TestSupport;

namespace Jamsostek.Bot.Tests.SignUps;

/// <summary>Approve and reject on the real host's services: status, audit entry and the worker's outbox message together.</summary>
public sealed class SignUpDecisionsTests : IAsyncLifetime
{
    private static readonly OfficerScope Rina = new("rina", false, ["63.06"]);
    private readonly OfficerWebFactory factory = new();

    private SignUpDecisions Decisions => factory.Services.GetRequiredService<SignUpDecisions>();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await factory.DisposeAsync();

    [Fact]
    public async Task ApproveAsync_TellsASponsoredWorkerTheRegencyPays_WithNoAmount()
    {
        await using (var db = factory.Db())
        {
            db.Sponsors.Add(new Sponsor { Code = "hss2026", Name = "Pemkab HSS 2026", RegencyCode = "63.06" });
            await db.SaveChangesAsync();
        }

        var signUp = await factory.AddSignUpAsync(s => { s.Source = "hss2026"; s.Programs = "JKK,JKM"; s.MonthlyContribution = 32_800m; });

        var result = await Decisions.ApproveAsync(signUp.Id, "12345678901", Rina);

        Assert.True(result.Succeeded, result.Error);
        await using var check = factory.Db();
        var text = (await check.OutboxMessages.SingleAsync()).Text;
        Assert.Contains("dibayar oleh Pemkab HSS 2026", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Rp", text, StringComparison.Ordinal);
    }

    /// <summary>
    /// JKK + JKM + JHT chosen (income 2,5 juta: base Rp2.600.000, JHT 2% = Rp52.000): under a JKK+JKM programme the notice
    /// and the member say the sponsor pays JKK and JKM and the worker the JHT, with its first payment and how to pay;
    /// under a JKK+JKM+JHT programme nothing is the worker's.
    /// </summary>
    [Theory]
    [InlineData("JKK,JKM", "JHT")]
    [InlineData("JKK,JKM,JHT", null)]
    public async Task ApproveAsync_SaysWhoPaysWhichProgramme_WhenTheWorkerAddedJht(string sponsorPays, string? selfPaid)
    {
        await using (var db = factory.Db())
        {
            db.Sponsors.Add(new Sponsor { Code = "hss2026", Name = "Pemkab HSS 2026", RegencyCode = "63.06", Programs = sponsorPays });
            await db.SaveChangesAsync();
        }

        var signUp = await factory.AddSignUpAsync(s => { s.Source = "hss2026"; s.Programs = "JKK,JKM,JHT"; s.MonthlyContribution = 84_800m; });

        Assert.True((await Decisions.ApproveAsync(signUp.Id, "12345678901", Rina)).Succeeded);

        await using var check = factory.Db();
        var member = await check.Members.SingleAsync();
        Assert.Equal((true, "hss2026", "JKK,JKM,JHT", selfPaid), (member.Sponsored, member.SponsorCode, member.Programs, member.SelfPaidPrograms));
        var texts = string.Join("\n---\n", await check.OutboxMessages.OrderBy(m => m.Id).Select(m => m.Text).ToListAsync());
        if (selfPaid is null)
        {
            Assert.Contains("Iuran dibayar oleh Pemkab HSS 2026 (pemerintah daerah), tidak perlu membayar sendiri.", texts, StringComparison.Ordinal);
            Assert.DoesNotContain("Rp", texts, StringComparison.Ordinal);
            return;
        }

        Assert.Contains("Iuran jaminan kecelakaan kerja (JKK), jaminan kematian (JKM) dibayar oleh Pemkab HSS 2026 (pemerintah daerah).", texts, StringComparison.Ordinal);
        Assert.Contains("Iuran jaminan hari tua (JHT) Anda bayar sendiri: Rp52.000 per bulan.", texts, StringComparison.Ordinal);
        Assert.Contains("Iuran pertama: iuran bulan Mei 2026, dibayar paling lambat 15 Mei 2026.", texts, StringComparison.Ordinal);
        Assert.Contains("Cara membayar:", texts, StringComparison.Ordinal);
        Assert.DoesNotContain("Rp84.800", texts, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApproveAsync_QuotesTheFirstMonthsTariff_NotTheAmountStoredAtSignUp()
    {
        // Clock: 11 May 2026 (WITA); an ojek driver quoted a wrong amount earlier gets the tariff's Rp68.400.
        var signUp = await factory.AddSignUpAsync(s => { s.Occupation = "ojek"; s.MonthlyContribution = 99_000m; });

        await Decisions.ApproveAsync(signUp.Id, "12345678901", Rina);

        await using var check = factory.Db();
        var messages = await check.OutboxMessages.OrderBy(m => m.Id).Select(m => m.Text).ToListAsync();
        Assert.Equal(2, messages.Count); // who is approved with the KPJ, then how to pay
        Assert.StartsWith("✅ Pendaftaran", messages[0], StringComparison.Ordinal);
        var text = messages[1];
        Assert.Contains("Iuran Anda Rp68.400 per bulan", text, StringComparison.Ordinal);
        Assert.Contains("iuran bulan Mei 2026, dibayar paling lambat 15 Mei 2026", text, StringComparison.Ordinal);
    }

    /// <summary>Issue 13: an officer's decision on PostgreSQL: member, audit entry and the worker's messages in one transaction.</summary>
    [PostgresFact]
    public async Task ApproveAsync_MakesAMemberWithAuditAndMessages_WhenTheDatabaseIsPostgres()
    {
        await using var database = await TestDb.CreateAsync(TestDb.Postgres);
        await using var onPostgres = new OfficerWebFactory { Database = database };
        var signUp = await onPostgres.AddSignUpAsync(s => s.Occupation = "ojek");

        var result = await onPostgres.Services.GetRequiredService<SignUpDecisions>().ApproveAsync(signUp.Id, "12345678901", Rina);

        Assert.True(result.Succeeded, result.Error);
        await using var check = onPostgres.Db();
        Assert.Equal(SignUpStatus.Approved, (await check.SignUps.SingleAsync()).Status);
        Assert.Equal("12345678901", (await check.Members.SingleAsync()).Kpj);
        Assert.Single(await check.AuditEntries.Where(a => a.Action == "approved").ToListAsync());
        Assert.Equal(2, await check.OutboxMessages.CountAsync());
        Assert.False((await onPostgres.Services.GetRequiredService<SignUpDecisions>().ApproveAsync(signUp.Id, "12345678902", Rina)).Succeeded);
        Assert.Single(await check.Members.ToListAsync());
    }

    [Fact]
    public async Task ApproveAsync_MakesASelfPayingMember_WithTheNoticesFirstMonthAndTheRegencysZone()
    {
        var signUp = await factory.AddSignUpAsync(s => s.PaymentPeriodMonths = 3);

        await Decisions.ApproveAsync(signUp.Id, "12345678901", Rina);

        await using var check = factory.Db();
        var member = await check.Members.SingleAsync();
        Assert.Equal(
            (signUp.Id, "12345678901", new DateOnly(2026, 5, 1), 3, "Asia/Makassar", signUp.Channel, signUp.ChatId, false, (DateOnly?)null, true),
            (member.SignUpId, member.Kpj, member.FirstContributionMonth, member.PaymentPeriodMonths, member.TimeZone, member.Channel, member.ChatId, member.Sponsored, member.PaidThrough, member.RemindersOn));
    }

    [Fact]
    public async Task ApproveAsync_MakesASponsoredMember_WhenARegencyPays()
    {
        await using (var db = factory.Db())
        {
            db.Sponsors.Add(new Sponsor { Code = "hss2026", Name = "Pemkab HSS 2026", RegencyCode = "63.06" });
            await db.SaveChangesAsync();
        }

        var signUp = await factory.AddSignUpAsync(s => s.Source = "hss2026");
        await Decisions.ApproveAsync(signUp.Id, "12345678901", Rina);

        await using var check = factory.Db();
        var member = await check.Members.SingleAsync();
        Assert.Equal((true, "hss2026"), (member.Sponsored, member.SponsorCode));
    }

    [Fact]
    public async Task RejectAsync_MakesNoMember()
    {
        var signUp = await factory.AddSignUpAsync();
        await Decisions.RejectAsync(signUp.Id, "lainnya", "Foto KTP buram", Rina);
        await using var check = factory.Db();
        Assert.False(await check.Members.AnyAsync());
    }

    [Fact]
    public async Task RejectAsync_WritesAnAuditEntry_WithBeforeAfterAndReason()
    {
        var signUp = await factory.AddSignUpAsync();

        var result = await Decisions.RejectAsync(signUp.Id, "lainnya", "Alamat kurang lengkap, mohon tulis RT/RW", Rina);

        Assert.True(result.Succeeded, result.Error);
        await using var check = factory.Db();
        var audit = await check.AuditEntries.SingleAsync();
        Assert.Equal(("petugas:rina", "rejected", signUp.Reference, factory.Time.GetUtcNow()), (audit.Actor, audit.Action, audit.EntityId, audit.At));
        Assert.Contains("\"status\":\"pending\"", audit.BeforeJson, StringComparison.Ordinal);
        Assert.Contains("\"status\":\"rejected\"", audit.AfterJson, StringComparison.Ordinal);
        Assert.Contains("Alamat kurang lengkap, mohon tulis RT/RW.", audit.AfterJson, StringComparison.Ordinal);
        Assert.Contains("\"nik\":\"6306**********01\"", audit.BeforeJson, StringComparison.Ordinal);
        Assert.DoesNotContain(signUp.Nik, audit.BeforeJson + audit.AfterJson, StringComparison.Ordinal);
        Assert.DoesNotContain(signUp.Phone[1..], audit.BeforeJson + audit.AfterJson, StringComparison.Ordinal);
        Assert.Equal("Alamat kurang lengkap, mohon tulis RT/RW.", (await check.SignUps.SingleAsync()).RejectionReason);
    }

    [Theory]
    [InlineData("2601 234 5678")]
    [InlineData("2601.234.5678")]
    [InlineData("2601-234-5678")]
    public async Task ApproveAsync_StoresTheDigitsOnly_WhenKpjIsTypedGroupedAsTheOfficialSystemShowsIt(string kpj)
    {
        var signUp = await factory.AddSignUpAsync();

        var result = await Decisions.ApproveAsync(signUp.Id, kpj, Rina);

        Assert.True(result.Succeeded, result.Error);
        await using var check = factory.Db();
        Assert.Equal("26012345678", (await check.SignUps.SingleAsync(s => s.Id == signUp.Id)).Kpj);
    }

    [Theory]
    [InlineData("1234", "Nomor KPJ harus 11 angka; yang Anda ketik 4 angka.")]
    [InlineData("123456789012", "Nomor KPJ harus 11 angka; yang Anda ketik 12 angka.")]
    [InlineData("1234567890a", "Nomor KPJ harus 11 angka, tanpa huruf; yang Anda ketik 10 angka dan 1 tanda lain (spasi, titik dan tanda hubung boleh).")]
    [InlineData("1234 5678 90", "Nomor KPJ harus 11 angka; yang Anda ketik 10 angka.")]
    [InlineData("١٢٣٤٥٦٧٨٩٠١", "Nomor KPJ harus 11 angka, tanpa huruf; yang Anda ketik 0 angka dan 11 tanda lain (spasi, titik dan tanda hubung boleh).")]
    [InlineData("1234 567 8901", "Nomor KPJ 12345678901 sudah dipakai pendaftaran lain.")]
    [InlineData(null, "Nomor KPJ harus 11 angka; belum ada yang Anda ketik.")]
    [InlineData("12345678901", "Nomor KPJ 12345678901 sudah dipakai pendaftaran lain.")]
    public async Task ApproveAsync_RefusesInIndonesianAndChangesNothing_WhenKpjIsBadOrTaken(string? kpj, string error)
    {
        var member = await factory.AddSignUpAsync();
        await Decisions.ApproveAsync(member.Id, "12345678901", Rina);
        var signUp = await factory.AddSignUpAsync();

        var result = await Decisions.ApproveAsync(signUp.Id, kpj, Rina);

        Assert.False(result.Succeeded);
        Assert.Equal(error, result.Error);
        await using var check = factory.Db();
        var saved = await check.SignUps.SingleAsync(s => s.Id == signUp.Id);
        Assert.Equal((SignUpStatus.Pending, null, null), (saved.Status, saved.Kpj, saved.DecidedBy));
        Assert.Equal(1, await check.AuditEntries.CountAsync());
        Assert.Equal(2, await check.OutboxMessages.CountAsync()); // the first member's approval, in two messages
    }
}
