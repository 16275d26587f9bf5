namespace Jamsostek.Bot.Tests.TestSupport;

/// <summary>A scripted answer of <see cref="FakeBotApiServer"/> for one call; null Json means "the normal success".</summary>
public sealed record FakeBotApiResponse(int StatusCode, string? Json, TimeSpan Delay)
{
    public static FakeBotApiResponse Success { get; } = new(200, null, TimeSpan.Zero);

    public static FakeBotApiResponse TooManyRequests(int retryAfterSeconds) => Error(
        429, $"Too Many Requests: retry after {retryAfterSeconds}", $",\"parameters\":{{\"retry_after\":{retryAfterSeconds}}}");

    public static FakeBotApiResponse Blocked() => Error(403, "Forbidden: bot was blocked by the user");

    public static FakeBotApiResponse UserDeactivated() => Error(403, "Forbidden: user is deactivated");

    public static FakeBotApiResponse ChatNotFound() => Error(400, "Bad Request: chat not found");

    public static FakeBotApiResponse BadRequest(string description) => Error(400, "Bad Request: " + description);

    public static FakeBotApiResponse ServerError() => Error(500, "Internal Server Error");

    public static FakeBotApiResponse Slow(TimeSpan delay) => Success with { Delay = delay };

    private static FakeBotApiResponse Error(int code, string description, string extra = "") =>
        new(code, $"{{\"ok\":false,\"error_code\":{code},\"description\":\"{description}\"{extra}}}", TimeSpan.Zero);
}
