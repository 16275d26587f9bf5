using Jamsostek.Bot.Channels.Telegram;
using Jamsostek.Bot.Tests.TestSupport;
using Jamsostek.Bot.Outbox;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Telegram.Bot.Types.ReplyMarkups;

namespace Jamsostek.Bot.Tests.Channels.Telegram;

public sealed class TelegramSenderTests : IAsyncLifetime
{
    private const string Chat = "424242";
    private FakeBotApiServer server = null!;
    private TelegramSender sender = null!;

    public async Task InitializeAsync()
    {
        server = await FakeBotApiServer.StartAsync();
        sender = new TelegramSender(server.CreateClient(), NullLogger<TelegramSender>.Instance);
    }

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task SendAsync_SentWithMessageId_WhenApiAnswersOk()
    {
        var outcome = await sender.SendAsync(Chat, new TelegramOutgoingMessage("Halo, Bapak/Ibu!"), default);

        Assert.Equal(SendOutcomeKind.Sent, outcome.Kind);
        Assert.Equal("1001", outcome.MessageId);
        var call = Assert.Single(server.CallsTo("sendMessage"));
        Assert.Equal(424242, call.Json.GetProperty("chat_id").GetInt64());
        Assert.Equal("Halo, Bapak/Ibu!", call.Json.GetProperty("text").GetString());
        Assert.False(call.Json.TryGetProperty("parse_mode", out _));
    }

    [Fact]
    public async Task SendAsync_RetryAfterWithoutClientRetry_WhenApiAnswers429()
    {
        server.Script("sendMessage", FakeBotApiResponse.TooManyRequests(7));

        var outcome = await sender.SendAsync(Chat, new TelegramOutgoingMessage("x"), default);

        Assert.Equal(SendOutcome.Wait(TimeSpan.FromSeconds(7), outcome.Reason), outcome);
        Assert.Single(server.CallsTo("sendMessage"));
    }

    [Theory]
    [InlineData("blocked")]
    [InlineData("deactivated")]
    [InlineData("chat-not-found")]
    public async Task SendAsync_Unreachable_WhenPersonCannotBeReached(string why)
    {
        server.Script("sendMessage", why switch
        {
            "blocked" => FakeBotApiResponse.Blocked(),
            "deactivated" => FakeBotApiResponse.UserDeactivated(),
            _ => FakeBotApiResponse.ChatNotFound(),
        });

        var outcome = await sender.SendAsync(Chat, new TelegramOutgoingMessage("x"), default);

        Assert.Equal(SendOutcomeKind.Unreachable, outcome.Kind);
        Assert.NotNull(outcome.Reason);
    }

    [Fact]
    public async Task SendAsync_Rejected_WhenApiAnswersOtherBadRequest()
    {
        server.Script("sendMessage", FakeBotApiResponse.BadRequest("message text is empty"));

        var outcome = await sender.SendAsync(Chat, new TelegramOutgoingMessage("x"), default);

        Assert.Equal(SendOutcomeKind.Rejected, outcome.Kind);
        Assert.Contains("message text is empty", outcome.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_Transient_WhenApiAnswers500()
    {
        server.Script("sendMessage", FakeBotApiResponse.ServerError());

        var outcome = await sender.SendAsync(Chat, new TelegramOutgoingMessage("x"), default);

        Assert.Equal(SendOutcomeKind.Transient, outcome.Kind);
        Assert.Single(server.CallsTo("sendMessage"));
    }

    [Fact]
    public async Task SendAsync_Transient_WhenServerIsUnreachable()
    {
        var address = server.BaseUrl;
        await server.DisposeAsync();
        server = await FakeBotApiServer.StartAsync();
        var client = TelegramBotClientFactory.Create(new TelegramOptions { BotToken = FakeBotApiServer.Token, ApiBaseUrl = address });
        var offline = new TelegramSender(client, NullLogger<TelegramSender>.Instance);

        var outcome = await offline.SendAsync(Chat, new TelegramOutgoingMessage("x"), default);

        Assert.Equal(SendOutcomeKind.Transient, outcome.Kind);
        Assert.DoesNotContain(FakeBotApiServer.Token, outcome.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_Transient_WhenResponseIsSlowerThanTheClientTimeout()
    {
        server.Script("sendMessage", FakeBotApiResponse.Slow(TimeSpan.FromSeconds(5)));
        using var http = new HttpClient { Timeout = TimeSpan.FromMilliseconds(300) };
        var impatient = new TelegramSender(server.CreateClient(http), NullLogger<TelegramSender>.Instance);

        var outcome = await impatient.SendAsync(Chat, new TelegramOutgoingMessage("x"), default);

        Assert.Equal(SendOutcome.Transient("timeout"), outcome);
    }

    [Fact]
    public async Task SendAsync_ThrowsOperationCanceled_WhenCallerCancelsASlowSend()
    {
        // The fake's clock never moves, so the slow answer never comes: only the caller's cancellation can end the send.
        await using var stopped = await FakeBotApiServer.StartAsync(new FakeTimeProvider());
        stopped.Script("sendMessage", FakeBotApiResponse.Slow(TimeSpan.FromSeconds(10)));
        var patient = new TelegramSender(stopped.CreateClient(), NullLogger<TelegramSender>.Instance);
        using var cts = new CancellationTokenSource();

        var sending = patient.SendAsync(Chat, new TelegramOutgoingMessage("x"), cts.Token);
        await Eventually.TrueAsync(() => stopped.CallsTo("sendMessage").Count == 1, "the send to reach the API");
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sending);
    }

    [Fact]
    public async Task SendAsync_TransientTimeout_WhenApiHangsLongerThanRequestTimeout()
    {
        var limited = new TelegramSender(server.CreateClient(), NullLogger<TelegramSender>.Instance,
            Microsoft.Extensions.Options.Options.Create(new TelegramOptions { RequestTimeoutSeconds = 1 }));
        server.Script("sendMessage", FakeBotApiResponse.Slow(TimeSpan.FromSeconds(30)));

        var outcome = await limited.SendAsync(Chat, new TelegramOutgoingMessage("x"), default);

        Assert.Equal(SendOutcome.Transient("timeout"), outcome);
    }

    [Fact]
    public async Task AnswerCallbackQueryAsync_FalseWithoutThrowing_WhenQueryIsTooOld()
    {
        server.Script("answerCallbackQuery", FakeBotApiResponse.BadRequest("query is too old and response timeout expired"));

        Assert.False(await sender.AnswerCallbackQueryAsync("cbq-1", null, default));
        Assert.True(await sender.AnswerCallbackQueryAsync("cbq-2", null, default));
        Assert.Equal("cbq-2", server.CallsTo("answerCallbackQuery")[1].Json.GetProperty("callback_query_id").GetString());
    }

    [Fact]
    public async Task EditMessageTextAsync_EchoesChoiceAndDropsKeyboard_WhenChoicePressed()
    {
        var text = TelegramRenderer.EchoChoice("Apakah Anda setuju?", "Ya, setuju");

        Assert.True(await sender.EditMessageTextAsync(Chat, 55, text, null, default));

        var call = Assert.Single(server.CallsTo("editMessageText")).Json;
        Assert.Equal(55, call.GetProperty("message_id").GetInt32());
        Assert.Equal("Apakah Anda setuju?\n\n➡️ Ya, setuju", call.GetProperty("text").GetString());
        Assert.False(call.TryGetProperty("reply_markup", out _));
    }

    [Fact]
    public async Task EditMessageTextAsync_FalseWithoutThrowing_WhenApiFails()
    {
        server.Script("editMessageText", FakeBotApiResponse.ServerError());

        Assert.False(await sender.EditMessageTextAsync(Chat, 55, "x", null, default));
    }

    [Fact]
    public async Task EditReplyMarkupAsync_SendsNewPage_WhenPaging()
    {
        var markup = new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("A", "a"));

        Assert.True(await sender.EditReplyMarkupAsync(Chat, 55, markup, default));

        var call = Assert.Single(server.CallsTo("editMessageReplyMarkup")).Json;
        Assert.Equal("a", call.GetProperty("reply_markup").GetProperty("inline_keyboard")[0][0].GetProperty("callback_data").GetString());
    }
}
