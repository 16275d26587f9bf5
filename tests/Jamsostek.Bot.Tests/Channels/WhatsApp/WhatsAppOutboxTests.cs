using Jamsostek.Bot.Channels.WhatsApp;
using Jamsostek.Bot.Conversations;
using Jamsostek.Bot.Outbox;
using Jamsostek.Bot.Tests.Channels.Telegram;
using Jamsostek.Bot.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace Jamsostek.Bot.Tests.Channels.WhatsApp;

/// <summary>
/// The 24-hour window, templates and Meta's error codes, on a fake clock against the fake Graph API: the host's
/// dispatcher is driven pass by pass (its poll never elapses on the fake clock; each pass is explicit).
/// </summary>
public sealed class WhatsAppOutboxTests
{
    private static readonly Dictionary<string, string?> Templates = new() { ["WhatsApp:Templates:reminder"] = "pengingat_iuran" };

    [Fact]
    public async Task Notice_GoesAsTemplateWithItsParameters_WhenOutsideTheWindow()
    {
        await using var world = await WhatsAppWorld.StartAsync(Templates);
        await world.PersonWroteAsync(hoursAgo: 30);
        await world.QueueNoticeAsync("reminder", """{"nama":"Siti","kpj":"12345678901","bulan":"Mei 2026","iuran":"Rp16.800","jatuh_tempo":"15 Mei 2026"}""");

        await world.PassAsync();

        var sent = Assert.Single(world.Api.Messages);
        Assert.Equal("template", FakeGraphApiServer.TypeOf(sent));
        var template = sent.GetProperty("template");
        Assert.Equal("pengingat_iuran", template.GetProperty("name").GetString());
        Assert.Equal("id", template.GetProperty("language").GetProperty("code").GetString());
        var values = template.GetProperty("components")[0].GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("text").GetString());
        Assert.Equal(["Siti", "12345678901", "Mei 2026", "Rp16.800", "15 Mei 2026"], values);
    }

    [Fact]
    public async Task Notice_GoesAsText_WhenInsideTheWindow()
    {
        await using var world = await WhatsAppWorld.StartAsync(Templates);
        await world.PersonWroteAsync(hoursAgo: 2);
        await world.QueueNoticeAsync("reminder", "{}");

        await world.PassAsync();

        Assert.Equal("text", FakeGraphApiServer.TypeOf(Assert.Single(world.Api.Messages)));
    }

    [Fact]
    public async Task Notice_WaitsForTheNextMessage_WhenOutsideTheWindowWithoutTemplate()
    {
        await using var world = await WhatsAppWorld.StartAsync();
        await world.PersonWroteAsync(hoursAgo: 30);
        await world.QueueNoticeAsync("decision", "{}");

        await world.PassAsync();
        await world.PassAsync();
        Assert.Empty(world.Api.Messages);
        Assert.True((await world.RowAsync()).AwaitingInbound);

        await world.Bot.PostAsync(WhatsAppTestWebhooks.Text("halo", "wamid.w1"));

        // The host's own dispatcher may hold the row's lease for a moment, so passes go until the notice has gone.
        await Eventually.TrueAsync(
            async () =>
            {
                await world.PassAsync();
                return world.Api.Messages.Any(m => FakeGraphApiServer.TextOf(m) == "Pendaftaran Anda disetujui.");
            },
            "the waiting notice, sent after the person's message");
    }

    [Fact]
    public async Task Notice_SwitchesToTemplate_WhenMetaAnswers131047()
    {
        await using var world = await WhatsAppWorld.StartAsync(Templates);
        await world.PersonWroteAsync(hoursAgo: 2);
        await world.QueueNoticeAsync("reminder", """{"nama":"Siti"}""");
        world.Api.Fail(WhatsAppErrors.OutsideWindow);

        await world.PassAsync();
        await world.PassAsync();

        Assert.Equal(["text", "template"], world.Api.Messages.Select(FakeGraphApiServer.TypeOf));
        Assert.NotNull((await world.RowAsync()).SentAt);
    }

    [Theory]
    [InlineData(WhatsAppErrors.Throughput)]
    [InlineData(WhatsAppErrors.PairRate)]
    [InlineData(500)]
    public async Task Send_BacksOffAndRetries_WhenMetaSaysSlowDownOrFails(int code)
    {
        await using var world = await WhatsAppWorld.StartAsync();
        await world.PersonWroteAsync(hoursAgo: 1);
        await world.QueueNoticeAsync(null, "{}");
        world.Api.Fail(code);

        await world.PassAsync();
        var waiting = await world.RowAsync();
        Assert.Null(waiting.SentAt);
        Assert.Null(waiting.AbandonedAt);
        Assert.True(waiting.NextAttemptAt > world.Time.GetUtcNow());

        world.Time.Advance(TimeSpan.FromSeconds(10));
        await world.PassAsync();

        Assert.Equal(2, world.Api.Messages.Count);
        Assert.NotNull((await world.RowAsync()).SentAt);
    }

    [Theory]
    [InlineData(WhatsAppErrors.Undeliverable)]
    [InlineData(WhatsAppErrors.SpamLimit)]
    [InlineData(WhatsAppErrors.UnsupportedType)]
    public async Task Send_GivesUpAtOnceAndKeepsTheReason_WhenMetaRefusesForGood(int code)
    {
        await using var world = await WhatsAppWorld.StartAsync();
        await world.PersonWroteAsync(hoursAgo: 1);
        await world.QueueNoticeAsync(null, "{}");
        world.Api.Fail(code);

        await world.PassAsync();
        world.Time.Advance(TimeSpan.FromMinutes(10));
        await world.PassAsync();

        Assert.Single(world.Api.Messages);
        var row = await world.RowAsync();
        Assert.NotNull(row.AbandonedAt);
        Assert.Contains(code.ToString(System.Globalization.CultureInfo.InvariantCulture), row.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Restart_SendsUnsentRowsOnce()
    {
        await using var api = await FakeGraphApiServer.StartAsync();
        using var temp = new TempDatabase();
        using (var first = await BotServices.StartAsync(temp.DbPath))
        {
            // Written by a process that stopped before anything was sent (no channel of its own).
            await using var db = await first.Services.GetRequiredService<IDbContextFactory<Jamsostek.Bot.Data.BotDbContext>>().CreateDbContextAsync();
            db.OutboxMessages.Add(Row("Pesan pertama", turn: "wa:m:r1"));
            db.OutboxMessages.Add(Row("Pesan kedua", turn: "wa:m:r1"));
            await db.SaveChangesAsync();
            await first.StopAsync();
        }

        await using (var restarted = await WhatsAppBotHost.StartAsync(api, temp.DbPath))
        {
            await Eventually.TrueAsync(() => api.Messages.Count >= 2, "both rows sent after the restart");
            await restarted.OutboxSettledAsync();
        }

        Assert.Equal(["Pesan pertama", "Pesan kedua"], api.Messages.Select(FakeGraphApiServer.TextOf));
    }

    internal static OutboxMessage Row(string text, string? turn = null, string? kind = null, string? parameters = null) => new()
    {
        Channel = WhatsAppChannel.Name,
        ChatId = WhatsAppBotHost.Person,
        Text = text,
        CreatedAt = DateTimeOffset.UtcNow,
        TurnMessageId = turn,
        NoticeKind = kind,
        NoticeParametersJson = parameters,
    };
}
