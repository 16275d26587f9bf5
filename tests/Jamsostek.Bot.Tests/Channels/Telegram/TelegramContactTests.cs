using Jamsostek.Bot.Channels.Telegram;
using Jamsostek.Bot.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace Jamsostek.Bot.Tests.Channels.Telegram;

/// <summary>
/// The no_hp step on Telegram: the contact button is offered, only one's own contact is taken, and the
/// contact keyboard is taken down before the next question's inline buttons.
/// </summary>
public sealed class TelegramContactTests
{
    private static readonly string[] ToPhoneStep =
    [
        "daftar", "#ya", "6306055208900003", "Siti Aminah", "12-08-1990", "#ya", "#63.06", "Kandangan", "kandangan kota", "Jl. Merdeka No. 5 RT 02",
    ];

    [Fact]
    public async Task NoHp_OffersContactButtonTakesOwnContactRefusesAnother_WhenContactsAreShared()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        using var temp = new TempDatabase();
        await using var bot = await TelegramBotHost.StartAsync(api, temp.DbPath, TelegramMode.Webhook);
        var updateId = 40L;
        foreach (var answer in ToPhoneStep)
        {
            await bot.AnswerAsync(answer, ++updateId);
        }

        Assert.Equal("no_hp", await Step(bot));
        var asked = api.CallsTo("sendMessage")[^1].Json.GetProperty("reply_markup");
        Assert.True(asked.GetProperty("keyboard")[0][0].GetProperty("request_contact").GetBoolean());
        Assert.Equal(TelegramRenderer.ContactButtonLabel, asked.GetProperty("keyboard")[0][0].GetProperty("text").GetString());

        await bot.PostUpdateAsync(Contact("+6285299998888", contactUserId: 999, ++updateId));
        await Eventually.TrueAsync(() => api.CallsTo("sendMessage")[^1].Body.Contains("bukan nomor Anda sendiri", StringComparison.Ordinal), "the refusal");
        Assert.Equal("no_hp", await Step(bot));

        await bot.PostUpdateAsync(Contact("6281251234567", contactUserId: TelegramTestUpdates.UserId, ++updateId));
        await Eventually.TrueAsync(async () => await Step(bot) == "pekerjaan", "the next step");

        await bot.CurrentKeyboardMessageIdAsync();
        var sent = api.CallsTo("sendMessage").Select(c => c.Json).ToList();
        Assert.True(sent[^2].GetProperty("reply_markup").GetProperty("remove_keyboard").GetBoolean());
        Assert.True(sent[^1].GetProperty("reply_markup").TryGetProperty("inline_keyboard", out _));

        var slots = await bot.QueryAsync(db => db.Conversations.Select(c => c.SlotsJson).SingleAsync());
        Assert.Equal("+6281251234567", System.Text.Json.JsonDocument.Parse(slots).RootElement.GetProperty("no_hp").GetString());
        Assert.DoesNotContain("6285299998888", slots, StringComparison.Ordinal);
    }

    private static Task<string?> Step(TelegramBotHost bot) => bot.QueryAsync(db => db.Conversations.Select(c => c.StepId).SingleAsync());

    private static string Contact(string phone, long contactUserId, long updateId) => TelegramTestUpdates.MessageJson(
        $"\"contact\":{{\"phone_number\":\"{phone}\",\"first_name\":\"Siti\",\"user_id\":{contactUserId}}}", updateId);
}
