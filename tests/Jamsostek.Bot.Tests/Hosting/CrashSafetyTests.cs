using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text.Json;
using Jamsostek.Bot.Cli;
using Jamsostek.Bot.Data;
using Jamsostek.Bot.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Xunit.Abstractions;

namespace Jamsostek.Bot.Tests.Hosting;

/// <summary>
/// Issue 13: kill -9 the built host in the middle of webhook traffic for many chats, start it again on the same
/// database, let Telegram redeliver what was not acknowledged: nothing acknowledged is lost, no reply goes out twice
/// (beyond the one part whose send the kill interrupted), every registration ends in one whole sign-up. SQLite by
/// default; PostgreSQL when JAMSOSTEK_TEST_PG is set (<see cref="BotProcess.DatabaseArguments"/>).
/// </summary>
public sealed class CrashSafetyTests(ITestOutputHelper output)
{
    private const int Chats = 16;
    private const int Parallel = 8;

    // The whole registration typed (choices by their words), as in RegistrationChatTests; NIK and phone per chat.
    private static string[] Registration(int chat) =>
    [
        "/start", "1", "ya", $"6306 0552 0890 {chat:D4}", "Siti Aminah", "12 agt 90", "ya", "ya", "Kandangan", "kandangan kota",
        "Jl. Merdeka No. 5 RT 02", $"0812-3456-{7000 + chat:D4}", "pedagang", "2,5 jt", "JKK + JKM + JHT", "tiap 3 bulan", "Ahmad Fauzi", "anak", "kirim",
    ];

    [Fact]
    public async Task KillNineMidRun_ThenRestart_LosesNoAcknowledgedUpdate_SendsNoReplyTwice_LeavesNoHalfSignUp()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        await using var temp = await BotProcess.CreateDatabaseAsync();
        var database = BotProcess.DatabaseArguments(temp);
        await using var store = Open(database);
        var dbFactory = store.GetRequiredService<IDbContextFactory<BotDbContext>>();
        var acknowledged = new ConcurrentDictionary<(long Chat, int Step), bool>();
        var next = new int[Chats + 1]; // per chat: the first step not yet acknowledged
        var total = Chats * Registration(1).Length;
        int callsAtKill;

        await using (var first = await BotProcess.StartAsync(api, database))
        {
            using var stop = new CancellationTokenSource();
            var drivers = DriveAsync(first, next, acknowledged, stop.Token);
            // Kill once about 40 % of the updates are acknowledged: mid-registration for every chat.
            await Eventually.TrueAsync(() => acknowledged.Count >= total * 2 / 5, "40 % of the updates acknowledged", TimeSpan.FromMinutes(3));
            await first.KillAsync();
            callsAtKill = api.Calls.Count;
            await stop.CancelAsync();
            await drivers;
        }

        var acknowledgedBeforeKill = acknowledged.Keys.ToList();
        await using (var second = await BotProcess.StartAsync(api, database))
        {
            // Telegram redelivers from the first update it did not get a 200 for, in order.
            await DriveAsync(second, next, acknowledged, CancellationToken.None);
            Assert.Equal(total, acknowledged.Count);

            // The replies leased to requests the kill cut off wait for their lease (2 minutes), then go.
            await Eventually.TrueAsync(
                async () =>
                {
                    await using var db = await dbFactory.CreateDbContextAsync();
                    return !await db.OutboxMessages.AnyAsync(m => m.SentAt == null && m.AbandonedAt == null);
                },
                "every reply sent",
                TimeSpan.FromMinutes(4));
        }

        await using var db = await dbFactory.CreateDbContextAsync();
        var processed = await db.ProcessedMessages.Where(p => p.Channel == "telegram").Select(p => p.MessageId).ToListAsync();
        Assert.Equal(total, processed.Count); // every update once: the redelivered ones deduplicated
        Assert.All(acknowledgedBeforeKill, k => Assert.Contains(KeyOf(k.Chat, k.Step), processed));

        // No reply twice: per chat, each text reached the Bot API as often as the outbox holds it; one more copy only
        // for a part the kill caught between the send and its record (sent before the kill, again after).
        var sent = api.CallsTo("sendMessage").Select(c => (Chat: c.Json.GetProperty("chat_id").ToString(), Text: c.Json.GetProperty("text").GetString()!)).ToList();
        var rows = await db.OutboxMessages.Where(m => m.SentAt != null).Select(m => new { m.ChatId, m.PartsSent }).ToListAsync();
        Assert.Equal(total, acknowledged.Count);
        var resent = sent.GroupBy(s => s).Where(g => g.Count() > 1).ToList();
        var callIndex = api.Calls.Select((c, i) => (c, i)).Where(x => x.c.Method == "sendMessage").Select(x => x.i).ToList();
        foreach (var group in resent)
        {
            var indexes = sent.Select((s, i) => (s, i)).Where(x => x.s == group.Key).Select(x => callIndex[x.i]).ToList();
            Assert.True(indexes.Count == 2 && indexes[0] < callsAtKill && indexes[1] >= callsAtKill, $"sent {indexes.Count} times: {group.Key.Text[..Math.Min(40, group.Key.Text.Length)]}");
        }

        Assert.Equal(rows.Sum(r => r.PartsSent), sent.Count - resent.Count);
        output.WriteLine($"{total} updates in {Chats} chats; {acknowledgedBeforeKill.Count} acknowledged before the kill; {sent.Count} sends, {resent.Count} resent after the kill");

        // Every registration whole: one pending sign-up per chat with every answer, none half-written.
        var list = await BotCli.RunAsync(["signups", "list", "--json", .. database]);
        var signUps = JsonDocument.Parse(list.Stdout).RootElement.EnumerateArray().ToList();
        Assert.Equal(Chats, signUps.Count);
        Assert.All(signUps, s =>
        {
            Assert.Equal("pending", s.GetProperty("status").GetString());
            Assert.Equal("Siti Aminah", s.GetProperty("fullName").GetString());
            Assert.Equal(["JKK", "JKM", "JHT"], s.GetProperty("programs").EnumerateArray().Select(p => p.GetString()));
            Assert.Equal("Ahmad Fauzi", s.GetProperty("heir").GetProperty("name").GetString());
            Assert.StartsWith("BPU-", s.GetProperty("reference").GetString(), StringComparison.Ordinal);
        });
        Assert.Equal(Chats, signUps.Select(s => s.GetProperty("nik").GetString()).Distinct().Count());
    }

    /// <summary>Each chat's updates one after another (Telegram waits for a 200), <see cref="Parallel"/> chats at once.</summary>
    private static async Task DriveAsync(BotProcess bot, int[] next, ConcurrentDictionary<(long, int), bool> acknowledged, CancellationToken stop)
    {
        using var gate = new SemaphoreSlim(Parallel);
        await Task.WhenAll(Enumerable.Range(1, Chats).Select(async chat =>
        {
            await gate.WaitAsync(CancellationToken.None);
            try
            {
                var answers = Registration(chat);
                var refusals = 0;
                while (next[chat] < answers.Length && !stop.IsCancellationRequested)
                {
                    var step = next[chat];
                    try
                    {
                        using var response = await bot.PostUpdateAsync(UpdateJson(chat, step, answers[step]));
                        if (response.StatusCode != HttpStatusCode.OK)
                        {
                            // 503: Telegram delivers it again (a bounded number of times here).
                            Assert.True(++refusals < 50, $"update {step} of chat {chat} refused 50 times: {response.StatusCode}");
                            continue;
                        }
                    }
                    catch (HttpRequestException)
                    {
                        return; // the host died: this update was not acknowledged
                    }
                    catch (TaskCanceledException)
                    {
                        return;
                    }

                    acknowledged[(ChatOf(chat), step)] = true;
                    next[chat] = step + 1;
                }
            }
            finally
            {
                gate.Release();
            }
        }));
    }

    private static long ChatOf(int chat) => 7_000_000 + chat;

    // update_id and message_id unique per (chat, step); a redelivery repeats them exactly.
    private static int MessageIdOf(int step) => 100 + step;

    private static string KeyOf(long chat, int step) => $"tg:m:{chat.ToString(CultureInfo.InvariantCulture)}:{MessageIdOf(step).ToString(CultureInfo.InvariantCulture)}";

    private static string UpdateJson(int chat, int step, string text) =>
        $$$"""
        {"update_id":{{{chat * 100 + step}}},"message":{"message_id":{{{MessageIdOf(step)}}},"date":1767225600,
         "chat":{"id":{{{ChatOf(chat)}}},"type":"private","first_name":"Siti"},
         "from":{"id":{{{ChatOf(chat)}}},"is_bot":false,"first_name":"Siti","language_code":"id"},"text":{{{JsonSerializer.Serialize(text)}}}}}
        """;

    /// <summary>The bot's own database wiring with the host's arguments: whichever provider the host used.</summary>
    private static ServiceProvider Open(IReadOnlyList<string> database)
    {
        var (command, error) = CommandLine.Parse(["signups", "list", .. database]);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], DisableDefaults = true });
        builder.AddCommandLineSettings(command ?? throw new InvalidOperationException(error));
        builder.AddBotDatabase();
        return builder.Services.BuildServiceProvider();
    }
}
