using System.ComponentModel.DataAnnotations;

namespace Jamsostek.Bot.Officers;

/// <summary>Settings under "SignIn": sign-in attempts allowed per client IP per window (then 429).</summary>
public sealed class SignInLimitOptions
{
    public const string Section = "SignIn";

    [Range(1, 10_000)]
    public int AttemptsPerIp { get; set; } = 10;

    [Range(1, 24 * 60)]
    public int WindowMinutes { get; set; } = 5;
}
