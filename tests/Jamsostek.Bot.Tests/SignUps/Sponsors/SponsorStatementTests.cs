using Jamsostek.Bot.Tests.TestSupport;
using System.Net;
using Jamsostek.Bot.Members;
using Jamsostek.Bot.SignUps.Sponsors;
using Jamsostek.Bot.Tests.Officers;
using Jamsostek.Bpu;
using Microsoft.Extensions.DependencyInjection;

namespace Jamsostek.Bot.Tests.SignUps.Sponsors;

public sealed class SponsorStatementTests : IAsyncLifetime
{
    private readonly OfficerWebFactory factory = new();

    public async Task InitializeAsync()
    {
        await factory.AddOfficerAsync("rina", "petugas", "63.06");
        await factory.AddOfficerAsync("yudi", "petugas", "61.06");
        await using var db = factory.Db();
        db.Sponsors.Add(new Sponsor { Code = "hss2026", Name = "Pemkab HSS 2026", RegencyCode = "63.06", Programs = "JKK,JKM", PeriodStart = new DateOnly(2026, 1, 1), PeriodEnd = new DateOnly(2026, 12, 1) });
        db.Members.AddRange(Member(1, "hss2026", new DateOnly(2026, 4, 1)), Member(2, null, new DateOnly(2026, 4, 1)), Member(3, "hss2026", new DateOnly(2026, 6, 1)));
        await db.SaveChangesAsync();
    }

    public Task DisposeAsync()
    {
        factory.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Tagihan_BillsTheSponsorsCoveredMembersAtTheFullRate_WithoutTheReliefASelfPayerGetsThatMonth()
    {
        var tariff = factory.Services.GetRequiredService<Tariff>();
        var may = new DateOnly(2026, 5, 1);
        var selfPaid = tariff.Quote(1_000_000m, [BpuProgram.Jkk, BpuProgram.Jkm], may, "pedagang", sponsored: false);
        var sponsored = tariff.Quote(1_000_000m, [BpuProgram.Jkk, BpuProgram.Jkm], may, "pedagang", sponsored: true);
        Assert.True(selfPaid.Total < selfPaid.TotalWithoutRelief, "the relief applies to a self-payer in May 2026 (domain-bpu.md)");
        Assert.Equal(sponsored.TotalWithoutRelief, sponsored.Total);

        using var rina = await factory.SignedInAsync("rina");
        var csv = (await rina.GetStringAsync(new Uri("/petugas/sponsor/tagihan?handler=csv&kode=hss2026&bulan=2026-05", UriKind.Relative))).TrimStart('\uFEFF');

        var amount = sponsored.Total.ToString("0", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(
            "KPJ,Nama,NIK,Kode desa,Desa,Program,Iuran (Rp)\r\n"
            + $"10000000001,Pekerja 1,6306**********01,63.06.01.2001,Hamalau,JKK+JKM,{amount}\r\n"
            + $"Jumlah,1,,,,,{amount}\r\n",
            csv);
        var page = await rina.GetStringAsync(new Uri("/petugas/sponsor/tagihan?kode=hss2026&bulan=2026-05", UriKind.Relative));
        Assert.Contains("1 peserta, jumlah", page, StringComparison.Ordinal);

        using var yudi = await factory.SignedInAsync("yudi");
        Assert.Equal(HttpStatusCode.NotFound, (await yudi.GetAsync(new Uri("/petugas/sponsor/tagihan?kode=hss2026", UriKind.Relative))).StatusCode);
    }

    /// <summary>A member who added JHT and pays it themselves is billed to the sponsor as one who did not: JKK and JKM only.</summary>
    [Fact]
    public async Task ForMonthAsync_BillsOnlyWhatTheSponsorPays_WhenAMemberPaysJhtThemselves()
    {
        await using (var db = factory.Db())
        {
            var withJht = Member(4, "hss2026", new DateOnly(2026, 4, 1));
            withJht.Programs = "JKK,JKM,JHT";
            withJht.SelfPaidPrograms = "JHT";
            db.Members.Add(withJht);
            await db.SaveChangesAsync();
        }

        var sponsor = new Sponsor { Code = "hss2026", Name = "Pemkab HSS 2026", RegencyCode = "63.06", Programs = "JKK,JKM", PeriodStart = new DateOnly(2026, 1, 1), PeriodEnd = new DateOnly(2026, 12, 1) };
        var statement = await factory.Services.GetRequiredService<SponsorStatement>().ForMonthAsync(sponsor, new DateOnly(2026, 5, 1));

        var tariff = factory.Services.GetRequiredService<Tariff>();
        var basic = tariff.Quote(1_000_000m, [BpuProgram.Jkk, BpuProgram.Jkm], new DateOnly(2026, 5, 1), "pedagang", sponsored: true).Total;
        Assert.Equal([("10000000001", basic), ("10000000004", basic)], statement.Rows.Select(r => (r.Kpj, r.Amount)));
    }

    private static Member Member(int n, string? sponsor, DateOnly first) => new()
    {
        SignUpId = n, Kpj = $"1000000000{n}", Nik = $"63060552089000{n:D2}", FullName = $"Pekerja {n}", RegencyCode = "63.06", VillageCode = "63.06.01.2001",
        Programs = "JKK,JKM", PaymentPeriodMonths = 1, MonthlyIncome = 1_000_000m, Occupation = "pedagang", FirstContributionMonth = first,
        TimeZone = "Asia/Makassar", Channel = "terminal", ChatId = $"chat-{n}", Sponsored = sponsor is not null, SponsorCode = sponsor,
    };
}
