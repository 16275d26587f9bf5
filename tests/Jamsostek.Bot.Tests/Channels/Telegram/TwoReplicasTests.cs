using System.Globalization;
using System.Text.Json;
using Jamsostek.Bot.Channels.Telegram;
using Jamsostek.Bot.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace Jamsostek.Bot.Tests.Channels.Telegram;

/// <summary>
/// Issue 13: two bot hosts on different loopback ports, one PostgreSQL database, one (fake) Telegram. Four workers
/// register at once; one chat's updates alternate between the hosts, another's each reach both hosts (Telegram
/// retrying against a second replica). Every sign-up is stored once, every chat gets each reply once and in order,
/// and the outbox is drained once between the two dispatchers. (Reminders planned by two planners at once on one
/// PostgreSQL database: ReminderPlannerTests.PlanAsync_QueuesEachReminderOnce_WhenTwoPassesRace.)
/// </summary>
public sealed class TwoReplicasTests
{
    [PostgresFact]
    public async Task Webhook_StoresEachSignUpOnceAndRepliesOnceInOrder_WhenTrafficIsSpreadOverTwoHosts()
    {
        await using var database = await TestDb.CreateAsync(TestDb.Postgres);
        await using var api = await FakeBotApiServer.StartAsync();
        await using var hostA = await TelegramBotHost.StartAsync(api, database.DbPath, TelegramMode.Webhook, settings: database.Settings);
        await using var hostB = await TelegramBotHost.StartAsync(api, database.DbPath, TelegramMode.Webhook, settings: database.Settings);
        Assert.NotEqual(hostA.Http.BaseAddress, hostB.Http.BaseAddress);
        var hosts = new[] { hostA, hostB };
        var updates = 0;

        await Task.WhenAll(Enumerable.Range(1, 4).Select(chat => Task.Run(async () =>
        {
            var answers = Registration(chat);
            for (var step = 0; step < answers.Length; step++)
            {
                var updateId = (chat * 1000) + step;
                var json = TextJson(chat, answers[step], updateId);
                var before = SentTo(api, chat).Count;
                Interlocked.Increment(ref updates);
                var posts = chat switch
                {
                    1 => hosts.Select(h => h.PostUpdateAsync(json)).ToArray(),     // the same update on both hosts at once
                    2 => [hosts[step % 2].PostUpdateAsync(json)],                  // one chat's turns alternate
                    _ => [hosts[(chat + step) % 2].PostUpdateAsync(json)],
                };
                Assert.All(await Task.WhenAll(posts), r => Assert.Equal(System.Net.HttpStatusCode.OK, r.StatusCode));
                await Eventually.TrueAsync(
                    async () => SentTo(api, chat).Count > before && !await hostA.QueryAsync(db => db.OutboxMessages.AnyAsync(m => m.ChatId == ChatId(chat) && m.SentAt == null && m.AbandonedAt == null)),
                    $"chat {chat}: the reply to '{answers[step]}'",
                    TimeSpan.FromSeconds(90));
            }
        })));

        var signUps = await hostA.QueryAsync(db => db.SignUps.ToListAsync());
        Assert.True(signUps.Count == 4, "chat 3 was told:\n" + string.Join("\n---\n", SentTo(api, 3)));
        Assert.Equal(Enumerable.Range(1, 4).Select(ChatId), signUps.Select(s => s.ChatId).Order());
        Assert.All(signUps, s => Assert.Equal(Nik(int.Parse(s.ChatId[^1..], CultureInfo.InvariantCulture)), s.Nik));
        Assert.Equal(updates, await hostA.QueryAsync(db => db.ProcessedMessages.CountAsync()));
        await hostA.OutboxSettledAsync();
        await hostB.OutboxSettledAsync();
        var rows = await hostA.QueryAsync(db => db.OutboxMessages.OrderBy(m => m.Id).ToListAsync());
        Assert.All(rows, r => Assert.NotNull(r.SentAt));
        for (var chat = 1; chat <= 4; chat++)
        {
            var mine = rows.Where(r => r.ChatId == ChatId(chat)).ToList();
            var sent = SentTo(api, chat);
            Assert.Equal(mine.Sum(r => r.PartsSent), sent.Count); // each part sent once, by one of the two dispatchers
            // In order and once each: what Telegram received, end to end, is the chat's queued rows in order (the renderer
            // may join consecutive rows into one message, so the texts are compared as one run without whitespace and the emphasis marks it drops).
            Assert.Equal(Squeeze(mine.Select(r => r.Text)), Squeeze(sent));
            Assert.Contains("Pendaftaran terkirim", sent[^1], StringComparison.Ordinal);
        }
    }

    private static string Squeeze(IEnumerable<string> texts) => string.Concat(string.Concat(texts).Where(c => !char.IsWhiteSpace(c) && c is not ('*' or '_')));

    private static string ChatId(int chat) => (424200 + chat).ToString(CultureInfo.InvariantCulture);

    private static string Nik(int chat) => $"630605520890000{chat}";

    private static string[] Registration(int chat) =>
    [
        "/start", "1", "ya", Nik(chat), "Pekerja " + new[] { "Satu", "Dua", "Tiga", "Empat" }[chat - 1], "12-08-1990", "ya", "ya", "Kandangan", "kandangan kota",
        "Jl. Pasar Lama 9", $"0812-5555-12{chat}0", "pedagang", "2,5 jt", "2", "3", "Ahmad Fauzi", "anak", "kirim",
    ];

    private static List<string> SentTo(FakeBotApiServer api, int chat) => api.CallsTo("sendMessage")
        .Where(c => c.Json.GetProperty("chat_id").ToString() == ChatId(chat))
        .Select(c => c.Json.GetProperty("text").GetString() ?? string.Empty)
        .ToList();

    private static string TextJson(int chat, string text, long updateId) =>
        $$$"""
        {"update_id":{{{updateId}}},"message":{"message_id":{{{updateId}}},"date":1767225600,
         "chat":{"id":{{{ChatId(chat)}}},"type":"private","first_name":"Pekerja"},
         "from":{"id":{{{ChatId(chat)}}},"is_bot":false,"first_name":"Pekerja","language_code":"id"},"text":{{{JsonSerializer.Serialize(text)}}}}}
        """;
}
