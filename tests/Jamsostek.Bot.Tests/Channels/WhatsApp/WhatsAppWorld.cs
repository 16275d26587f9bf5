using Jamsostek.Bot.Channels.WhatsApp;
using Jamsostek.Bot.Conversations;
using Jamsostek.Bot.Outbox;
using Jamsostek.Bot.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Jamsostek.Bot.Tests.Channels.WhatsApp;

/// <summary>A WhatsApp host on a fake clock whose outbox dispatcher only runs when a test says so (no background loop).</summary>
internal sealed class WhatsAppWorld : IAsyncDisposable
{
    private readonly TempDatabase temp;

    private WhatsAppWorld(FakeGraphApiServer api, TempDatabase temp, WhatsAppBotHost bot, FakeTimeProvider time)
    {
        Api = api;
        this.temp = temp;
        Bot = bot;
        Time = time;
    }

    public FakeGraphApiServer Api { get; }

    public WhatsAppBotHost Bot { get; }

    public FakeTimeProvider Time { get; }

    public static async Task<WhatsAppWorld> StartAsync(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var api = await FakeGraphApiServer.StartAsync();
        var temp = new TempDatabase();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 5, 12, 1, 0, 0, TimeSpan.Zero));
        var all = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>()) { ["WhatsApp:OutboxPollSeconds"] = "3600" };
        var bot = await WhatsAppBotHost.StartAsync(api, temp.DbPath, all, s => s.AddSingleton<TimeProvider>(time), backgroundOutbox: false);
        return new WhatsAppWorld(api, temp, bot, time);
    }

    public async Task PersonWroteAsync(double hoursAgo)
    {
        await using var db = Db();
        db.Participants.Add(new Participant
        {
            Channel = WhatsAppChannel.Name, ChatId = WhatsAppBotHost.Person, CreatedAt = Time.GetUtcNow().AddDays(-10),
            LastInboundAt = Time.GetUtcNow().AddHours(-hoursAgo),
        });
        await db.SaveChangesAsync();
    }

    public async Task QueueNoticeAsync(string? kind, string parameters)
    {
        await using var db = Db();
        var row = WhatsAppOutboxTests.Row("Pendaftaran Anda disetujui.", kind: kind, parameters: parameters);
        row.CreatedAt = Time.GetUtcNow();
        db.OutboxMessages.Add(row);
        await db.SaveChangesAsync();
    }

    public async Task<OutboxMessage> RowAsync()
    {
        await using var db = Db();
        return await db.OutboxMessages.AsNoTracking().Where(m => m.TurnMessageId == null).OrderBy(m => m.Id).FirstAsync();
    }

    /// <summary>
    /// The person writes (a text, or "#id" for a choice of the latest question) and every reply is sent; returns what
    /// they read, in order.
    /// </summary>
    public async Task<IReadOnlyList<string>> SayAsync(string text)
    {
        var json = text.StartsWith('#') ? await PressJsonAsync(text[1..]) : WhatsAppTestWebhooks.Text(text, NextWamid());
        return await PostAndSendAsync(json);
    }

    /// <summary>Presses "Pakai nomor ini" under the latest question.</summary>
    public async Task<IReadOnlyList<string>> PressOwnNumberAsync()
    {
        var question = await LatestQuestionAsync(m => m.RequestContact);
        return await PostAndSendAsync(WhatsAppTestWebhooks.Button(WhatsAppChannel.OwnNumberChoice, "Pakai nomor ini", NextWamid(), question.ExternalMessageId));
    }

    private int wamids;

    private string NextWamid() => "wamid.world" + (++wamids).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private async Task<IReadOnlyList<string>> PostAndSendAsync(string json)
    {
        var before = Api.Messages.Count;
        var response = await Bot.PostAsync(json);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        await Eventually.TrueAsync(
            async () =>
            {
                await PassAsync();
                await using var db = Db();
                return !await db.OutboxMessages.AnyAsync(m => m.TurnMessageId != null && m.SentAt == null && m.AbandonedAt == null);
            },
            "every reply sent");
        return [.. Api.Messages.Skip(before).Select(FakeGraphApiServer.TextOf)];
    }

    private async Task<OutboxMessage> LatestQuestionAsync(System.Linq.Expressions.Expression<Func<OutboxMessage, bool>> which)
    {
        await using var db = Db();
        return await db.OutboxMessages.Where(which).OrderByDescending(m => m.Id).FirstAsync();
    }

    private async Task<string> PressJsonAsync(string id)
    {
        var question = await LatestQuestionAsync(m => m.ChoicesJson != "[]");
        var choices = OutboxChoices.Deserialize(question.ChoicesJson);
        var index = choices.ToList().FindIndex(c => c.Id == id);
        Assert.True(index >= 0, $"'{id}' is not a choice of the latest question");
        return choices.Count > WhatsAppMessages.MaxListRows
            ? WhatsAppTestWebhooks.Text(Jamsostek.Dialogs.Parsing.ChoiceNumbering.NumberAt([.. choices.Select(c => c.Id)], index), NextWamid())
            : choices.Count <= WhatsAppMessages.MaxButtons
                ? WhatsAppTestWebhooks.Button(id, choices[index].Label, NextWamid(), question.ExternalMessageId)
                : WhatsAppTestWebhooks.ListRow(id, choices[index].Label, NextWamid(), question.ExternalMessageId);
    }

    /// <summary>One explicit dispatcher pass (the background loop sleeps on the fake clock).</summary>
    public Task<bool> PassAsync() => Bot.Services.GetRequiredService<OutboxDispatcher>().DispatchOnceAsync(WhatsAppChannel.Name);

    public async ValueTask DisposeAsync()
    {
        await Bot.DisposeAsync();
        await Api.DisposeAsync();
        temp.Dispose();
    }

    public Jamsostek.Bot.Data.BotDbContext Db() => Bot.Services.GetRequiredService<IDbContextFactory<Jamsostek.Bot.Data.BotDbContext>>().CreateDbContext();
}
