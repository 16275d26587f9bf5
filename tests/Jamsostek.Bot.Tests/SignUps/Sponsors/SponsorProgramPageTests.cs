using System.Net;
using Jamsostek.Bot.Officers;
using Jamsostek.Bot.SignUps.Sponsors;
using Jamsostek.Bot.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace Jamsostek.Bot.Tests.SignUps.Sponsors;

/// <summary>/petugas/sponsor/program: an admin adds and changes a programme; bad fields come back one by one with what was typed; the audit has each change.</summary>
public sealed class SponsorProgramPageTests : IAsyncLifetime
{
    private const string Page = "/petugas/sponsor/program";
    private readonly OfficerWebFactory factory = new();

    public async Task InitializeAsync()
    {
        await factory.AddOfficerAsync("boss", OfficerRoles.Admin);
        await factory.AddOfficerAsync("rina", OfficerRoles.Petugas, "63.06");
    }

    public Task DisposeAsync()
    {
        factory.Dispose();
        return Task.CompletedTask;
    }

    private static Dictionary<string, string> Fields(string code = "hss2026") => new()
    {
        ["Form.Code"] = code, ["Form.Name"] = "Pemkab HSS 2026", ["Form.Regency"] = "63.06",
        ["Form.LegalBasis"] = "Perbup HSS No. 12 Tahun 2026; PKS No. 5/2026", ["Form.BudgetYear"] = "2026",
        ["Form.PeriodStart"] = "2026-01", ["Form.PeriodEnd"] = "2026-12", ["Form.Quota"] = "5000", ["Form.QuotaPerVillage"] = "100",
        ["Form.VillageQuotas"] = "63.06.05.1001 = 120", ["Form.Groups"] = "pekerja rentan, perangkat desa", ["program"] = "JKK",
    };

    [Fact]
    public async Task Add_SavesEveryTermAndAudits_ForAdmin()
    {
        using var boss = await factory.SignedInAsync("boss");
        var fields = Fields();
        using var content = new FormUrlEncodedContent([.. fields, new("program", "JKM"), new("__RequestVerificationToken", OfficerWebFactory.TokenOf(await boss.GetStringAsync(new Uri(Page, UriKind.Relative))))]);

        using var response = await boss.PostAsync(new Uri(Page, UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = factory.Db();
        var s = await db.Sponsors.SingleAsync();
        Assert.Equal(("Pemkab HSS 2026", "63.06", "Perbup HSS No. 12 Tahun 2026; PKS No. 5/2026", 2026, new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 1), 5000, 100, "JKK,JKM"),
            (s.Name, s.RegencyCode, s.LegalBasis, s.BudgetYear, s.PeriodStart, s.PeriodEnd, s.Quota, s.QuotaPerVillage, s.Programs));
        Assert.Equal((120, 100), (s.QuotaFor("63.06.05.1001"), s.QuotaFor("63.06.05.1002")));
        var audit = await db.AuditEntries.SingleAsync(a => a.EntityType == nameof(Sponsor));
        Assert.Equal(("petugas:boss", "sponsor-added", "hss2026"), (audit.Actor, audit.Action, audit.EntityId));
    }

    [Fact]
    public async Task Add_ShowsEachBadFieldAndKeepsWhatWasTyped_WhenInputIsWrong()
    {
        using var boss = await factory.SignedInAsync("boss");
        var fields = Fields();
        (fields["Form.BudgetYear"], fields["Form.PeriodEnd"], fields["Form.VillageQuotas"]) = ("dua ribu", "2025-12", "Karang Jawa 120");

        using var response = await OfficerWebFactory.PostFormAsync(boss, Page, fields);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Tahun anggaran ditulis empat angka", html, StringComparison.Ordinal);
        Assert.Contains("Bulan akhir tidak boleh sebelum bulan awal.", html, StringComparison.Ordinal);
        Assert.Contains("Baris 1 (\"Karang Jawa 120\") tidak terbaca", html, StringComparison.Ordinal);
        Assert.Contains("Program dibayar: JKK dan JKM", html, StringComparison.Ordinal); // only JKK ticked
        Assert.Contains("value=\"Perbup HSS No. 12 Tahun 2026; PKS No. 5/2026\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"dua ribu\"", html, StringComparison.Ordinal);
        await using var db = factory.Db();
        Assert.False(await db.Sponsors.AnyAsync());
    }

    [Fact]
    public async Task Edit_ChangesTheProgrammeAndAuditsBeforeAndAfter_ForAdmin()
    {
        using var boss = await factory.SignedInAsync("boss");
        var fields = Fields();
        fields["program"] = "JKK,JKM";
        Assert.Equal(HttpStatusCode.Redirect, (await OfficerWebFactory.PostFormAsync(boss, Page, fields)).StatusCode);
        var edit = Page + "?kode=hss2026";
        var form = WebUtility.HtmlDecode(await boss.GetStringAsync(new Uri(edit, UriKind.Relative)));
        Assert.Contains("63.06.05.1001 = 120", form, StringComparison.Ordinal);

        fields["Form.Quota"] = "6000";
        fields["kode"] = "hss2026";
        using var response = await OfficerWebFactory.PostFormAsync(boss, edit, fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = factory.Db();
        Assert.Equal(6000, (await db.Sponsors.SingleAsync()).Quota);
        var changed = await db.AuditEntries.SingleAsync(a => a.Action == "sponsor-changed");
        Assert.Contains("\"Quota\":5000", changed.BeforeJson, StringComparison.Ordinal);
        Assert.Contains("\"Quota\":6000", changed.AfterJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_IsForbidden_ForPetugas()
    {
        using var rina = await factory.SignedInAsync("rina");

        using var response = await rina.GetAsync(new Uri(Page, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
