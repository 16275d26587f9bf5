using System.Net;
using Jamsostek.Bot.Outbox;
using Jamsostek.Bot.Tests.Channels.Telegram;
using Jamsostek.Bot.Tests.TestSupport;
using Jamsostek.Dialogs.Parsing;
using Microsoft.EntityFrameworkCore;

namespace Jamsostek.Bot.Tests.Channels.WhatsApp;

/// <summary>A whole registration through the WhatsApp webhook, against the fake Graph API, as a transcript.</summary>
public sealed class WhatsAppRegistrationTests
{
    // "#id" presses that choice of the latest question: a reply button, a list row, or its number in a numbered list.
    internal static readonly string[] Answers =
    [
        "daftar", "#ya", "6306 0552 0890 0003", "Siti Aminah", "12-08-1990", "#ya", "#63.06", "Kandangan",
        "kandangan kota", "Jl. Merdeka No. 5 RT 02", "0812-3456-7890", "ojol", "2,5 jt", "#JKK,JKM", "tiap bulan", "Ahmad Fauzi", "suami", "#kirim",
    ];

    [Fact]
    public async Task Registration_StoresPendingSignUpAndSendsReference_WhenAnsweredOnWhatsApp()
    {
        await using var api = await FakeGraphApiServer.StartAsync();
        using var temp = new TempDatabase();
        await using var bot = await WhatsAppBotHost.StartAsync(api, temp.DbPath);
        var kinds = new HashSet<string>(StringComparer.Ordinal);

        var n = 0;
        foreach (var answer in Answers)
        {
            var json = answer.StartsWith('#') ? await PressAsync(bot, answer[1..], $"wamid.in{++n}", kinds) : WhatsAppTestWebhooks.Text(answer, $"wamid.in{++n}");
            await AnswerAsync(bot, api, json, answer);
        }

        var last = FakeGraphApiServer.TextOf(api.Messages[^1]);
        Assert.Contains("Pendaftaran terkirim", last, StringComparison.Ordinal);
        var signUp = await bot.QueryAsync(db => db.SignUps.SingleAsync());
        Assert.Equal("6306055208900003", signUp.Nik);
        Assert.Equal("whatsapp", signUp.Channel);
        Assert.Equal(WhatsAppBotHost.Person, signUp.ChatId);
        Assert.Equal("JKK,JKM", signUp.Programs);
        Assert.Contains("button", kinds); // the consent's yes/no
        Assert.All(api.Messages, m => Assert.Equal(WhatsAppBotHost.Person, m.GetProperty("to").GetString()));
        Assert.All(api.Messages, m => Assert.True(FakeGraphApiServer.TextOf(m).Length <= 4096));
        var participant = await bot.QueryAsync(db => db.Participants.SingleAsync());
        Assert.NotNull(participant.LastInboundAt);
    }

    internal static async Task AnswerAsync(WhatsAppBotHost bot, FakeGraphApiServer api, string json, string what)
    {
        var sentBefore = api.Messages.Count;
        var response = await bot.PostAsync(json);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await Eventually.TrueAsync(
            async () => api.Messages.Count > sentBefore
                && !await bot.QueryAsync(db => db.OutboxMessages.AnyAsync(m => m.SentAt == null && m.AbandonedAt == null)),
            $"the whole reply to '{what}'");
    }

    internal static async Task<string> PressAsync(WhatsAppBotHost bot, string id, string wamid, HashSet<string> kinds)
    {
        var question = await bot.QueryAsync(db => db.OutboxMessages.Where(m => m.ChoicesJson != "[]").OrderByDescending(m => m.Id).FirstAsync());
        var choices = OutboxChoices.Deserialize(question.ChoicesJson);
        var index = choices.ToList().FindIndex(c => c.Id == id);
        Assert.True(index >= 0, $"'{id}' is not a choice of the latest question");
        if (choices.Count > 10)
        {
            kinds.Add("numbered");
            return WhatsAppTestWebhooks.Text(ChoiceNumbering.NumberAt([.. choices.Select(c => c.Id)], index), wamid);
        }

        kinds.Add(choices.Count <= 3 ? "button" : "list");
        return choices.Count <= 3
            ? WhatsAppTestWebhooks.Button(id, choices[index].Label, wamid, question.ExternalMessageId)
            : WhatsAppTestWebhooks.ListRow(id, choices[index].Label, wamid, question.ExternalMessageId);
    }
}
