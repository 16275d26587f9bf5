using Jamsostek.Bot.Tests.TestSupport;
using System.Net;
using Jamsostek.Bot.SignUps.Sponsors;
using Jamsostek.Bot.Tests.Officers;
using Jamsostek.Dialogs.Engine;

namespace Jamsostek.Bot.Tests.SignUps.Sponsors;

public sealed class SponsorCoverageTests : IAsyncLifetime
{
    private readonly OfficerWebFactory factory = new();

    public async Task InitializeAsync()
    {
        await factory.AddOfficerAsync("rina", "petugas", "63.06");
        await factory.AddOfficerAsync("yudi", "petugas", "61.06");
        await using var db = factory.Db();
        var sponsor = new Sponsor { Code = "hss2026", Name = "Pemkab HSS 2026", RegencyCode = "63.06", QuotaPerVillage = 3 };
        db.Sponsors.Add(sponsor);
        await db.SaveChangesAsync();
        var at = factory.Time.GetUtcNow().AddDays(-1);
        // Hamalau (63.06.01.2001): 2 covered, 1 pending, 1 invited; Telaga Bidadari (…2002): 3 covered, its quota met.
        var n = 0;
        foreach (var (village, status) in new[] { ("2001", SignUpStatus.Approved), ("2001", SignUpStatus.Approved), ("2001", SignUpStatus.Pending), ("2002", SignUpStatus.Approved), ("2002", SignUpStatus.Approved), ("2002", SignUpStatus.Approved), ("2002", SignUpStatus.Rejected) })
        {
            var s = SignUpSeed.Make(++n, at);
            (s.Source, s.Status, s.VillageCode, s.DistrictCode) = ("hss2026", status, $"63.06.01.{village}", "63.06.01");
            db.SignUps.Add(s);
        }

        db.SponsorInvitations.Add(new SponsorInvitation { SponsorId = sponsor.Id, Code = "u_test", Nik = "6306010101900001", FullName = "Siti", RegencyCode = "63.06", VillageCode = "63.06.01.2001", Occupation = string.Empty, CreatedAt = at });
        await db.SaveChangesAsync();
    }

    public Task DisposeAsync()
    {
        factory.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Cakupan_CountsCoveredPendingAndInvitedPerVillage_FurthestFromTheQuotaFirst_ForTheRegencysOfficerOnly()
    {
        using var rina = await factory.SignedInAsync("rina");
        var csv = (await rina.GetStringAsync(new Uri("/petugas/sponsor/cakupan?handler=csv&kode=hss2026", UriKind.Relative))).TrimStart('\uFEFF').Split("\r\n");

        Assert.Equal("Kode desa,Desa,Kuota,Terlindungi,Menunggu keputusan,Diundang belum setuju,Kurang dari kuota", csv[0]);
        var hamalau = Array.FindIndex(csv, l => l.StartsWith("63.06.01.2001,", StringComparison.Ordinal));
        var telaga = Array.FindIndex(csv, l => l.StartsWith("63.06.01.2002,", StringComparison.Ordinal));
        Assert.Equal("63.06.01.2001,Hamalau,3,2,1,1,1", csv[hamalau]);
        Assert.Equal("63.06.01.2002,Telaga Bidadari,3,3,0,0,0", csv[telaga]);
        Assert.StartsWith("63.06.01.2003,", csv[1], StringComparison.Ordinal); // an untouched village is 3 short: before both
        Assert.True(hamalau < telaga);

        using var yudi = await factory.SignedInAsync("yudi");
        Assert.Equal(HttpStatusCode.NotFound, (await yudi.GetAsync(new Uri("/petugas/sponsor/cakupan?kode=hss2026", UriKind.Relative))).StatusCode);
    }
}
