using System.Text;
using Jamsostek.Bot.Officers;
using Jamsostek.Dialogs.Engine;
using Jamsostek.Bot.Tests.TestSupport;

namespace Jamsostek.Bot.Tests.Officers;

/// <summary>Export and queue date filters read their days in the chosen regency's zone (63.06 is WITA), else the officer's own zone (issue 18; WIB for an admin); the export's regency is a drop-down.</summary>
public sealed class DateZoneTests : OfficerConsoleTest
{
    // 00:30 WITA on 11 May 2026 = 23:30 WIB on 10 May.
    private static readonly DateTimeOffset HalfPastMidnightWita = new(2026, 5, 10, 16, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task ExportPage_OffersTheOfficersRegenciesByName_AndSaysWhichZoneIsUsed()
    {
        await Factory.AddSignUpAsync(s => { s.RegencyCode = "63.07"; s.VillageCode = "63.07.01.2001"; });
        using var client = await Factory.SignedInAsync("rina");

        var html = await client.GetStringAsync(new Uri("/petugas/ekspor", UriKind.Relative));

        Assert.Contains("<select name=\"kabupaten\">", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"63.06\">Kab. Hulu Sungai Selatan (WITA)</option>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"63.07\"", html, StringComparison.Ordinal);
        Assert.Contains("bila tidak memilih kabupaten, tanggal dihitung menurut WITA", html, StringComparison.Ordinal); // rina's only regency is WITA
        Assert.Contains("(hh/bb/tttt)", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("rina", "&kabupaten=63.06", "2026-05-11", true)]
    [InlineData("rina", "&kabupaten=63.06", "2026-05-10", false)]
    [InlineData("rina", "", "2026-05-11", true)] // the officer's own zone (WITA) without a regency
    [InlineData("rina", "", "2026-05-10", false)]
    [InlineData("boss", "", "2026-05-10", true)] // an admin's (all zones): WIB
    [InlineData("boss", "", "2026-05-11", false)]
    [InlineData("rina", "&kabupaten=63.06", "11/05/2026", true)]
    [InlineData("rina", "&kabupaten=63.06", "10/05/2026", false)]
    public async Task Export_CountsAnApprovalOnTheRegencysLocalDay_AndOnTheOfficersDayWithoutRegency(string user, string regency, string day, bool included)
    {
        var approved = await Factory.AddSignUpAsync(s =>
        {
            s.Status = SignUpStatus.Approved;
            s.Kpj = "12345678901";
            s.DecidedBy = "rina";
            s.DecidedAt = HalfPastMidnightWita;
        });
        using var client = await Factory.SignedInAsync(user);

        var csv = Encoding.UTF8.GetString(await client.GetByteArrayAsync(new Uri($"/petugas/ekspor?handler=csv&dari={day}&sampai={day}{regency}", UriKind.Relative)));

        Assert.Equal(included, csv.Contains(approved.Nik, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("rina", "&kabupaten=63.06", "2026-05-11", true, "WITA")]
    [InlineData("rina", "&kabupaten=63.06", "2026-05-10", false, "WITA")]
    [InlineData("rina", "", "2026-05-11", true, "WITA")] // the officer's own zone without a regency
    [InlineData("rina", "", "2026-05-10", false, "WITA")]
    [InlineData("boss", "", "2026-05-10", true, "WIB")] // an admin sees every zone: WIB
    [InlineData("boss", "", "2026-05-11", false, "WIB")]
    [InlineData("rina", "&kabupaten=63.06", "11/05/2026", true, "WITA")]
    public async Task QueueDateFilter_ReadsDaysInTheRegencysZone_AndInTheOfficersZoneWithoutRegency(string user, string regency, string day, bool included, string zone)
    {
        var signUp = await Factory.AddSignUpAsync(s => s.CreatedAt = HalfPastMidnightWita);
        using var client = await Factory.SignedInAsync(user);

        var html = await client.GetStringAsync(new Uri($"/petugas?dari={day}&sampai={day}{regency}", UriKind.Relative));

        Assert.Equal(included, html.Contains(signUp.Reference, StringComparison.Ordinal));
        Assert.Contains($"(hh/bb/tttt, {zone})", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DateFields_AreTextInHhBbTttt_OnAnIndonesianPage_WhateverTheBrowsersLocale()
    {
        using var client = await Factory.SignedInAsync("rina");

        foreach (var path in new[] { "/petugas?dari=2026-05-11", "/petugas/ekspor", "/petugas/riwayat" })
        {
            var html = await client.GetStringAsync(new Uri(path, UriKind.Relative));

            Assert.Contains("<html lang=\"id\">", html, StringComparison.Ordinal);
            Assert.DoesNotContain("type=\"date\"", html, StringComparison.Ordinal);
            Assert.Contains("name=\"dari\" value=\"", html, StringComparison.Ordinal);
            Assert.Contains("placeholder=\"hh/bb/tttt\"", html, StringComparison.Ordinal);
        }

        var queue = await client.GetStringAsync(new Uri("/petugas?dari=2026-05-11", UriKind.Relative));
        Assert.Contains("name=\"dari\" value=\"11/05/2026\"", queue, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/petugas?dari=31/02/2026")]
    [InlineData("/petugas/ekspor?handler=csv&dari=2026-13-01&sampai=2026-05-11")]
    [InlineData("/petugas/riwayat?handler=csv&dari=kemarin&sampai=2026-05-11")]
    public async Task UnknownDate_IsExplainedOnThePage_NotSilentlyIgnored(string path)
    {
        using var client = await Factory.SignedInAsync("rina");

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        var html = System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("tidak dikenal. Tulis hh/bb/tttt, misalnya 11/05/2026.", html, StringComparison.Ordinal);
    }
}
