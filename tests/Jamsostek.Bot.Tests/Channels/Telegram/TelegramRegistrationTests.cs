using Jamsostek.Bot.Channels.Telegram;
using Jamsostek.Bot.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace Jamsostek.Bot.Tests.Channels.Telegram;

/// <summary>A whole registration on Telegram, with the real client against the fake Bot API.</summary>
public sealed class TelegramRegistrationTests
{
    private static readonly string[] Answers =
    [
        "/start kampanye-hss", "daftar", "#ya", "6306 0552 0890 0003", "Siti Aminah", "12-08-1990", "#ya", "#63.06", "Kandangan",
        "kandangan kota", "Jl. Merdeka No. 5 RT 02", "0812-3456-7890", "ojol", "2,5 jt", "#JKK,JKM", "tiap bulan", "Ahmad Fauzi", "suami", "#kirim",
    ];

    [Theory]
    [InlineData(TelegramMode.Webhook)]
    [InlineData(TelegramMode.Polling)]
    public async Task Registration_StoresPendingSignUpAndSendsReference_WhenTypedOnTelegram(TelegramMode mode)
    {
        await using var database = await TestDb.CreateAsync(TestDb.Sqlite);
        await RegisterAsync(mode, database);
    }

    /// <summary>Issue 13: the same registration through the real webhook on PostgreSQL.</summary>
    [PostgresFact]
    public async Task Registration_StoresPendingSignUpAndSendsReference_WhenTheDatabaseIsPostgres()
    {
        await using var database = await TestDb.CreateAsync(TestDb.Postgres);
        await RegisterAsync(TelegramMode.Webhook, database);
    }

    private static async Task RegisterAsync(TelegramMode mode, TestDb database)
    {
        await using var api = await FakeBotApiServer.StartAsync();
        await using var bot = await TelegramBotHost.StartAsync(api, database.DbPath, mode, settings: database.Settings);

        var updateId = 100;
        var acknowledgedInResponse = 0;
        foreach (var answer in Answers)
        {
            var sentBefore = api.CallsTo("sendMessage").Count;
            var json = answer.StartsWith('#')
                ? TelegramTestUpdates.CallbackJson(answer[1..], ++updateId, messageId: await bot.CurrentKeyboardMessageIdAsync())
                : TelegramTestUpdates.TextJson(answer, ++updateId);
            if (mode == TelegramMode.Webhook)
            {
                var response = await bot.PostUpdateAsync(json);
                Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
                if ((await response.Content.ReadAsStringAsync()).Contains("\"answerCallbackQuery\"", StringComparison.Ordinal))
                {
                    acknowledgedInResponse++;
                }
            }
            else
            {
                api.EnqueueUpdate(json);
            }

            // A step may answer with two messages (an intro, then the question): wait for the whole reply.
            await Eventually.TrueAsync(
                async () => api.CallsTo("sendMessage").Count > sentBefore
                    && !await bot.QueryAsync(db => db.OutboxMessages.AnyAsync(m => m.SentAt == null && m.AbandonedAt == null)),
                $"the whole reply to '{answer}'");
        }

        var last = api.CallsTo("sendMessage")[^1].Json.GetProperty("text").GetString();
        Assert.Contains("Pendaftaran terkirim", last, StringComparison.Ordinal);
        var signUp = await bot.QueryAsync(db => db.SignUps.SingleAsync());
        Assert.Equal("6306055208900003", signUp.Nik);
        Assert.Equal("telegram", signUp.Channel);
        Assert.Equal(TelegramTestUpdates.ChatId.ToString(System.Globalization.CultureInfo.InvariantCulture), signUp.ChatId);
        Assert.Equal("kampanye-hss", signUp.Source);
        Assert.Equal("JKK,JKM", signUp.Programs);
        // Over the webhook a press is acknowledged in the response (Telegram:AcknowledgeInWebhookResponse), when polling by a
        // call made after the reply has gone (the reply first), so the last press's call may still be on its way.
        if (mode == TelegramMode.Polling)
        {
            await Eventually.TrueAsync(() => api.CallsTo("answerCallbackQuery").Count >= Answers.Count(a => a.StartsWith('#')), "every press acknowledged");
        }

        Assert.Equal(Answers.Count(a => a.StartsWith('#')), mode == TelegramMode.Webhook ? acknowledgedInResponse : api.CallsTo("answerCallbackQuery").Count);
        if (mode == TelegramMode.Webhook)
        {
            Assert.Empty(api.CallsTo("answerCallbackQuery"));
        }
        Assert.Empty(api.CallsTo("editMessageText")); // a press is acknowledged, not echoed (Telegram:EchoPressedButton off)
        Assert.Contains(api.CallsTo("sendMessage"), c => c.Body.Contains("inline_keyboard", StringComparison.Ordinal));
        Assert.DoesNotContain(api.CallsTo("sendMessage"), c => c.Body.Contains("parse_mode", StringComparison.Ordinal));
        if (mode == TelegramMode.Webhook)
        {
            Assert.Contains(Secret(api), "rahasia_webhook-123", StringComparison.Ordinal);
        }
    }

    private static string Secret(FakeBotApiServer api) =>
        api.CallsTo("setWebhook").Single().Json.GetProperty("secret_token").GetString() ?? string.Empty;
}
