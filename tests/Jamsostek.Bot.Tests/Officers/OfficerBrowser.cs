using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Jamsostek.Bot.Tests.TestSupport;

namespace Jamsostek.Bot.Tests.Officers;

/// <summary>
/// The console on Kestrel (random loopback port) and Debian's chromium driven by Playwright, signed in as an
/// officer. Timeouts are generous: CI runs the test projects side by side on a small machine.
/// </summary>
public sealed partial class OfficerBrowser : IAsyncDisposable
{
    private static readonly string[] ChromiumArgs = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"];

    private readonly IPlaywright playwright;
    private readonly IBrowser browser;

    private OfficerBrowser(IPlaywright playwright, IBrowser browser, IPage page, string baseUrl)
    {
        this.playwright = playwright;
        this.browser = browser;
        Page = page;
        BaseUrl = baseUrl;
    }

    public IPage Page { get; }

    public string BaseUrl { get; }

    /// <summary>Starts the factory's server on Kestrel and opens a page (optionally with a phone-sized viewport).</summary>
    public static async Task<OfficerBrowser> OpenAsync(OfficerWebFactory factory, ViewportSize? viewport = null)
    {
        factory.UseKestrel(0);
        factory.StartServer();
        var baseUrl = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumFactAttribute.Chromium,
            Headless = true,
            Args = ChromiumArgs,
        });
        var page = await browser.NewPageAsync(viewport is null ? null : new BrowserNewPageOptions { ViewportSize = viewport });
        page.SetDefaultTimeout(90_000);
        page.SetDefaultNavigationTimeout(90_000);
        return new OfficerBrowser(playwright, browser, page, baseUrl);
    }

    /// <summary>Signs in through the login form and waits for the queue.</summary>
    public async Task SignInAsync(string userName, string password = OfficerWebFactory.Password)
    {
        await Page.GotoAsync($"{BaseUrl}/petugas/masuk");
        await Page.FillAsync("input[name=UserName]", userName);
        await Page.FillAsync("input[name=Password]", password);
        await Page.ClickAsync("button:has-text('Masuk')");
        await WaitForUrlAsync(QueueUrl(), $"the queue after signing in as {userName}");
    }

    /// <summary>Waits for a page; on a timeout says where the browser is and what the page says, so a CI failure explains itself.</summary>
    public async Task WaitForUrlAsync(Regex url, string what)
    {
        try
        {
            await Page.WaitForURLAsync(url);
        }
        catch (TimeoutException ex)
        {
            var text = await Page.Locator("body").InnerTextAsync();
            throw new TimeoutException($"Waited for {what} ({url}); the browser is at {Page.Url}, the page says: {text[..Math.Min(text.Length, 400)]}", ex);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await browser.DisposeAsync();
        playwright.Dispose();
    }

    [GeneratedRegex("/petugas$")]
    public static partial Regex QueueUrl();
}
