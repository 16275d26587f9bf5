using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace Jamsostek.Bot.Hosting;

/// <summary>
/// Behind the TLS proxy the README recommends: the client's address and scheme are taken from X-Forwarded-For/-Proto
/// only when the request comes from a known proxy (loopback, plus Proxy:KnownProxies and Proxy:KnownNetworks), so a client cannot pick its
/// own IP (the sign-in rate limit and the access log rely on it); HSTS outside Development.
/// </summary>
public static class TransportSecurityExtensions
{
    public static IHostApplicationBuilder AddTransportSecurity(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ProxyOptions>()
            .BindConfiguration(ProxyOptions.Section)
            .Validate(o => o.KnownProxies.All(p => IPAddress.TryParse(p, out _)), "Proxy:KnownProxies: each entry must be an IP address.")
            .Validate(o => o.KnownNetworks.All(n => System.Net.IPNetwork.TryParse(n, out _)), "Proxy:KnownNetworks: each entry must be a network in CIDR form (172.30.10.0/24).")
            .ValidateOnStart();
        builder.Services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ProxyOptions>>((o, proxies) =>
        {
            // The defaults already trust loopback (127.0.0.0/8 and ::1) and nothing else.
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in proxies.Value.KnownProxies)
            {
                if (IPAddress.TryParse(proxy, out var address))
                {
                    o.KnownProxies.Add(address);
                }
            }

            foreach (var network in proxies.Value.KnownNetworks)
            {
                if (System.Net.IPNetwork.TryParse(network, out var parsed))
                {
                    o.KnownIPNetworks.Add(parsed);
                }
            }
        });
        builder.Services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));
        return builder;
    }

    /// <summary>First in the pipeline: everything after it sees the client's address and scheme.</summary>
    public static WebApplication UseTransportSecurity(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.Use(WarnOnceAboutAnUnknownProxy(app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(TransportSecurityExtensions))));
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts(); // only on https requests to a name that is not loopback
        }

        return app;
    }

    /// <summary>
    /// X-Forwarded-For from an address that is not a known proxy is ignored (rightly), but then every client behind
    /// that proxy shares its address: one sign-in limit for all officers (ten wrong tries lock everyone out of the
    /// form), one IP in the access log. The framework says so only at Debug; the operator gets one warning.
    /// </summary>
    private static Func<HttpContext, RequestDelegate, Task> WarnOnceAboutAnUnknownProxy(ILogger logger)
    {
        var warned = 0;
        return (context, next) =>
        {
            // Applied forwarding leaves X-Original-For behind; its absence with X-Forwarded-For means "not believed".
            if (context.Request.Headers.ContainsKey("X-Forwarded-For") && !context.Request.Headers.ContainsKey("X-Original-For")
                && Interlocked.Exchange(ref warned, 1) == 0)
            {
                logger.LogWarning(
                    "X-Forwarded-For from {Proxy}, which is not in Proxy:KnownProxies, is ignored: if it is your TLS proxy, add it, or every client shares its address (sign-in limit, access log)",
                    context.Connection.RemoteIpAddress);
            }

            return next(context);
        };
    }
}
