using Jamsostek.Bot.Channels.Telegram;
using Jamsostek.Bot.Tests.TestSupport;
using Jamsostek.Dialogs.Engine;
using Microsoft.Extensions.Logging.Abstractions;

namespace Jamsostek.Bot.Tests.Channels.Telegram;

/// <summary>Rendered messages as the real client puts them on the wire.</summary>
public sealed class TelegramRendererSendTests : IAsyncLifetime
{
    private readonly TelegramRenderer renderer = new();
    private FakeBotApiServer server = null!;
    private TelegramSender sender = null!;

    public async Task InitializeAsync()
    {
        server = await FakeBotApiServer.StartAsync();
        sender = new TelegramSender(server.CreateClient(), NullLogger<TelegramSender>.Instance);
    }

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task Render_SentVerbatimWithoutParseMode_WhenNameHasMarkupCharacters()
    {
        const string text = "Nama: <script>alert(1)</script>*_Siti_* [x](y) & Co";

        foreach (var message in renderer.Render(new Reply(text, [new ReplyChoice("ya", "Benar")])))
        {
            Assert.True((await sender.SendAsync("424242", message, default)).IsSent);
        }

        var call = Assert.Single(server.CallsTo("sendMessage")).Json;
        Assert.Equal(text, call.GetProperty("text").GetString());
        Assert.False(call.TryGetProperty("parse_mode", out _));
        Assert.Equal("ya", call.GetProperty("reply_markup").GetProperty("inline_keyboard")[0][0].GetProperty("callback_data").GetString());
    }

    [Fact]
    public async Task Render_ThreeSendsKeyboardOnLast_WhenTextHas10000Characters()
    {
        var text = string.Join(' ', Enumerable.Repeat("manfaat", 1250));

        foreach (var message in renderer.Render(new Reply(text, [new ReplyChoice("ok", "Oke")])))
        {
            Assert.True((await sender.SendAsync("424242", message, default)).IsSent);
        }

        var calls = server.CallsTo("sendMessage").Select(c => c.Json).ToList();
        Assert.Equal(3, calls.Count);
        Assert.All(calls, c => Assert.InRange(c.GetProperty("text").GetString()!.Length, 1, 4096));
        Assert.False(calls[0].TryGetProperty("reply_markup", out _));
        Assert.True(calls[2].GetProperty("reply_markup").TryGetProperty("inline_keyboard", out _));
    }

    [Fact]
    public async Task Render_RemoveKeyboardOnTheWire_WhenPlainReply()
    {
        var message = Assert.Single(renderer.Render(Reply.Plain("Terima kasih.")));

        await sender.SendAsync("424242", message, default);

        var markup = Assert.Single(server.CallsTo("sendMessage")).Json.GetProperty("reply_markup");
        Assert.True(markup.GetProperty("remove_keyboard").GetBoolean());
    }
}
