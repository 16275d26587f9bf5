using System.Net;
using Jamsostek.Bot.Officers;
using Jamsostek.Bot.SignUps;
using Jamsostek.Dialogs.Engine;
using Microsoft.EntityFrameworkCore;
using Jamsostek.Bot.Tests.TestSupport;

namespace Jamsostek.Bot.Tests.Officers;

/// <summary>The officer console through HTTP (WebApplicationFactory over the real host and a temp SQLite file).</summary>
public sealed class OfficerConsoleTests : OfficerConsoleTest
{
    [Fact]
    public async Task Queue_RedirectsToLogin_WhenAnonymous()
    {
        using var client = Factory.Client();
        using var response = await client.GetAsync(new Uri("/petugas", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/petugas/masuk", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_SendSecurityHeaders_Always()
    {
        using var client = Factory.Client();
        using var response = await client.GetAsync(new Uri("/petugas/masuk", UriKind.Relative));
        Assert.Equal(SecurityHeadersMiddleware.ContentSecurityPolicy, response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task Login_LocksAccount_AfterFiveWrongPasswords()
    {
        using var client = Factory.Client();
        for (var i = 0; i < 5; i++)
        {
            using var wrong = await OfficerWebFactory.PostFormAsync(client, "/petugas/masuk", new() { ["UserName"] = "rina", ["Password"] = "salah-salah" });
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }

        using var right = await OfficerWebFactory.PostFormAsync(client, "/petugas/masuk", new() { ["UserName"] = "rina", ["Password"] = OfficerWebFactory.Password });
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        // Still locked out (the right password is refused), but the page does not say so: see SignInProtectionTests.
        Assert.Contains(Jamsostek.Bot.Pages.Petugas.MasukModel.Refused, await right.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_IsRefused_WithoutAntiforgeryToken()
    {
        using var client = Factory.Client();
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["UserName"] = "rina", ["Password"] = OfficerWebFactory.Password });
        using var response = await client.PostAsync(new Uri("/petugas/masuk", UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Approve_IsRefused_WithoutAntiforgeryToken()
    {
        var signUp = await Factory.AddSignUpAsync();
        using var client = await Factory.SignedInAsync("rina");
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["kpj"] = "12345678901", ["konfirmasi"] = "true" });
        using var response = await client.PostAsync(new Uri($"/petugas/pendaftaran/{signUp.Id}?handler=Approve", UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await using var db = Factory.Db();
        Assert.Equal(SignUpStatus.Pending, (await db.SignUps.SingleAsync(s => s.Id == signUp.Id)).Status);
    }

    [Fact]
    public async Task Petugas_SeesOnlyAssignedRegencies_EvenByGuessingIds()
    {
        var mine = await Factory.AddSignUpAsync();
        var other = await Factory.AddSignUpAsync(s => { s.RegencyCode = "63.07"; s.DistrictCode = "63.07.01"; s.VillageCode = "63.07.01.2001"; s.FullName = "Orang Lain"; });
        using var client = await Factory.SignedInAsync("rina");

        var queue = await client.GetStringAsync(new Uri("/petugas", UriKind.Relative));
        Assert.Contains(mine.Reference, queue, StringComparison.Ordinal);
        Assert.DoesNotContain(other.Reference, queue, StringComparison.Ordinal);

        using var detail = await client.GetAsync(new Uri($"/petugas/pendaftaran/{other.Id}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, detail.StatusCode);

        using var approve = await OfficerWebFactory.PostFormAsync(client, $"/petugas/pendaftaran/{mine.Id}",
            new() { ["kpj"] = "12345678901", ["konfirmasi"] = "true" }, $"/petugas/pendaftaran/{other.Id}?handler=Approve");
        Assert.Equal(HttpStatusCode.NotFound, approve.StatusCode);
        await using var db = Factory.Db();
        Assert.Equal(SignUpStatus.Pending, (await db.SignUps.SingleAsync(s => s.Id == other.Id)).Status);

        using var admin = await Factory.SignedInAsync("boss");
        Assert.Contains(other.Reference, await admin.GetStringAsync(new Uri("/petugas", UriKind.Relative)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Approve_TellsTheWorkerThroughTheOutbox_AndLeavesTheQueue()
    {
        var signUp = await Factory.AddSignUpAsync();
        using var client = await Factory.SignedInAsync("rina");
        var page = $"/petugas/pendaftaran/{signUp.Id}";

        using var response = await OfficerWebFactory.PostFormAsync(client, page, new() { ["kpj"] = "12345678901", ["konfirmasi"] = "true" }, page + "?handler=Approve");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = Factory.Db();
        var saved = await db.SignUps.SingleAsync(s => s.Id == signUp.Id);
        Assert.Equal(SignUpStatus.Approved, saved.Status);
        Assert.Equal("12345678901", saved.Kpj);
        Assert.Equal("rina", saved.DecidedBy);
        var messages = await db.OutboxMessages.Where(m => m.ChatId == signUp.ChatId).OrderBy(m => m.Id).ToListAsync();
        Assert.Equal(2, messages.Count); // the KPJ first, then how to pay
        Assert.All(messages, m => Assert.Equal("telegram", m.Channel));
        Assert.Contains("12345678901", messages[0].Text, StringComparison.Ordinal);
        Assert.Contains(signUp.Reference, messages[0].Text, StringComparison.Ordinal);
        Assert.Contains("jaminan hari tua (JHT)", messages[0].Text, StringComparison.Ordinal);
        Assert.Contains("Rp68.400", messages[1].Text, StringComparison.Ordinal);
        Assert.Contains("iuran bulan Mei 2026", messages[1].Text, StringComparison.Ordinal);
        Assert.Contains("15 Mei 2026", messages[1].Text, StringComparison.Ordinal);
        var audit = await db.AuditEntries.SingleAsync(a => a.EntityId == signUp.Reference && a.Action == "approved");
        Assert.Equal("petugas:rina", audit.Actor);
        Assert.Contains("pending", audit.BeforeJson, StringComparison.Ordinal);
        var queue = await client.GetStringAsync(new Uri("/petugas", UriKind.Relative));
        Assert.Contains("disetujui dengan KPJ 12345678901", queue, StringComparison.Ordinal);
        Assert.DoesNotContain($"/petugas/pendaftaran/{signUp.Id}\"", queue, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Approve_IsRefused_WhenKpjIsMalformedOrTaken()
    {
        var first = await Factory.AddSignUpAsync();
        var second = await Factory.AddSignUpAsync();
        using var client = await Factory.SignedInAsync("rina");
        var page = $"/petugas/pendaftaran/{second.Id}";
        await OfficerWebFactory.PostFormAsync(client, $"/petugas/pendaftaran/{first.Id}", new() { ["kpj"] = "12345678901", ["konfirmasi"] = "true" }, $"/petugas/pendaftaran/{first.Id}?handler=Approve");

        using var shortKpj = await OfficerWebFactory.PostFormAsync(client, page, new() { ["kpj"] = "1234", ["konfirmasi"] = "true" }, page + "?handler=Approve");
        Assert.Contains("Nomor KPJ harus 11 angka; yang Anda ketik 4 angka.", await shortKpj.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var taken = await OfficerWebFactory.PostFormAsync(client, page, new() { ["kpj"] = "12345678901", ["konfirmasi"] = "true" }, page + "?handler=Approve");
        Assert.Contains("sudah dipakai", await taken.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var db = Factory.Db();
        Assert.Equal(SignUpStatus.Pending, (await db.SignUps.SingleAsync(s => s.Id == second.Id)).Status);
    }

    [Fact]
    public async Task Reject_TellsTheWorkerTheReasonAndHowToFixIt()
    {
        var signUp = await Factory.AddSignUpAsync();
        using var client = await Factory.SignedInAsync("rina");
        var page = $"/petugas/pendaftaran/{signUp.Id}";

        using var response = await OfficerWebFactory.PostFormAsync(client, page,
            new() { ["alasan"] = "identitas", ["keterangan"] = "Tanggal lahir berbeda dengan KTP.", ["konfirmasi"] = "true" }, page + "?handler=Reject");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = Factory.Db();
        Assert.Equal(SignUpStatus.Rejected, (await db.SignUps.SingleAsync(s => s.Id == signUp.Id)).Status);
        var message = await db.OutboxMessages.SingleAsync(m => m.ChatId == signUp.ChatId);
        Assert.Contains("Nama atau tanggal lahir tidak sesuai dengan KTP", message.Text, StringComparison.Ordinal);
        Assert.Contains("Tanggal lahir berbeda dengan KTP.", message.Text, StringComparison.Ordinal);
        Assert.Contains("ketik *daftar*: jawaban Anda yang lain sudah terisi", message.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UserText_IsHtmlEncoded_InQueueAndDetail()
    {
        var signUp = await Factory.AddSignUpAsync(s => { s.FullName = "<script>alert(1)</script>"; s.Address = "<b>Jl</b>"; });
        using var client = await Factory.SignedInAsync("rina");

        var queue = await client.GetStringAsync(new Uri("/petugas", UriKind.Relative));
        var detail = await client.GetStringAsync(new Uri($"/petugas/pendaftaran/{signUp.Id}", UriKind.Relative));

        foreach (var html in new[] { queue, detail })
        {
            Assert.DoesNotContain("<script>alert(1)", html, StringComparison.Ordinal);
            Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("<b>Jl</b>", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Detail_ShowsFullNikChecksAndAudit()
    {
        var signUp = await Factory.AddSignUpAsync();
        using var client = await Factory.SignedInAsync("rina");

        var detail = await client.GetStringAsync(new Uri($"/petugas/pendaftaran/{signUp.Id}", UriKind.Relative));

        Assert.Contains(signUp.Nik, detail, StringComparison.Ordinal);
        Assert.Contains("Format dan wilayah NIK", detail, StringComparison.Ordinal);
        Assert.Contains("Iuran yang disebutkan", detail, StringComparison.Ordinal);
        Assert.Contains("WITA", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_GivesApprovedSignUpsAsUtf8Csv()
    {
        var approved = await Factory.AddSignUpAsync(s => s.FullName = "Siti, \"Ani\"");
        await Factory.AddSignUpAsync();
        using var client = await Factory.SignedInAsync("rina");
        var page = $"/petugas/pendaftaran/{approved.Id}";
        await OfficerWebFactory.PostFormAsync(client, page, new() { ["kpj"] = "12345678901", ["konfirmasi"] = "true" }, page + "?handler=Approve");

        using var response = await client.GetAsync(new Uri("/petugas/ekspor?handler=csv&dari=2026-05-01&sampai=2026-05-31&kabupaten=63.06", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = System.Text.Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("Nomor KPJ,NIK,Nama lengkap", lines[0], StringComparison.Ordinal);
        Assert.StartsWith($"12345678901,{approved.Nik},\"Siti, \"\"Ani\"\"\"", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Coverage_ShowsCountsAndSvgChart()
    {
        await Factory.AddSignUpAsync(s => s.FullName = "A");
        using var client = await Factory.SignedInAsync("rina");

        var html = await client.GetStringAsync(new Uri("/petugas/cakupan", UriKind.Relative));

        Assert.Contains("<svg", html, StringComparison.Ordinal);
        Assert.Contains("Hulu Sungai Selatan", html, StringComparison.Ordinal);
    }
}
