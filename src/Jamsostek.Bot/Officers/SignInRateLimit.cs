using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Jamsostek.Bot.Officers;

/// <summary>
/// Per-IP limit on posting the sign-in form, before any password is checked: guessing is slow, and nobody can lock
/// an officer out over and over (the account lockout after 5 wrong passwords stays). A refused attempt gets 429 and
/// the console's status page in Bahasa Indonesia.
/// </summary>
public static class SignInRateLimit
{
    /// <summary>The policy on the sign-in page's endpoint (<c>[EnableRateLimiting]</c> on MasukModel).</summary>
    public const string Policy = "sign-in";

    public static IServiceCollection AddSignInRateLimit(this IServiceCollection services)
    {
        services.AddOptions<SignInLimitOptions>().BindConfiguration(SignInLimitOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<SignInLimitOptions>>((o, limits) =>
        {
            var window = TimeSpan.FromMinutes(limits.Value.WindowMinutes);
            var permits = limits.Value.AttemptsPerIp;
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Bound to the page's endpoint, not to a path: "/petugas/masuk/" and "/petugas/masuk/." reach the same
            // page and used to escape a limit that compared the path.
            o.AddPolicy(Policy, context => HttpMethods.IsPost(context.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(
                    ClientKey(context.Connection.RemoteIpAddress),
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = window, QueueLimit = 0 })
                : RateLimitPartition.GetNoLimiter(string.Empty));
            o.OnRejected = (context, _) =>
            {
                // No body: the console's status pages show /petugas/galat/429 in Bahasa Indonesia.
                context.HttpContext.Response.Headers.RetryAfter = ((int)window.TotalSeconds).ToString(CultureInfo.InvariantCulture);
                return ValueTask.CompletedTask;
            };
        });
        return services;
    }

    /// <summary>
    /// An IPv4 address as it is; an IPv6 address by its /64, which one subscriber line or server usually gets whole
    /// (counting single addresses would give such a client 2^64 fresh limits).
    /// </summary>
    public static string ClientKey(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}
