using System.Net;
using System.Text;
using Jamsostek.Bot.Officers;
using Jamsostek.Bot.SignUps;
using Jamsostek.Dialogs.Engine;
using Microsoft.EntityFrameworkCore;
using Jamsostek.Bot.Shared;
using Jamsostek.Bot.Tests.TestSupport;

namespace Jamsostek.Bot.Tests.Officers;

/// <summary>Antiforgery on reject and logout, CSV injection and scoping of the export, the export's time zone.</summary>
public sealed class ConsoleSafetyTests() : OfficerConsoleTest(withAdmin: false)
{
    [Fact]
    public async Task Reject_IsRefused_WithoutAntiforgeryToken()
    {
        var signUp = await Factory.AddSignUpAsync();
        using var client = await Factory.SignedInAsync("rina");
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["alasan"] = "identitas", ["konfirmasi"] = "true" });

        using var response = await client.PostAsync(new Uri($"/petugas/pendaftaran/{signUp.Id}?handler=Reject", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await using var db = Factory.Db();
        Assert.Equal(SignUpStatus.Pending, (await db.SignUps.SingleAsync(s => s.Id == signUp.Id)).Status);
        Assert.False(await db.OutboxMessages.AnyAsync());
    }

    [Fact]
    public async Task Logout_IsRefused_WithoutAntiforgeryToken_AndTheSessionStays()
    {
        using var client = await Factory.SignedInAsync("rina");
        using var content = new FormUrlEncodedContent([]);

        using var response = await client.PostAsync(new Uri("/petugas/keluar", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var queue = await client.GetAsync(new Uri("/petugas", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, queue.StatusCode);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "'=HYPERLINK")]
    [InlineData("+62 1", "'+62 1")]
    [InlineData("-1+1", "'-1+1")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    public void Line_NeutralisesFormulas(string value, string expectedStart) =>
        Assert.StartsWith(expectedStart, Csv.Line([value]).TrimStart('"'), StringComparison.Ordinal);

    [Fact]
    public async Task Export_IsScoped_NeutralisesFormulas_AndStatesTheZone()
    {
        await Factory.AddSignUpAsync(s => { s.Status = SignUpStatus.Approved; s.Kpj = "12345678901"; s.DecidedAt = Factory.Time.GetUtcNow(); s.FullName = "=CMD()"; });
        var other = await Factory.AddSignUpAsync(s => { s.Status = SignUpStatus.Approved; s.Kpj = "12345678902"; s.DecidedAt = Factory.Time.GetUtcNow(); s.RegencyCode = "63.07"; });
        using var client = await Factory.SignedInAsync("rina");

        var csv = Encoding.UTF8.GetString(await client.GetByteArrayAsync(new Uri("/petugas/ekspor?handler=csv&dari=2026-05-01&sampai=2026-05-31", UriKind.Relative)));

        Assert.Contains(",'=CMD(),", csv, StringComparison.Ordinal);
        Assert.DoesNotContain(other.Kpj!, csv, StringComparison.Ordinal);
        Assert.Contains("Tanggal disetujui (waktu setempat pekerja)", csv, StringComparison.Ordinal);
        Assert.Contains("11-05-2026 09:00 WITA", csv, StringComparison.Ordinal);
    }
}
