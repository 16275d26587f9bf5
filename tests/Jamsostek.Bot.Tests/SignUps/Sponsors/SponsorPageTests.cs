using Jamsostek.Bot.Tests.TestSupport;
using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Jamsostek.Bot.SignUps.Sponsors;
using Jamsostek.Bot.Tests.Officers;
using Microsoft.EntityFrameworkCore;

namespace Jamsostek.Bot.Tests.SignUps.Sponsors;

public sealed partial class SponsorPageTests : IAsyncLifetime
{
    private readonly OfficerWebFactory factory = new();

    public async Task InitializeAsync()
    {
        await factory.AddOfficerAsync("rina", "petugas", "63.06");
        await using var db = factory.Db();
        db.Sponsors.Add(new Sponsor { Code = "hss2026", Name = "Pemkab HSS 2026", RegencyCode = "63.06", QuotaPerVillage = 100, LegalBasis = "Perbup HSS No. 1 Tahun 2026" });
        db.Sponsors.Add(new Sponsor { Code = "kh2026", Name = "Pemkab Kapuas Hulu 2026", RegencyCode = "61.06" });
        await db.SaveChangesAsync();
    }

    public Task DisposeAsync()
    {
        factory.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Sponsor_ChecksAnXlsxListAndOffersTheRowsToFix_ForAnOfficerOfTheProgrammesRegencyOnly()
    {
        using var rina = await factory.SignedInAsync("rina");
        var page = await rina.GetStringAsync(new Uri("/petugas/sponsor", UriKind.Relative));
        Assert.Contains("Perbup HSS No. 1 Tahun 2026", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Kapuas Hulu", page, StringComparison.Ordinal);

        var village = SponsorList.Villages[0];
        byte[] List() => SponsorListReaderTests.Xlsx(
            (1, ["NIK", "Nama", "No HP", "Desa", "Pekerjaan"]),
            (2, ["6306010101900001", "Siti Aminah", "081234567890", village.Name, "pekerja rentan"]),
            (3, ["630601010190001", "Budi", "081234567891", village.Code, "pekerja rentan"])).ToArray();

        var (status, dry) = await PostListAsync(rina, "hss2026", List(), dryRun: true);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("2 baris: 1 sah, 1 perlu diperbaiki. Uji saja", dry, StringComparison.Ordinal);
        var link = WebUtility.HtmlDecode(Download().Match(dry).Groups[1].Value);
        var corrected = await rina.GetStringAsync(new Uri(link, UriKind.Relative));
        Assert.Equal("NIK,Nama,No HP,Desa,Pekerjaan,Baris asal,Keterangan\r\n630601010190001,Budi,081234567891," + village.Code + ",pekerja rentan,3,\"NIK harus 16 angka, tertulis 15 angka.\"\r\n", corrected.TrimStart('\uFEFF'));

        var (_, real) = await PostListAsync(rina, "hss2026", List(), dryRun: false);
        Assert.Contains("1 undangan dibuat.", real, StringComparison.Ordinal);
        await using (var db = factory.Db())
        {
            var invitation = await db.SponsorInvitations.SingleAsync();
            Assert.Equal(("Siti Aminah", "+6281234567890", village.Code, 2), (invitation.FullName, invitation.Phone, invitation.VillageCode, invitation.SourceLine));
        }

        Assert.Equal(HttpStatusCode.NotFound, (await PostListAsync(rina, "kh2026", List(), dryRun: true)).Status);
        using var other = factory.Client();
        Assert.NotEqual(HttpStatusCode.OK, (await other.GetAsync(new Uri(link, UriKind.Relative))).StatusCode);
    }

    private static async Task<(HttpStatusCode Status, string Html)> PostListAsync(HttpClient client, string code, byte[] xlsx, bool dryRun)
    {
        var page = await client.GetStringAsync(new Uri("/petugas/sponsor", UriKind.Relative));
        using var content = new MultipartFormDataContent();
        content.Add(new StringContent(OfficerWebFactory.TokenOf(page)), "__RequestVerificationToken");
        content.Add(new StringContent(code), "kode");
        if (dryRun)
        {
            content.Add(new StringContent("true"), "uji");
        }

        var file = new ByteArrayContent(xlsx);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        content.Add(file, "berkas", "daftar.xlsx");
        using var response = await client.PostAsync(new Uri("/petugas/sponsor", UriKind.Relative), content);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    [GeneratedRegex("href=\"(/petugas/sponsor\\?handler=perbaikan[^\"]+)\"")]
    private static partial Regex Download();
}
