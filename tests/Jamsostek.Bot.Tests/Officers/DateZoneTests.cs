using System.Text;
using Jamsostek.Bot.Officers;
using Jamsostek.Dialogs.Engine;

namespace Jamsostek.Bot.Tests.Officers;

/// <summary>Export and queue date filters read their days in the chosen regency's zone (63.06 is WITA), else WIB; the export's regency is a drop-down.</summary>
public sealed class DateZoneTests : IAsyncLifetime
{
    // 00:30 WITA on 11 May 2026 = 23:30 WIB on 10 May.
    private static readonly DateTimeOffset HalfPastMidnightWita = new(2026, 5, 10, 16, 30, 0, TimeSpan.Zero);

    private readonly OfficerWebFactory factory = new();

    public async Task InitializeAsync() => await factory.AddOfficerAsync("rina", OfficerRoles.Petugas, "63.06");

    public async Task DisposeAsync() => await factory.DisposeAsync();

    [Fact]
    public async Task ExportPage_OffersTheOfficersRegenciesByName_AndSaysWhichZoneIsUsed()
    {
        await factory.AddSignUpAsync(s => { s.RegencyCode = "63.07"; s.VillageCode = "63.07.01.2001"; });
        using var client = await factory.SignedInAsync("rina");

        var html = await client.GetStringAsync(new Uri("/petugas/ekspor", UriKind.Relative));

        Assert.Contains("<select name=\"kabupaten\">", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"63.06\">Kab. Hulu Sungai Selatan (WITA)</option>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"63.07\"", html, StringComparison.Ordinal);
        Assert.Contains("bila tidak memilih kabupaten, tanggal dihitung menurut WIB", html, StringComparison.Ordinal);
        Assert.Contains("(hh/bb/tttt)", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("&kabupaten=63.06", "2026-05-11", true)]
    [InlineData("&kabupaten=63.06", "2026-05-10", false)]
    [InlineData("", "2026-05-10", true)]
    [InlineData("", "2026-05-11", false)]
    public async Task Export_CountsAnApprovalOnTheRegencysLocalDay_AndOnTheWibDayWithoutRegency(string regency, string day, bool included)
    {
        var approved = await factory.AddSignUpAsync(s =>
        {
            s.Status = SignUpStatus.Approved;
            s.Kpj = "12345678901";
            s.DecidedBy = "rina";
            s.DecidedAt = HalfPastMidnightWita;
        });
        using var client = await factory.SignedInAsync("rina");

        var csv = Encoding.UTF8.GetString(await client.GetByteArrayAsync(new Uri($"/petugas/ekspor?handler=csv&dari={day}&sampai={day}{regency}", UriKind.Relative)));

        Assert.Equal(included, csv.Contains(approved.Nik, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("&kabupaten=63.06", "2026-05-11", true)]
    [InlineData("&kabupaten=63.06", "2026-05-10", false)]
    [InlineData("", "2026-05-10", true)]
    [InlineData("", "2026-05-11", false)]
    public async Task QueueDateFilter_ReadsDaysInTheRegencysZone_AndInWibWithoutRegency(string regency, string day, bool included)
    {
        var signUp = await factory.AddSignUpAsync(s => s.CreatedAt = HalfPastMidnightWita);
        using var client = await factory.SignedInAsync("rina");

        var html = await client.GetStringAsync(new Uri($"/petugas?dari={day}&sampai={day}{regency}", UriKind.Relative));

        Assert.Equal(included, html.Contains(signUp.Reference, StringComparison.Ordinal));
        Assert.Contains(regency.Length > 0 ? "(hh/bb/tttt, WITA)" : "(hh/bb/tttt, WIB)", html, StringComparison.Ordinal);
    }
}
