using System.Text.RegularExpressions;
using Jamsostek.Bot.Officers;
using Jamsostek.Dialogs.Engine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Jamsostek.Bot.Tests.TestSupport;

namespace Jamsostek.Bot.Tests.Officers;

/// <summary>The officer console in a real browser (Debian's chromium driven by Playwright) against Kestrel on a random port.</summary>
[Collection(BrowserCollection.Name)]
public sealed class OfficerBrowserTests
{
    [ChromiumFact]
    public async Task Officer_LogsInAndApprovesFromQueue_AndTheSignUpLeavesTheQueue()
    {
        await using var factory = new OfficerWebFactory();
        await using var browser = await OfficerBrowser.OpenAsync(factory);
        await factory.AddOfficerAsync("rina", OfficerRoles.Petugas, "63.06");
        var signUp = await factory.AddSignUpAsync(s => s.FullName = "<script>alert(1)</script>");
        var page = browser.Page;
        var dialogs = 0;
        page.Dialog += (_, dialog) => { dialogs++; _ = dialog.DismissAsync(); };

        await page.GotoAsync($"{browser.BaseUrl}/petugas");
        Assert.Contains("/petugas/masuk", page.Url, StringComparison.Ordinal);
        await browser.SignInAsync("rina");

        await page.ClickAsync($"a:has-text('{signUp.Reference}')");
        await browser.WaitForUrlAsync(new Regex($"/petugas/pendaftaran/{signUp.Id}$"), "the sign-up's detail page");
        Assert.Equal("<script>alert(1)</script>", await page.Locator("dl.jawaban dd span.nilai").Nth(1).InnerTextAsync());
        await page.FillAsync("input[name=kpj]", "12345678901");
        await page.CheckAsync("form:has(button.setuju) input[name=konfirmasi]");
        await page.ClickAsync("button.setuju");
        await browser.WaitForUrlAsync(OfficerBrowser.QueueUrl(), "the queue after approving");

        Assert.Contains("disetujui dengan KPJ 12345678901", await page.Locator("p.pesan.baik").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator($"a:has-text('{signUp.Reference}')").CountAsync());
        Assert.Equal(0, dialogs);
        await using var db = factory.Db();
        Assert.Equal(SignUpStatus.Approved, (await db.SignUps.SingleAsync(s => s.Id == signUp.Id)).Status);
    }

    [ChromiumFact]
    public async Task Pages_FitASmallScreen_WithoutSidewaysScrolling()
    {
        await using var factory = new OfficerWebFactory();
        await using var browser = await OfficerBrowser.OpenAsync(factory, new ViewportSize { Width = 360, Height = 740 });
        await factory.AddOfficerAsync("rina", OfficerRoles.Petugas, "63.06");
        var signUp = await factory.AddSignUpAsync(s => s.Address = "Jl. Pangeran Antasari Gang Mawar Nomor 12 RT 002 RW 003 Kelurahan Kandangan Kota");
        await using (var db = factory.Db())
        {
            db.Participants.Add(new Jamsostek.Bot.Conversations.Participant { Channel = signUp.Channel, ChatId = signUp.ChatId, RegencyCode = "63.06", Phone = signUp.Phone, CreatedAt = factory.Time.GetUtcNow() });
            db.HandoffRequests.Add(new Jamsostek.Bot.Handoffs.HandoffRequest { Channel = signUp.Channel, ChatId = signUp.ChatId, Question = "Iuran saya bulan April belum tercatat, padahal sudah bayar di kantor pos.", CreatedAt = factory.Time.GetUtcNow() });
            await db.SaveChangesAsync();
        }

        var (page, baseUrl) = (browser.Page, browser.BaseUrl);
        await browser.SignInAsync("rina");

        foreach (var path in new[] { "/petugas", $"/petugas/pendaftaran/{signUp.Id}", "/petugas/cakupan", "/petugas/cakupan?kabupaten=63.06", "/petugas/ekspor", "/petugas/riwayat", "/petugas/permintaan" })
        {
            await page.GotoAsync(baseUrl + path);
            var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth");
            Assert.True(overflow <= 0, $"{path} is {overflow}px wider than a 360px screen");
        }

        await page.GotoAsync($"{baseUrl}/petugas/pendaftaran/{signUp.Id}");
        var reason = await page.Locator("select[name=alasan]").BoundingBoxAsync();
        Assert.True(reason is { } box && box.X + box.Width <= 360, "the rejection reason is cut off on a small screen");

        // Issue 18: the queue's rows are cards (status and waiting time on screen), the reply box and the chart fit.
        await page.GotoAsync($"{baseUrl}/petugas");
        foreach (var cell in new[] { "Status", "Lama menunggu", "Pemeriksaan" })
        {
            var shown = await page.Locator($"table.antrean td[data-label='{cell}']").First.BoundingBoxAsync();
            Assert.True(shown is { } c && c.X >= 0 && c.X + c.Width <= 360, $"the queue's {cell} is off a small screen");
        }

        await page.GotoAsync($"{baseUrl}/petugas/permintaan");
        var replyBox = await page.Locator("textarea[name=balasan]").First.BoundingBoxAsync();
        Assert.True(replyBox is { } r && r.X >= 0 && r.X + r.Width <= 360, "the handoff reply box is off a small screen");
        await page.GotoAsync($"{baseUrl}/petugas/cakupan?kabupaten=63.06");
        var chart = await page.Locator("svg.grafik").BoundingBoxAsync();
        Assert.True(chart is { } g && g.X >= 0 && g.X + g.Width <= 360, "the coverage chart is cut on a small screen");
    }
}
