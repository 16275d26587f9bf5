using Jamsostek.Bot.Outbox;

namespace Jamsostek.Bot.Tests.Channels.Telegram;

/// <summary>
/// A turn's own replies know whether the contact keyboard still shows (its snapshot read it, issue 12 round 15), so
/// the send does not ask the database again; a row without that knowledge (a first turn, a pass) still asks.
/// </summary>
public sealed partial class TelegramOutboxDispatcherTests
{
    [Theory]
    [InlineData(true, false, true)] // the turn saw the contact keyboard: taken down, nothing read
    [InlineData(false, true, false)] // the turn saw none: the turn's knowledge counts
    [InlineData(null, true, true)] // not known: read from the replies sent
    [InlineData(null, false, false)]
    public async Task SendClaimedAsync_TakesContactKeyboardDownAsTheTurnKnew_WhenTheReplyHasInlineButtons(bool? shownBefore, bool contactSentBefore, bool takenDown)
    {
        await using var fixture = await DispatcherFixture.StartAsync();
        var dispatcher = fixture.NewDispatcher();
        await fixture.AddAsync(fixture.Row("Ketik nomor HP Anda.", requestContact: contactSentBefore));
        await dispatcher.DispatchOnceAsync(default);
        var next = Claimed(fixture.Row("Langkah 10 dari 16 · Pekerjaan\nApa pekerjaan utama Anda?", choicesJson: "[{\"id\":\"petani\",\"label\":\"Petani\"}]"), fixture);
        next.ContactKeyboardShownBefore = shownBefore;
        await fixture.AddAsync(next);

        Assert.True(await dispatcher.SendClaimedAsync([next], default));

        var calls = fixture.Api.CallsTo("sendMessage").Skip(1).Select(c => c.Json).ToList();
        Assert.Equal(takenDown ? 2 : 1, calls.Count);
        Assert.Equal(takenDown, calls[0].GetProperty("reply_markup").TryGetProperty("remove_keyboard", out _));
        Assert.True(calls[^1].GetProperty("reply_markup").TryGetProperty("inline_keyboard", out _));
        Assert.EndsWith("Apa pekerjaan utama Anda?", fixture.SentTexts()[^1], StringComparison.Ordinal);
    }
}
