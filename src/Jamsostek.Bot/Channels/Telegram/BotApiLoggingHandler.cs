using System.Diagnostics;

namespace Jamsostek.Bot.Channels.Telegram;

/// <summary>
/// Logs each Bot API call by its method name only. The Bot API puts the token in the URL path
/// (<c>/bot&lt;TOKEN&gt;/sendMessage</c>), so HttpClient's own request logging is removed for this client and the
/// URL, headers and body never reach a log whatever the levels.
/// </summary>
internal sealed class BotApiLoggingHandler(ILogger<BotApiLoggingHandler> logger) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var method = MethodName(request.RequestUri);
        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await base.SendAsync(request, cancellationToken);
            logger.LogDebug("Bot API {Method}: {Status} in {Elapsed} ms", method, (int)response.StatusCode, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return response;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogDebug("Bot API {Method} failed: {Error}", method, ex.GetType().Name);
            throw;
        }
    }

    /// <summary>The last path segment ("sendMessage"); nothing before it (the token) ever leaves this method.</summary>
    public static string MethodName(Uri? uri)
    {
        var path = uri?.AbsolutePath ?? string.Empty;
        var name = path[(path.LastIndexOf('/') + 1)..];
        return name.Length is > 0 and <= 64 && name.All(char.IsAsciiLetterOrDigit) ? name : "?";
    }
}
