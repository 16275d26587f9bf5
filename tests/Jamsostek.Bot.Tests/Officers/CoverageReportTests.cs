using Jamsostek.Bot.Officers;
using Jamsostek.Bot.SignUps;
using Jamsostek.Bot.SignUps.Sponsors;
using Jamsostek.Bpu;
using Jamsostek.Dialogs.Engine;
using Microsoft.Extensions.DependencyInjection;
using Jamsostek.Bot.SignUps.Coverage;
using Jamsostek.Bot.Tests.TestSupport;

namespace Jamsostek.Bot.Tests.Officers;

/// <summary>Coverage: catalogue villages at zero, a sponsor's quota counting only its own sign-ups, a regency quota from villages × per-village quota.</summary>
public sealed class CoverageReportTests() : OfficerConsoleTest(withAdmin: false)
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await using var db = Factory.Db();
        db.Sponsors.Add(new Sponsor { Code = "hss2026", Name = "Pemkab HSS 2026", RegencyCode = "63.06", QuotaPerVillage = 100 });
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task Report_CountsOnlyTheSponsorsOwnSignUps_AgainstPerVillageAndDerivedRegencyQuota()
    {
        await Factory.AddSignUpAsync(s => { s.Status = SignUpStatus.Approved; s.Source = "hss2026"; });
        await Factory.AddSignUpAsync(s => { s.Status = SignUpStatus.Approved; s.Source = "hss2026"; });
        await Factory.AddSignUpAsync(s => s.Status = SignUpStatus.Approved);
        await Factory.AddSignUpAsync(s => s.Source = "hss2026");
        await Factory.AddSignUpAsync(s => { s.RegencyCode = "63.07"; s.VillageCode = "63.07.01.2001"; });
        await using (var db = Factory.Db())
        {
            // Seeded in a village of the catalogue, so the village list is exactly the catalogue's.
            foreach (var s in db.SignUps.Where(s => s.RegencyCode == "63.06"))
            {
                s.VillageCode = "63.06.05.1002";
            }

            var sponsor = db.Sponsors.Single();
            foreach (var (code, regencyCode, village, status) in new[] { ("u_1", "63.06", "63.06.05.1001", SponsorInvitationStatus.Invited), ("u_2", "63.06", "63.06.05.1001", SponsorInvitationStatus.Invited), ("u_3", "63.06", "63.06.05.1001", SponsorInvitationStatus.Consented), ("u_4", "63.07", "63.07.01.2001", SponsorInvitationStatus.Invited) })
            {
                db.SponsorInvitations.Add(new SponsorInvitation { SponsorId = sponsor.Id, Code = code, Status = status, Nik = "6306010101900001", FullName = "Warga", RegencyCode = regencyCode, VillageCode = village, Occupation = string.Empty });
            }

            await db.SaveChangesAsync();
        }

        var report = Factory.Services.GetRequiredService<CoverageReport>();
        var regions = Factory.Services.GetRequiredService<RegionCatalog>();
        var villageCount = regions.DistrictsOf("63.06").Sum(d => regions.VillagesOf(d.Code).Count);
        var scope = OfficerScopes.Of(new Officer { UserName = "rina", Regencies = "63.06" }, isAdmin: false);

        var regencies = await report.ByRegencyAsync(scope);
        var villages = await report.ByVillageAsync("63.06", scope);

        var regency = Assert.Single(regencies);
        Assert.Equal(("63.06", 3, 1, villageCount * 100, 2), (regency.Code, regency.Approved, regency.Pending, regency.Quota, regency.Sponsored));
        Assert.Equal(villageCount, villages.Count);
        var busy = villages.Single(v => v.Code == "63.06.05.1002");
        Assert.Equal((3, 1, 100, 2), (busy.Approved, busy.Pending, busy.Quota, busy.Sponsored));
        var quiet = villages.Single(v => v.Code == "63.06.05.1001");
        Assert.Equal((0, 0, 100, 0), (quiet.Total, quiet.Approved, quiet.Quota, quiet.Sponsored));
        Assert.Equal((2, 2, 0), (regency.Invited, quiet.Invited, busy.Invited)); // invited, not yet consented; 63.07's is not rina's
    }

    [Fact]
    public async Task Page_ShowsOnlyThePetugasRegencies_AndZeroVillages()
    {
        await Factory.AddSignUpAsync(s => { s.Status = SignUpStatus.Approved; s.Source = "hss2026"; });
        await Factory.AddSignUpAsync(s => { s.RegencyCode = "63.07"; s.VillageCode = "63.07.01.2001"; });
        using var client = await Factory.SignedInAsync("rina");

        var html = await client.GetStringAsync(new Uri("/petugas/cakupan?kosong=tampil", UriKind.Relative));

        Assert.Contains("Kandangan Kota", html, StringComparison.Ordinal);
        Assert.DoesNotContain("cakupan?kabupaten=63.07", html, StringComparison.Ordinal);
        Assert.Contains("<td data-label=\"Kuota sponsor\">100</td><td data-label=\"Lewat sponsor\">1</td><td data-label=\"Capaian kuota\">1%</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chart_LabelsEachBarWithWhatItShows_ApprovedAndPendingAndQuota()
    {
        for (var i = 0; i < 5; i++)
        {
            var approved = i < 3;
            await Factory.AddSignUpAsync(s => { s.Status = approved ? SignUpStatus.Approved : SignUpStatus.Pending; s.VillageCode = "63.06.05.1002"; });
        }

        using var client = await Factory.SignedInAsync("rina");

        var html = await client.GetStringAsync(new Uri("/petugas/cakupan?kabupaten=63.06", UriKind.Relative));

        Assert.Contains(" · 3 disetujui · 2 menunggu · kuota 100</text>", html, StringComparison.Ordinal);
        Assert.Contains(" · 0 disetujui · 0 menunggu · kuota 100</text>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_ListsBusiestVillagesFirstWithTheirDistrict_HidesEmptyOnesUntilAsked_AndGivesQuotaPercentages()
    {
        await Factory.AddSignUpAsync(s => { s.Status = SignUpStatus.Approved; s.Source = "hss2026"; s.VillageCode = "63.06.05.1002"; });
        await Factory.AddSignUpAsync(s => s.VillageCode = "63.06.05.1002");
        await Factory.AddSignUpAsync(s => s.VillageCode = "63.06.05.1001");
        using var client = await Factory.SignedInAsync("rina");

        var html = await client.GetStringAsync(new Uri("/petugas/cakupan?kabupaten=63.06", UriKind.Relative));
        var all = await client.GetStringAsync(new Uri("/petugas/cakupan?kabupaten=63.06&kosong=tampil", UriKind.Relative));

        var table = html[html.IndexOf("<table class=\"kartu\">", StringComparison.Ordinal)..];
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Count(table, "<td data-label=\"Desa\">"));
        Assert.Contains("<td data-label=\"Kecamatan\">Kec. ", table, StringComparison.Ordinal);
        Assert.Contains("desa tanpa pendaftaran disembunyikan", html, StringComparison.Ordinal);
        Assert.True(System.Text.RegularExpressions.Regex.Count(all, "<td data-label=\"Desa\">") > 2);
        Assert.Contains("<th>Capaian kuota</th>", html, StringComparison.Ordinal);
        Assert.Contains("<td data-label=\"Capaian kuota\">1%</td>", Row(table, 0), StringComparison.Ordinal); // the busiest village (2): 1 of 100 through the sponsor
        Assert.Contains("<td data-label=\"Menunggu keputusan\">1</td><td data-label=\"Disetujui\">1</td>", Row(table, 0), StringComparison.Ordinal);
    }

    private static string Row(string table, int n) => table.Split("<tr>", StringSplitOptions.None)[n + 2];
}
