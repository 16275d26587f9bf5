namespace Jamsostek.Bot.Hosting;

/// <summary>Settings under "Proxy": the reverse proxies (TLS terminators) whose X-Forwarded-For/-Proto are believed.</summary>
public sealed class ProxyOptions
{
    public const string Section = "Proxy";

    /// <summary>IP addresses of the proxies in front of the bot; none = only a proxy on this machine (loopback).</summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>
    /// Networks (CIDR, e.g. 172.30.10.0/24) whose addresses are all believed: the proxy's network in a container
    /// deployment, where its address is given by the network rather than fixed (deploy/compose.yaml's "edge").
    /// </summary>
    public string[] KnownNetworks { get; set; } = [];
}
