using System.Net;
using Jamsostek.Bot.Officers;
using Jamsostek.Bot.Pages.Petugas;
using Jamsostek.Bot.Tests.TestSupport;

namespace Jamsostek.Bot.Tests.Officers;

/// <summary>Issue 18: a locked-out officer is warned before the last attempt, and an admin can unlock (also by a new password).</summary>
public sealed class LockoutTests : OfficerConsoleTest
{
    private const string Accounts = "/petugas/akun";
    private const string Wrong = "Salah-Sandi-0001";

    [Fact]
    public async Task SignIn_WarnsBeforeTheLastAttempt_OnlyThen()
    {
        var pages = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            pages.Add(await SignInPageAsync("rina", Wrong));
        }

        Assert.DoesNotContain(MasukModel.LastAttempt, pages[2], StringComparison.Ordinal);
        Assert.Contains(MasukModel.LastAttempt, pages[3], StringComparison.Ordinal); // the fourth wrong one: one left
        Assert.DoesNotContain(MasukModel.LastAttempt, pages[4], StringComparison.Ordinal); // locked now
        Assert.DoesNotContain(MasukModel.LastAttempt, await SignInPageAsync("tidak-ada", Wrong), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unlock_LetsTheOfficerInAgain_AndIsOfferedOnlyForALockedAccount()
    {
        await LockAsync("rina");
        using var boss = await Factory.SignedInAsync("boss");
        var before = await boss.GetStringAsync(new Uri(Accounts, UriKind.Relative));
        Assert.Equal(1, System.Text.RegularExpressions.Regex.Count(before, ">Buka kunci</button>"));

        using var unlocked = await OfficerWebFactory.PostFormAsync(boss, Accounts, new() { ["nama"] = "rina" }, Accounts + "?handler=Unlock");

        Assert.Equal(HttpStatusCode.Redirect, unlocked.StatusCode);
        Assert.Contains("Kunci akun rina dibuka.", await boss.GetStringAsync(new Uri(Accounts, UriKind.Relative)), StringComparison.Ordinal);
        using var rina = await Factory.SignedInAsync("rina"); // asserts the redirect of a successful sign-in
    }

    [Fact]
    public async Task PasswordReset_AlsoUnlocks()
    {
        await LockAsync("rina");
        using var boss = await Factory.SignedInAsync("boss");

        using var reset = await OfficerWebFactory.PostFormAsync(boss, Accounts, new() { ["nama"] = "rina", ["sandi"] = "Sandi-Baru-2026x" }, Accounts + "?handler=Password");

        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        using var rina = await Factory.SignedInAsync("rina", "Sandi-Baru-2026x");
    }

    [Fact]
    public async Task AccountsPage_PicksRegenciesByName_ConfirmsDisabling_AndSpeaksNoCommandLine()
    {
        using var boss = await Factory.SignedInAsync("boss");

        var html = await boss.GetStringAsync(new Uri(Accounts, UriKind.Relative));
        using var added = await OfficerWebFactory.PostFormAsync(boss, Accounts,
            new() { ["nama"] = "dewi", ["peran"] = "petugas", ["sandi"] = "Sandi-Panjang-2026" }, Accounts + "?handler=Add");
        var refused = await added.Content.ReadAsStringAsync();

        Assert.Contains("<select name=\"kabupaten\" multiple", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"63.06\">Kab. Hulu Sungai Selatan</option>", html, StringComparison.Ordinal);
        Assert.Contains("data-konfirmasi=\"Nonaktifkan akun rina?", html, StringComparison.Ordinal);
        Assert.Contains("Petugas perlu minimal satu kabupaten/kota.", refused, StringComparison.Ordinal);
        Assert.DoesNotContain("--regency", refused, StringComparison.Ordinal);
    }

    private async Task LockAsync(string userName)
    {
        for (var i = 0; i < 5; i++)
        {
            await SignInPageAsync(userName, Wrong);
        }

        using var client = Factory.Client();
        using var locked = await OfficerWebFactory.PostFormAsync(client, OfficerConsoleExtensions.LoginPath, new() { ["UserName"] = userName, ["Password"] = OfficerWebFactory.Password });
        Assert.Equal(HttpStatusCode.OK, locked.StatusCode); // refused: locked
    }

    private async Task<string> SignInPageAsync(string userName, string password)
    {
        using var client = Factory.Client();
        using var response = await OfficerWebFactory.PostFormAsync(client, OfficerConsoleExtensions.LoginPath, new() { ["UserName"] = userName, ["Password"] = password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }
}
