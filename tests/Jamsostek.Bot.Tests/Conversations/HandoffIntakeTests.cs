using Jamsostek.Bot.Conversations;
using Jamsostek.Bot.Handoffs;
using Jamsostek.Bot.Tests.TestSupport;
using Jamsostek.Dialogs.Engine;
using Microsoft.EntityFrameworkCore;

namespace Jamsostek.Bot.Tests.Conversations;

/// <summary>"hubungi petugas" again and again opens one request per chat, and no request grows past 1 000 characters.</summary>
public sealed class HandoffIntakeTests
{
    private static FakeEngine Handoff() => new((state, input, _) =>
        new TurnResult(state, [Reply.Plain("Diteruskan ke petugas.")], [new HandoffRequestedEffect(input.Text ?? string.Empty)]));

    [Fact]
    public async Task ProcessAsync_AddsToOpenRequestAndSaysSo_WhenChatAsksAgain()
    {
        await using var fixture = await TurnFixture.StartAsync(Handoff());

        await fixture.SendAsync("Kartu saya belum datang");
        await fixture.SendAsync("Tolong dibantu segera");
        await fixture.SendAsync("Dari chat lain", chatId: "chat-2");

        await using var db = fixture.Db();
        var requests = await db.HandoffRequests.OrderBy(h => h.Id).ToListAsync();
        Assert.Equal(2, requests.Count);
        Assert.StartsWith("Kartu saya belum datang\n\n[Tambahan ", requests[0].Question, StringComparison.Ordinal);
        Assert.EndsWith("] Tolong dibantu segera", requests[0].Question, StringComparison.Ordinal);
        var replies = await db.OutboxMessages.Where(m => m.ChatId == "chat-1").OrderBy(m => m.Id).Select(m => m.Text).ToListAsync();
        Assert.Equal(3, replies.Count);
        Assert.Contains("kami tambahkan ke permintaan", replies[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProcessAsync_KeepsFirstThousandCharactersAndSaysSo_WhenQuestionIsLonger()
    {
        await using var fixture = await TurnFixture.StartAsync(Handoff());

        await fixture.SendAsync(new string('a', 1500));
        await fixture.SendAsync("tambahan yang tidak muat lagi");

        await using var db = fixture.Db();
        var request = await db.HandoffRequests.SingleAsync();
        Assert.Equal(HandoffRequest.MaxQuestionLength, request.Question.Length);
        Assert.Equal(new string('a', 1000), request.Question);
        var replies = await db.OutboxMessages.OrderBy(m => m.Id).Select(m => m.Text).ToListAsync();
        Assert.Contains("1.000 karakter pertama", replies[1], StringComparison.Ordinal);
        Assert.Contains(replies.Skip(2), r => r.Contains("1.000 karakter pertama", StringComparison.Ordinal));
    }
}
