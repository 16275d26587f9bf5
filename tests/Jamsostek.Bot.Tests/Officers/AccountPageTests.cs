using System.Net;
using Jamsostek.Bot.Officers;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Jamsostek.Bot.Tests.TestSupport;

namespace Jamsostek.Bot.Tests.Officers;

/// <summary>/petugas/akun: admin only; add, reset a password, change regencies, disable and enable; antiforgery on each form.</summary>
public sealed class AccountPageTests : OfficerConsoleTest
{
    private const string Page = "/petugas/akun";

    [Fact]
    public async Task Page_IsForbidden_ToPetugas_WithAFriendlyPage()
    {
        using var client = await Factory.SignedInAsync("rina");

        using var response = await client.GetAsync(new Uri(Page, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Akses ditolak", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_ListsOfficersWithRolesAndRegencies_ForAdmin()
    {
        using var client = await Factory.SignedInAsync("boss");

        var html = await client.GetStringAsync(new Uri(Page, UriKind.Relative));

        Assert.Contains("rina", html, StringComparison.Ordinal);
        Assert.Contains("Hulu Sungai Selatan (63.06)", html, StringComparison.Ordinal);
        Assert.Contains("Semua kabupaten <span class=\"kecil\">(admin melihat semua kabupaten)</span>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdminRow_HasNoRegencyField_AndARegencyChangeForAnAdminIsRefused()
    {
        using var client = await Factory.SignedInAsync("boss");

        var html = await client.GetStringAsync(new Uri(Page, UriKind.Relative));
        using var response = await OfficerWebFactory.PostFormAsync(client, Page, new() { ["nama"] = "boss", ["kabupaten"] = "63.07" }, Page + "?handler=Regencies");

        // One regency form: rina's. The admin's row has none.
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "Simpan wilayah"));
        Assert.Contains("admin melihat semua kabupaten, wilayahnya tidak perlu diatur", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty((await Users().FindByNameAsync("boss"))!.RegencyCodes);
    }

    [Theory]
    [InlineData("pendek", "63.06", "terlalu pendek")]
    [InlineData("Sandi-Panjang-2026", "", "minimal satu kabupaten")]
    [InlineData("Sandi-Panjang-2026", "99.99", "tidak dikenal")]
    public async Task Add_IsRefused_WhenPasswordOrRegencyIsWrong(string password, string regencies, string expected)
    {
        using var client = await Factory.SignedInAsync("boss");

        using var response = await OfficerWebFactory.PostFormAsync(client, Page,
            new() { ["nama"] = "andi", ["peran"] = "petugas", ["kabupaten"] = regencies, ["sandi"] = password }, Page + "?handler=Add");

        Assert.Contains(expected, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null(await Users().FindByNameAsync("andi"));
    }

    [Fact]
    public async Task Add_CreatesAPetugasWhoCanSignIn()
    {
        using var client = await Factory.SignedInAsync("boss");

        using var response = await OfficerWebFactory.PostFormAsync(client, Page,
            new() { ["nama"] = "andi", ["peran"] = "petugas", ["kabupaten"] = "63.06 63.07", ["sandi"] = OfficerWebFactory.Password }, Page + "?handler=Add");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var andi = await Users().FindByNameAsync("andi");
        Assert.Equal(["63.06", "63.07"], andi!.RegencyCodes);
        Assert.True(await Users().IsInRoleAsync(andi, OfficerRoles.Petugas));
        using var signedIn = await Factory.SignedInAsync("andi");
    }

    [Fact]
    public async Task ResetPassword_ReplacesTheOldOne()
    {
        using var client = await Factory.SignedInAsync("boss");

        using var response = await OfficerWebFactory.PostFormAsync(client, Page, new() { ["nama"] = "rina", ["sandi"] = "Kata-Sandi-Baru-99" }, Page + "?handler=Password");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var rina = await Users().FindByNameAsync("rina");
        Assert.True(await Users().CheckPasswordAsync(rina!, "Kata-Sandi-Baru-99"));
        Assert.False(await Users().CheckPasswordAsync(rina!, OfficerWebFactory.Password));
    }

    [Fact]
    public async Task Regencies_AreChanged_AndApplyAtOnce()
    {
        using var client = await Factory.SignedInAsync("boss");

        using var response = await OfficerWebFactory.PostFormAsync(client, Page, new() { ["nama"] = "rina", ["kabupaten"] = "63.07" }, Page + "?handler=Regencies");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(["63.07"], (await Users().FindByNameAsync("rina"))!.RegencyCodes);
    }

    [Fact]
    public async Task Disable_EndsTheOfficersSession_AndEnableLetsThemBack()
    {
        using var rina = await Factory.SignedInAsync("rina");
        using var admin = await Factory.SignedInAsync("boss");

        using var disabled = await OfficerWebFactory.PostFormAsync(admin, Page, new() { ["nama"] = "rina" }, Page + "?handler=Disable");

        Assert.Equal(HttpStatusCode.Redirect, disabled.StatusCode);
        Assert.True(OfficerAccounts.IsDisabled((await Users().FindByNameAsync("rina"))!.LockoutEnd));
        using var queue = await rina.GetAsync(new Uri("/petugas", UriKind.Relative));
        Assert.NotEqual(HttpStatusCode.OK, queue.StatusCode);
        using var login = await OfficerWebFactory.PostFormAsync(Factory.Client(), "/petugas/masuk", new() { ["UserName"] = "rina", ["Password"] = OfficerWebFactory.Password });
        Assert.Contains(Jamsostek.Bot.Pages.Petugas.MasukModel.Refused, await login.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var enabled = await OfficerWebFactory.PostFormAsync(admin, Page, new() { ["nama"] = "rina" }, Page + "?handler=Enable");
        Assert.Equal(HttpStatusCode.Redirect, enabled.StatusCode);
        using var again = await Factory.SignedInAsync("rina");
    }

    [Theory]
    [InlineData("Add")]
    [InlineData("Password")]
    [InlineData("Regencies")]
    [InlineData("Disable")]
    public async Task Forms_AreRefused_WithoutAntiforgeryToken(string handler)
    {
        using var client = await Factory.SignedInAsync("boss");
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["nama"] = "rina", ["peran"] = "petugas", ["kabupaten"] = "63.07", ["sandi"] = "Kata-Sandi-Baru-99",
        });

        using var response = await client.PostAsync(new Uri($"{Page}?handler={handler}", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var rina = await Users().FindByNameAsync("rina");
        Assert.Equal(["63.06"], rina!.RegencyCodes);
        Assert.False(OfficerAccounts.IsDisabled(rina.LockoutEnd));
        Assert.True(await Users().CheckPasswordAsync(rina, OfficerWebFactory.Password));
    }

    private UserManager<Officer> Users() => Factory.Services.CreateScope().ServiceProvider.GetRequiredService<UserManager<Officer>>();
}
