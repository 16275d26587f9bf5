using Jamsostek.Bot.Channels.Telegram;
using Jamsostek.Bot.Tests.Channels.Telegram;
using Jamsostek.Bot.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Jamsostek.Bot.Tests.Privacy;

/// <summary>
/// Issue 9.1 and 13: whatever the log level, the bot token and what a worker types never reach a log line or a log
/// scope (structured logs ship scopes as fields), with the serve host's metrics on.
/// </summary>
public sealed class LogLeakTests
{
    private static readonly string[] Answers =
    [
        "/start", "daftar", "#ya", "6306 0552 0890 0003", "Siti Aminah", "12-08-1990", "#ya", "#63.06", "Kandangan",
        "kandangan kota", "Jl. Merdeka No. 5 RT 02", "0812-3456-7890", "ojol", "2,5 jt", "#JKK,JKM", "tiap bulan", "Ahmad Fauzi", "suami", "#kirim",
    ];

    [Fact]
    public async Task Registration_LeavesNoTokenNikNameOrPhoneInTheLog_WhenEveryLevelIsOn()
    {
        var logs = new ListLoggerProvider();
        await using var api = await FakeBotApiServer.StartAsync();
        using var temp = new TempDatabase();
        await using (var bot = await TelegramBotHost.StartAsync(api, temp.DbPath, TelegramMode.Webhook, configure: services =>
        {
            services.AddLogging(l => l.AddProvider(logs));
            services.AddMetrics();
            services.AddSingleton<Jamsostek.Bot.Observability.BotMetrics>(); // turns and sends counted as in serve
            // Every category at Trace, whatever appsettings.json says: the token must not depend on the levels.
            services.PostConfigure<LoggerFilterOptions>(o =>
            {
                o.Rules.Clear();
                o.MinLevel = LogLevel.Trace;
            });
        }))
        {
            var updateId = 500;
            foreach (var answer in Answers)
            {
                await bot.AnswerAsync(answer, ++updateId);
            }
        }

        var text = string.Join('\n', logs.Lines.Concat(logs.Scopes));
        Assert.NotEmpty(logs.Scopes); // the request scopes were captured, not skipped
        Assert.Contains("sendMessage", text, StringComparison.Ordinal); // the calls are logged, by method name
        Assert.DoesNotContain(FakeBotApiServer.Token, text, StringComparison.Ordinal);
        Assert.DoesNotContain("TEST-token_abc", text, StringComparison.Ordinal);
        foreach (var typed in new[] { "6306055208900003", "6306 0552 0890 0003", "Siti Aminah", "Aminah", "081234567890", "0812-3456-7890", "6281234567890", "Ahmad Fauzi", "Merdeka" })
        {
            Assert.DoesNotContain(typed, text, StringComparison.Ordinal);
        }
    }
}
