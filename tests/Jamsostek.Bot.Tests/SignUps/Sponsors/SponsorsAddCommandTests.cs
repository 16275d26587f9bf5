using Jamsostek.Bot.Data;
using Jamsostek.Bot.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jamsostek.Bot.Tests.SignUps.Sponsors;

/// <summary><c>sponsors add</c> takes the console's fields and checks (the per-village list too), audits, and a sponsor officer is made with <c>officers add --role sponsor</c>.</summary>
public sealed class SponsorsAddCommandTests
{
    [Fact]
    public async Task Add_StoresEveryFieldAndAudits_ThenASponsorOfficerIsTiedToIt()
    {
        using var database = new TempDatabase();

        var add = await BotCli.RunAsync(["sponsors", "add", "hss2026", "--name", "Pemkab HSS 2026", "--regency", "63.06", "--quota", "5000",
            "--quota-per-village", "100", "--village-quota", "63.06.05.1001=120;63.06.05.1002=80", "--programs", "JKK,JKM,JHT",
            "--budget-year", "2026", "--period", "2026-01..2026-12", "--db", database.DbPath]);
        var officer = await BotCli.RunAsync(["officers", "add", "sari", "--role", "sponsor", "--sponsor", "hss2026", "--password", OfficerWebFactory.Password, "--db", database.DbPath]);
        var again = await BotCli.RunAsync(["sponsors", "add", "hss2026", "--name", "Lagi", "--regency", "63.06", "--db", database.DbPath]);

        Assert.Equal((0, 0, 1), (add.ExitCode, officer.ExitCode, again.ExitCode));
        using var host = await BotServices.StartAsync(database.DbPath);
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<BotDbContext>>().CreateDbContextAsync();
        var sponsor = await db.Sponsors.SingleAsync();
        Assert.Equal(("JKK,JKM,JHT", 120, 80, 100), (sponsor.Programs, sponsor.QuotaFor("63.06.05.1001"), sponsor.QuotaFor("63.06.05.1002"), sponsor.QuotaFor("63.06.05.1003")));
        Assert.Equal("sponsor-added", (await db.AuditEntries.SingleAsync(a => a.EntityType == "Sponsor")).Action);
        var sari = await db.Users.SingleAsync(u => u.UserName == "sari");
        Assert.Equal(("hss2026", "63.06"), (sari.Sponsors, sari.Regencies));
    }

    [Theory]
    [InlineData("--budget-year", "26", "--budget-year: Tahun anggaran ditulis empat angka")]
    [InlineData("--village-quota", "Karang Jawa 120", "--village-quota: Baris 1")]
    [InlineData("--programs", "JKK", "--programs: Program dibayar: JKK dan JKM")]
    [InlineData("--regency", "99.99", "--regency: Kabupaten/kota dengan kode '99.99' tidak dikenal")]
    public async Task Add_IsAUsageErrorNamingTheOption_WhenAFieldIsWrong(string option, string value, string expected)
    {
        using var database = new TempDatabase();
        var args = new List<string> { "sponsors", "add", "hss2026", "--name", "Pemkab HSS", "--regency", "63.06", "--db", database.DbPath };
        var at = args.IndexOf(option);
        if (at >= 0)
        {
            args[at + 1] = value;
        }
        else
        {
            args.AddRange([option, value]);
        }

        var run = await BotCli.RunAsync([.. args]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(expected, run.Stderr, StringComparison.Ordinal);
    }
}
