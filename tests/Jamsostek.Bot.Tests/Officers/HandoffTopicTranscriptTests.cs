using Jamsostek.Bot.Conversations;
using Jamsostek.Bot.Tests.TestSupport;
using Jamsostek.Dialogs.Engine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jamsostek.Bot.Tests.Officers;

/// <summary>
/// Issue 18: a bare "hubungi petugas" is asked what it is about, and the answer becomes the request's question
/// on the officer's page; a request made with its question is not asked again; "batal" leaves the request open.
/// The real dialogs, turn processor and console.
/// </summary>
public sealed class HandoffTopicTranscriptTests : OfficerConsoleTest
{
    private int next;

    [Fact]
    public async Task BareRequest_AsksWhatItIsAbout_AndTheAnswerIsTheQuestionTheOfficerSees()
    {
        var chat = await WorkerAsync();

        await SayAsync(chat, "hubungi petugas");
        await SayAsync(chat, "hubungi petugas"); // again: asked again, nothing added
        var asked = await RepliesAsync(chat);
        await SayAsync(chat, "Klaim JHT saya ditolak, kenapa ya?");

        var replies = await RepliesAsync(chat);
        Assert.Equal(2, asked.Count(r => r.Contains("mohon tuliskan singkat apa keperluan Anda", StringComparison.Ordinal)));
        Assert.Contains("keperluan Anda sudah kami teruskan", replies[^1], StringComparison.Ordinal);
        Assert.DoesNotContain(replies, r => r.Contains("kami tambahkan ke permintaan", StringComparison.Ordinal));
        await using (var db = Factory.Db())
        {
            var request = await db.HandoffRequests.SingleAsync();
            Assert.Equal("Klaim JHT saya ditolak, kenapa ya?", request.Question);
            Assert.Null(request.ClosedAt);
        }

        using var rina = await Factory.SignedInAsync("rina");
        var html = await rina.GetStringAsync(new Uri("/petugas/permintaan", UriKind.Relative));
        Assert.Contains("Klaim JHT saya ditolak, kenapa ya?", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Pekerja belum menyebut keperluannya", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RequestWithItsQuestion_IsForwardedAtOnce_AndTheNextMessageIsAnsweredAsUsual()
    {
        var chat = await WorkerAsync();

        await SayAsync(chat, "hubungi petugas, klaim saya ditolak kenapa");
        var first = await RepliesAsync(chat);
        await SayAsync(chat, "berapa iuran jkk");

        Assert.Contains("sudah kami teruskan ke petugas", first[^1], StringComparison.Ordinal);
        Assert.DoesNotContain("keperluan Anda", first[^1], StringComparison.Ordinal);
        await using var db = Factory.Db();
        var request = await db.HandoffRequests.SingleAsync();
        Assert.Equal("hubungi petugas, klaim saya ditolak kenapa", request.Question);
    }

    [Fact]
    public async Task Batal_AfterTheQuestion_LeavesTheRequestOpenWithoutIt()
    {
        var chat = await WorkerAsync();

        await SayAsync(chat, "hubungi petugas");
        await SayAsync(chat, "batal");
        await SayAsync(chat, "Klaim JHT saya ditolak, kenapa ya?");

        await using (var db = Factory.Db())
        {
            var request = await db.HandoffRequests.SingleAsync();
            Assert.Equal("hubungi petugas", request.Question);
            Assert.Null(request.ClosedAt);
        }

        using var rina = await Factory.SignedInAsync("rina");
        var html = await rina.GetStringAsync(new Uri("/petugas/permintaan", UriKind.Relative));
        Assert.Contains("Pekerja belum menyebut keperluannya", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TanyaPetugasButton_AsksToo_AndAMenuWordLeavesTheRequestOpenWithoutQuestion()
    {
        var chat = await WorkerAsync();

        await SayAsync(chat, InboundInput.FromChoice("petugas", "Tanya petugas"));
        var asked = await RepliesAsync(chat);
        await SayAsync(chat, InboundInput.FromText("menu"));

        Assert.Contains("mohon tuliskan singkat apa keperluan Anda", asked[^1], StringComparison.Ordinal);
        Assert.Contains("Apa yang ingin Anda lakukan?", (await RepliesAsync(chat))[^1], StringComparison.Ordinal);
        await using var db = Factory.Db();
        var request = await db.HandoffRequests.SingleAsync();
        Assert.True(HandoffTopic.IsBare(request.Question));
        Assert.Null(request.ClosedAt);
    }

    [Theory]
    [InlineData("hubungi petugas", true)]
    [InlineData("(meminta dihubungi petugas)", true)]
    [InlineData("mau ngomong sama petugas dong", true)]
    [InlineData("Hubungi petugas!", true)]
    [InlineData("hubungi petugas, klaim saya ditolak kenapa", false)]
    [InlineData("Kartu saya belum datang", false)]
    public void IsBare_TellsARequestThatNamesNoTopic(string question, bool bare) =>
        Assert.Equal(bare, HandoffTopic.IsBare(question));

    // A worker of Kab. Hulu Sungai Selatan with a sign-up, so that rina (petugas there) sees the request.
    private async Task<(string Channel, string ChatId)> WorkerAsync()
    {
        var signUp = await Factory.AddSignUpAsync(s => s.FullName = "Siti Aminah");
        await using var db = Factory.Db();
        db.Participants.Add(new Participant { Channel = signUp.Channel, ChatId = signUp.ChatId, RegencyCode = "63.06", Phone = signUp.Phone, CreatedAt = Factory.Time.GetUtcNow().AddDays(-3) });
        await db.SaveChangesAsync();
        return (signUp.Channel, signUp.ChatId);
    }

    private Task<TurnOutcome> SayAsync((string Channel, string ChatId) chat, string text) => SayAsync(chat, InboundInput.FromText(text));

    private Task<TurnOutcome> SayAsync((string Channel, string ChatId) chat, InboundInput input)
    {
        Factory.Time.Advance(TimeSpan.FromMinutes(1));
        return Factory.Services.GetRequiredService<TurnProcessor>().ProcessAsync(
            new InboundMessage(chat.Channel, chat.ChatId, $"m{Interlocked.Increment(ref next)}", input, Factory.Time.GetUtcNow()));
    }

    private async Task<List<string>> RepliesAsync((string Channel, string ChatId) chat)
    {
        await using var db = Factory.Db();
        return await db.OutboxMessages.Where(m => m.ChatId == chat.ChatId).OrderBy(m => m.Id).Select(m => m.Text).ToListAsync();
    }
}
