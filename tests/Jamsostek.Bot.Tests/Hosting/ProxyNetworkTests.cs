using System.Net;
using Jamsostek.Bot.Officers;
using Jamsostek.Bot.Tests.TestSupport;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Jamsostek.Bot.Tests.Hosting;

/// <summary>Issue 13: in compose the proxy's address comes from its network: X-Forwarded-* is believed from that network only.</summary>
public sealed class ProxyNetworkTests
{
    [Theory]
    [InlineData("172.30.10.2", true)]
    [InlineData("172.30.10.254", true)]
    [InlineData("172.30.11.2", false)]
    [InlineData("10.0.0.2", false)]
    public async Task ForwardedHeaders_AreBelieved_OnlyFromTheProxysNetwork(string remote, bool believed)
    {
        await using var factory = new OfficerWebFactory("Production", new Dictionary<string, string?> { ["Proxy:KnownNetworks:0"] = "172.30.10.0/24" });

        var context = await factory.Server.SendAsync(c =>
        {
            c.Request.Method = HttpMethods.Get;
            c.Request.Scheme = "http";
            c.Request.Host = new HostString("petugas.example.test");
            c.Request.Path = OfficerConsoleExtensions.LoginPath;
            c.Request.Headers["X-Forwarded-For"] = "203.0.113.5";
            c.Request.Headers["X-Forwarded-Proto"] = "https";
            c.Connection.RemoteIpAddress = IPAddress.Parse(remote);
        });

        var forwarding = factory.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.Builder.ForwardedHeadersOptions>>().Value;
        Assert.Contains(forwarding.KnownIPNetworks, n => n.ToString() == "172.30.10.0/24");
        Assert.Equal(
            (believed ? "203.0.113.5" : remote, believed ? "https" : "http", believed),
            (context.Connection.RemoteIpAddress?.ToString(), context.Request.Scheme, context.Response.Headers.ContainsKey("Strict-Transport-Security"))); // HSTS only on https
    }
}
