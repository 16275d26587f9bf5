using System.Net;
using System.Net.Http.Headers;
using Jamsostek.Bot.Members;
using Jamsostek.Bot.Officers;
using Jamsostek.Bot.Tests.Officers;
using Microsoft.EntityFrameworkCore;
using Jamsostek.Bot.Tests.TestSupport;

namespace Jamsostek.Bot.Tests.Reminders;

public sealed class MemberPagesTests : IAsyncLifetime
{
    private readonly OfficerWebFactory factory = new();

    public async Task InitializeAsync()
    {
        await factory.AddOfficerAsync("rina", OfficerRoles.Petugas, "63.06");
        await factory.AddOfficerAsync("budi", OfficerRoles.Admin);
        await using var db = factory.Db();
        db.Members.AddRange(Member(1, "63.06", "Siti Banjar"), Member(2, "62.01", "Dewi Kotawaringin"));
        await db.SaveChangesAsync();
    }

    public async Task DisposeAsync() => await factory.DisposeAsync();

    [Fact]
    public async Task Peserta_ShowsOnlyTheOfficersRegencies_WithArrearsAndNextPayment()
    {
        using var rina = await factory.SignedInAsync("rina");
        var html = await rina.GetStringAsync(new Uri("/petugas/peserta", UriKind.Relative));

        Assert.Contains("Siti Banjar", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Dewi Kotawaringin", html, StringComparison.Ordinal);
        Assert.Contains("15 Mei 2026", html, StringComparison.Ordinal); // clock 11 May 2026: May still ahead
        var arrears = await rina.GetStringAsync(new Uri("/petugas/peserta?tunggakan=1", UriKind.Relative));
        Assert.DoesNotContain("Siti Banjar", arrears, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pembayaran_ImportsAFile_ForAdminsOnly_AndAppliesNothingWhenARowIsBad()
    {
        using var rina = await factory.SignedInAsync("rina");
        Assert.Equal(HttpStatusCode.Forbidden, (await rina.GetAsync(new Uri("/petugas/pembayaran", UriKind.Relative))).StatusCode);

        using var budi = await factory.SignedInAsync("budi");
        var bad = await PostFileAsync(budi, "nik,kpj,months,amount,paid_at,reference\n6306055208900001,10000000001,1,8400,2026-05-05,REF-1\n6306055208900001,1000000000,1,8400,2026-05-05,REF-2\n");
        Assert.Contains("baris 3: KPJ harus 11 angka", bad, StringComparison.Ordinal);
        await using (var db = factory.Db())
        {
            Assert.False(await db.Payments.AnyAsync());
        }

        var good = await PostFileAsync(budi, "nik,kpj,months,amount,paid_at,reference\n6306055208900001,10000000001,1,8400,2026-05-05,REF-1\n");
        Assert.Contains("Dicatat: 1.", good, StringComparison.Ordinal);
        await using var check = factory.Db();
        Assert.Equal(new DateOnly(2026, 5, 1), (await check.Members.SingleAsync(m => m.Kpj == "10000000001")).PaidThrough);
    }

    private static async Task<string> PostFileAsync(HttpClient client, string csv)
    {
        var page = await client.GetStringAsync(new Uri("/petugas/pembayaran", UriKind.Relative));
        using var content = new MultipartFormDataContent();
        content.Add(new StringContent(OfficerWebFactory.TokenOf(page)), "__RequestVerificationToken");
        var file = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        content.Add(file, "berkas", "bayar.csv");
        using var response = await client.PostAsync(new Uri("/petugas/pembayaran", UriKind.Relative), content);
        return await response.Content.ReadAsStringAsync();
    }

    private static Member Member(int n, string regency, string name) => new()
    {
        SignUpId = n, Kpj = $"1000000000{n}", Nik = n == 1 ? "6306055208900001" : "6201055208900002", FullName = name, RegencyCode = regency,
        VillageCode = regency + ".05.2001", Programs = "JKK,JKM", PaymentPeriodMonths = 1, MonthlyIncome = 1_000_000m, Occupation = "pedagang",
        FirstContributionMonth = new DateOnly(2026, 5, 1), TimeZone = regency.StartsWith("63", StringComparison.Ordinal) ? "Asia/Makassar" : "Asia/Pontianak",
        Channel = "terminal", ChatId = $"chat-{n}",
    };
}
