using Microsoft.Extensions.Options;
using Telegram.Bot;

namespace Jamsostek.Bot.Channels.Telegram;

/// <summary>
/// The bot's @username, for t.me links: Telegram:BotUsername when set, else asked once with getMe (kept after
/// the first success; a failure is retried next time, and the caller does without the link meanwhile).
/// </summary>
public sealed class TelegramBotIdentity(ITelegramBotClient client, IOptions<TelegramOptions> options, ILogger<TelegramBotIdentity> logger)
{
    private readonly TimeSpan requestTimeout = TimeSpan.FromSeconds(options.Value.RequestTimeoutSeconds);
    private string? known = Clean(options.Value.BotUsername);

    public async Task<string?> UsernameAsync(CancellationToken cancellationToken)
    {
        if (known is not null)
        {
            return known;
        }

        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(requestTimeout);
        try
        {
            var me = await client.GetMe(limit.Token);
            return known = Clean(me.Username);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogInformation("Telegram getMe failed, no t.me link this time: {Reason}", TelegramErrorClassifier.Classify(ex).Reason);
            return null;
        }
    }

    /// <summary>"https://t.me/name" for a username with or without its '@'.</summary>
    public static string LinkTo(string username) => $"https://t.me/{username}";

    private static string? Clean(string? username) => username?.Trim().TrimStart('@') is { Length: > 0 } name ? name : null;
}
