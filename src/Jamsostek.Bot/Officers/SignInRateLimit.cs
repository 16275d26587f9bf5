using System.Globalization;
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
    public static IServiceCollection AddSignInRateLimit(this IServiceCollection services)
    {
        services.AddOptions<SignInLimitOptions>().BindConfiguration(SignInLimitOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<SignInLimitOptions>>((o, limits) =>
        {
            var window = TimeSpan.FromMinutes(limits.Value.WindowMinutes);
            var permits = limits.Value.AttemptsPerIp;
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => IsSignInAttempt(context.Request)
                ? RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
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

    private static bool IsSignInAttempt(HttpRequest request) =>
        HttpMethods.IsPost(request.Method) && request.Path.Equals(OfficerConsoleExtensions.LoginPath, StringComparison.OrdinalIgnoreCase);
}
