namespace Jamsostek.Bot.Hosting;

/// <summary>Settings under "Proxy": the reverse proxies (TLS terminators) whose X-Forwarded-For/-Proto are believed.</summary>
public sealed class ProxyOptions
{
    public const string Section = "Proxy";

    /// <summary>IP addresses of the proxies in front of the bot; none = only a proxy on this machine (loopback).</summary>
    public string[] KnownProxies { get; set; } = [];
}
