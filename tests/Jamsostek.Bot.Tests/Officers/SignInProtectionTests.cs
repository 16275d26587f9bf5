using System.Net;
using Jamsostek.Bot.Officers;
using Jamsostek.Bot.Pages.Petugas;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Jamsostek.Bot.Tests.TestSupport;

namespace Jamsostek.Bot.Tests.Officers;

/// <summary>Issue 9.3 and 9.4: a disabled admin is out at once; sign-in is limited per IP and tells nothing away.</summary>
public sealed class SignInProtectionTests : IAsyncLifetime
{
    private const string Accounts = "/petugas/akun";

    private readonly OfficerWebFactory factory = new();

    public async Task InitializeAsync()
    {
        await factory.AddOfficerAsync("boss", OfficerRoles.Admin);
        await factory.AddOfficerAsync("kepala", OfficerRoles.Admin);
        await factory.AddOfficerAsync("rina", OfficerRoles.Petugas, "63.06");
    }

    public async Task DisposeAsync() => await factory.DisposeAsync();

    [Fact]
    public async Task DisabledAdmin_IsSignedOutOnTheNextRequest_AndCannotEnableThemselves()
    {
        using var boss = await factory.SignedInAsync("boss");
        var page = await boss.GetStringAsync(new Uri(Accounts, UriKind.Relative)); // an open page, with its form token
        using var kepala = await factory.SignedInAsync("kepala");

        using var disabled = await OfficerWebFactory.PostFormAsync(kepala, Accounts, new() { ["nama"] = "boss" }, Accounts + "?handler=Disable");
        Assert.Equal(HttpStatusCode.Redirect, disabled.StatusCode);

        using var next = await boss.GetAsync(new Uri(Accounts, UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, next.StatusCode);
        Assert.Contains(OfficerConsoleExtensions.LoginPath, next.Headers.Location!.OriginalString, StringComparison.OrdinalIgnoreCase);

        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["nama"] = "boss", ["__RequestVerificationToken"] = OfficerWebFactory.TokenOf(page) });
        using var enable = await boss.PostAsync(new Uri(Accounts + "?handler=Enable", UriKind.Relative), content);
        Assert.NotEqual(HttpStatusCode.OK, enable.StatusCode);
        Assert.False(enable.StatusCode == HttpStatusCode.Redirect && enable.Headers.Location!.OriginalString == Accounts);
        Assert.True(OfficerAccounts.IsDisabled((await Users().FindByNameAsync("boss"))!.LockoutEnd));
    }

    [Fact]
    public async Task SignIn_SaysTheSameForWrongPasswordLockedAndDisabled_AndOnlyTheAdminPageTellsThemApart()
    {
        var wrong = await SignInPageAsync("rina", "Salah-Sandi-0001");
        for (var i = 0; i < 4; i++)
        {
            await SignInPageAsync("rina", "Salah-Sandi-0001"); // five wrong: locked for 15 minutes
        }

        var locked = await SignInPageAsync("rina", OfficerWebFactory.Password);
        var unknown = await SignInPageAsync("tidak-ada", OfficerWebFactory.Password);
        using var admin = await factory.SignedInAsync("boss");
        using var disable = await OfficerWebFactory.PostFormAsync(admin, Accounts, new() { ["nama"] = "kepala" }, Accounts + "?handler=Disable");
        var disabled = await SignInPageAsync("kepala", OfficerWebFactory.Password);

        foreach (var html in new[] { wrong, locked, unknown, disabled })
        {
            Assert.Contains(MasukModel.Refused, html, StringComparison.Ordinal);
            Assert.DoesNotContain("dinonaktifkan", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("dikunci", html, StringComparison.OrdinalIgnoreCase);
        }

        var accounts = await admin.GetStringAsync(new Uri(Accounts, UriKind.Relative));
        Assert.Contains("Terkunci (salah kata sandi) sampai", accounts, StringComparison.Ordinal);
        Assert.Contains("WIB", accounts, StringComparison.Ordinal);
        Assert.Contains(AkunModel.Disabled, accounts, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_Answers429InBahasaIndonesia_AfterTenAttemptsFromOneAddress()
    {
        using var client = factory.Client();
        for (var i = 0; i < 10; i++)
        {
            using var attempt = await OfficerWebFactory.PostFormAsync(client, OfficerConsoleExtensions.LoginPath, new() { ["UserName"] = "admin", ["Password"] = "Tebakan-" + i });
            Assert.Equal(HttpStatusCode.OK, attempt.StatusCode);
        }

        using var refused = await OfficerWebFactory.PostFormAsync(client, OfficerConsoleExtensions.LoginPath, new() { ["UserName"] = "boss", ["Password"] = OfficerWebFactory.Password });

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("Terlalu banyak percobaan", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotNull(refused.Headers.RetryAfter);
        Assert.False(OfficerAccounts.IsDisabled((await Users().FindByNameAsync("admin"))?.LockoutEnd));
    }

    [Fact]
    public async Task SignInLimit_CountsEverySpellingOfTheSignInPath()
    {
        // Found in review: the limit compared the path, and "/petugas/masuk/" reached the same page unlimited.
        using var client = factory.Client();
        string[] paths = ["/petugas/masuk/", "/PETUGAS/MASUK/", OfficerConsoleExtensions.LoginPath + "?x=1"];
        for (var i = 0; i < 10; i++)
        {
            var path = paths[i % paths.Length];
            using var attempt = await OfficerWebFactory.PostFormAsync(client, path, new() { ["UserName"] = "admin", ["Password"] = "Tebakan-" + i });
            Assert.Equal(HttpStatusCode.OK, attempt.StatusCode);
        }

        foreach (var path in paths)
        {
            using var refused = await OfficerWebFactory.PostFormAsync(client, path, new() { ["UserName"] = "boss", ["Password"] = OfficerWebFactory.Password });
            Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        }
    }

    [Theory]
    [InlineData("203.0.113.7", "203.0.113.7")]
    [InlineData("::ffff:203.0.113.7", "203.0.113.7")]
    [InlineData("2001:db8:1:2:aaaa:bbbb:cccc:dddd", "2001:db8:1:2::/64")]
    [InlineData("2001:db8:1:2::1", "2001:db8:1:2::/64")]
    [InlineData(null, "unknown")]
    public void ClientKey_GroupsAnIpv6ClientByItsSlash64(string? address, string expected) =>
        Assert.Equal(expected, SignInRateLimit.ClientKey(address is null ? null : IPAddress.Parse(address)));

    private async Task<string> SignInPageAsync(string userName, string password)
    {
        using var client = factory.Client();
        using var response = await OfficerWebFactory.PostFormAsync(client, OfficerConsoleExtensions.LoginPath, new() { ["UserName"] = userName, ["Password"] = password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private UserManager<Officer> Users() => factory.Services.CreateScope().ServiceProvider.GetRequiredService<UserManager<Officer>>();
}
