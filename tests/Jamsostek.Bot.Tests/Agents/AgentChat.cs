using System.Text.RegularExpressions;
using Jamsostek.Bot.Agents;
using Jamsostek.Bot.Conversations;
using Jamsostek.Bot.Data;
using Jamsostek.Bot.Tests.TestSupport;
using Jamsostek.Dialogs.Engine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace Jamsostek.Bot.Tests.Agents;

/// <summary>
/// The real engine and dialogs/ with Agents/ around the turn, on a fresh database (SQLite or PostgreSQL) and a fake clock: an agent linked
/// to chat "agen-1" (kader Bu Rahmah, Kab. Hulu Sungai Selatan) and helpers to talk as the agent or as a worker.
/// </summary>
internal sealed partial class AgentChat : IAsyncDisposable
{
    public const string AgentChatId = "agen-1";
    public const string LinkCode = "AGEN12345678";

    /// <summary>What the agent answers for Siti Aminah after "daftarkan orang lain" (as RegistrationChatTests' worker does for herself).</summary>
    public static readonly string[] SitiAnswers =
    [
        "ya", "6306 0552 0890 0003", "Siti Aminah", "12 agt 90", "ya", "ya", "Kandangan", "kandangan kota",
        "Jl. Merdeka No. 5 RT 02", "0812-3456-7890", "pedagang", "2,5 jt", "JKK + JKM + JHT", "tiap 3 bulan", "Ahmad Fauzi", "anak", "kirim",
    ];

    private readonly TestDb database;
    private int next;

    private AgentChat(TestDb database, IHost host, FakeTimeProvider time)
    {
        this.database = database;
        Host = host;
        Time = time;
    }

    public IHost Host { get; }

    public FakeTimeProvider Time { get; }

    public long AgentId { get; private set; }

    public static async Task<AgentChat> StartAsync(string provider = TestDb.Sqlite)
    {
        var database = await TestDb.CreateAsync(provider);
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 2, 0, 0, TimeSpan.Zero));
        var host = await BotServices.StartAsync(database.DbPath, services =>
        {
            services.AddSingleton<TimeProvider>(time);
            services.AddAgents();
        }, database.Settings);
        var chat = new AgentChat(database, host, time);
        await using var db = chat.Db();
        var agent = new Agent { Name = "Bu Rahmah", Kind = "kader", RegencyCode = "63.06", Phone = "+6281111111111", LinkCode = LinkCode, CreatedAt = time.GetUtcNow(), CreatedBy = "test" };
        db.Agents.Add(agent);
        await db.SaveChangesAsync();
        chat.AgentId = agent.Id;
        return chat;
    }

    public BotDbContext Db() => Host.Services.GetRequiredService<IDbContextFactory<BotDbContext>>().CreateDbContext();

    /// <returns>The replies this message got, in order.</returns>
    public Task<IReadOnlyList<string>> SendAsync(string chatId, string text) => SendInputAsync(chatId, InboundInput.FromText(text));

    /// <returns>The replies a button press got, in order.</returns>
    public Task<IReadOnlyList<string>> ChooseAsync(string chatId, string choiceId) => SendInputAsync(chatId, InboundInput.FromChoice(choiceId));

    public async Task<IReadOnlyList<string>> RepliesAsync(string chatId, long after = 0)
    {
        await using var db = Db();
        return await db.OutboxMessages.AsNoTracking().Where(m => m.ChatId == chatId && m.Id > after).OrderBy(m => m.Id).Select(m => m.Text).ToListAsync();
    }

    /// <summary>The agent links the chat, then registers Siti Aminah; returns the reply to "kirim" (reference and consent code).</summary>
    public async Task<string> AgentRegistersSitiAsync()
    {
        await SendAsync(AgentChatId, "agen 1234-5678");
        await SendAsync(AgentChatId, "daftarkan orang lain");
        IReadOnlyList<string> last = [];
        foreach (var answer in SitiAnswers)
        {
            last = await SendAsync(AgentChatId, answer);
        }

        return string.Join('\n', last);
    }

    public static string ConsentCodeIn(string text) => ConsentCode().Match(text).Value;

    public async ValueTask DisposeAsync()
    {
        await Host.StopAsync();
        Host.Dispose();
        await database.DisposeAsync();
    }

    private async Task<IReadOnlyList<string>> SendInputAsync(string chatId, InboundInput input)
    {
        await using var db = Db();
        var before = await db.OutboxMessages.Where(m => m.ChatId == chatId).MaxAsync(m => (long?)m.Id) ?? 0;
        await Host.Services.GetRequiredService<TurnProcessor>().ProcessAsync(
            new InboundMessage("terminal", chatId, $"m{Interlocked.Increment(ref next)}", input, Time.GetUtcNow()));
        return await RepliesAsync(chatId, after: before);
    }

    [GeneratedRegex(@"\bS[0-9]{8}\b")]
    private static partial Regex ConsentCode();
}
