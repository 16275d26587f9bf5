using System.Net;
using Jamsostek.Bot.Officers;
using Jamsostek.Bot.SignUps;
using Jamsostek.Bot.Tests.TestSupport;
using Jamsostek.Dialogs.Engine;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Jamsostek.Bot.Tests.Officers;

/// <summary>Issue 9.9: Secure cookies and HSTS outside Development, forwarded headers from known proxies only, no-store.</summary>
public sealed class TransportSecurityTests : IAsyncLifetime
{
    private const string KnownProxy = "10.0.0.2";

    private readonly OfficerWebFactory factory = new("Production", new Dictionary<string, string?> { ["Proxy:KnownProxies:0"] = KnownProxy });

    public async Task InitializeAsync() => await factory.AddOfficerAsync("rina", OfficerRoles.Petugas, "63.06");

    public async Task DisposeAsync() => await factory.DisposeAsync();

    [Fact]
    public async Task SessionCookieIsSecure_AndHstsIsSent_OutsideDevelopment()
    {
        using var client = Https();

        using var form = await client.GetAsync(new Uri(OfficerConsoleExtensions.LoginPath, UriKind.Relative));
        using var signedIn = await OfficerWebFactory.PostFormAsync(client, OfficerConsoleExtensions.LoginPath, new() { ["UserName"] = "rina", ["Password"] = OfficerWebFactory.Password });

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var session = signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("jamsostek.petugas=", StringComparison.Ordinal));
        Assert.Contains("secure", session, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", session, StringComparison.OrdinalIgnoreCase);
        Assert.True(form.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public void NoticeCookie_IsSecureAndStrict_OutsideDevelopment()
    {
        // Found in review: the accounts page's TempData cookie went out as ".AspNetCore.Mvc.CookieTempDataProvider",
        // SameSite=Lax and, behind a proxy forwarding plain http, without Secure.
        var cookie = factory.Services.GetRequiredService<IOptions<CookieTempDataProviderOptions>>().Value.Cookie;

        Assert.Equal(CookieSecurePolicy.Always, cookie.SecurePolicy);
        Assert.Equal(SameSiteMode.Strict, cookie.SameSite);
        Assert.StartsWith("jamsostek.", cookie.Name, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryConsolePageAndExport_IsNoStore()
    {
        var signUp = await factory.AddSignUpAsync(s => { s.Status = SignUpStatus.Approved; s.Kpj = "12345678901"; s.DecidedAt = factory.Time.GetUtcNow(); });
        using var client = Https();
        using var signedIn = await OfficerWebFactory.PostFormAsync(client, OfficerConsoleExtensions.LoginPath, new() { ["UserName"] = "rina", ["Password"] = OfficerWebFactory.Password });

        foreach (var path in new[]
        {
            OfficerConsoleExtensions.LoginPath, "/petugas", $"/petugas/pendaftaran/{signUp.Id}", $"/petugas/pendaftaran/{signUp.Id}?handler=audit",
            "/petugas/ekspor?handler=csv&dari=2026-05-01&sampai=2026-05-31", "/petugas/riwayat?handler=csv&dari=2026-05-01&sampai=2026-05-31",
            "/petugas/cakupan", "/petugas/permintaan",
        })
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {response.StatusCode}");
            Assert.True(response.Headers.CacheControl?.NoStore == true, $"{path} is not no-store");
        }
    }

    [Theory]
    [InlineData(KnownProxy, true)]
    [InlineData("10.0.0.9", false)]
    public async Task ForwardedProto_IsBelieved_OnlyFromAKnownProxy(string remote, bool believed)
    {
        var context = await SendAsync(remote, "203.0.113.5", HttpMethods.Get);

        Assert.Equal(believed, context.Response.Headers.ContainsKey("Strict-Transport-Security"));
    }

    [Fact]
    public async Task SignInLimit_CountsTheForwardedClient_BehindAKnownProxy_AndTheSocketOtherwise()
    {
        for (var i = 0; i < 10; i++)
        {
            Assert.NotEqual(StatusCodes.Status429TooManyRequests, (await SendAsync(KnownProxy, "203.0.113.5", HttpMethods.Post)).Response.StatusCode);
            Assert.NotEqual(StatusCodes.Status429TooManyRequests, (await SendAsync("10.0.0.9", $"203.0.113.{100 + i}", HttpMethods.Post)).Response.StatusCode);
        }

        Assert.Equal(StatusCodes.Status429TooManyRequests, (await SendAsync(KnownProxy, "203.0.113.5", HttpMethods.Post)).Response.StatusCode);
        Assert.NotEqual(StatusCodes.Status429TooManyRequests, (await SendAsync(KnownProxy, "203.0.113.6", HttpMethods.Post)).Response.StatusCode);
        // An unknown sender cannot escape the limit by inventing X-Forwarded-For.
        Assert.Equal(StatusCodes.Status429TooManyRequests, (await SendAsync("10.0.0.9", "198.51.100.1", HttpMethods.Post)).Response.StatusCode);
    }

    [Fact]
    public async Task ForwardedForFromAnUnknownAddress_IsIgnored_WithOneWarningForTheOperator()
    {
        var logs = new ListLoggerProvider();
        await using var logged = factory.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<ILoggerProvider>(logs)));
        Task<HttpContext> Send(string remote) => logged.Server.SendAsync(c =>
        {
            c.Request.Path = "/health";
            c.Request.Headers["X-Forwarded-For"] = "203.0.113.5";
            c.Connection.RemoteIpAddress = IPAddress.Parse(remote);
        });

        await Send(KnownProxy);
        Assert.DoesNotContain(logs.Lines, l => l.Contains("X-Forwarded-For", StringComparison.Ordinal));

        var ignored = await Send("172.17.0.1");
        await Send("172.17.0.1");

        Assert.Equal(IPAddress.Parse("172.17.0.1"), ignored.Connection.RemoteIpAddress);
        Assert.Single(logs.Lines, l => l.Contains("X-Forwarded-For from 172.17.0.1", StringComparison.Ordinal));
    }

    private HttpClient Https() => factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://petugas.example.test"), AllowAutoRedirect = false });

    /// <summary>A request to the sign-in page as a proxy at <paramref name="remote"/> would forward it over plain http.</summary>
    private Task<HttpContext> SendAsync(string remote, string forwardedFor, string method) =>
        factory.Server.SendAsync(c =>
        {
            c.Request.Method = method;
            c.Request.Scheme = "http";
            c.Request.Host = new HostString("petugas.example.test");
            c.Request.Path = OfficerConsoleExtensions.LoginPath;
            c.Request.Headers["X-Forwarded-For"] = forwardedFor;
            c.Request.Headers["X-Forwarded-Proto"] = "https";
            c.Connection.RemoteIpAddress = IPAddress.Parse(remote);
        });
}
