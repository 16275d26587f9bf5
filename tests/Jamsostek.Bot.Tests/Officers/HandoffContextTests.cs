using Jamsostek.Bot.Handoffs;
using Jamsostek.Bot.Conversations;
using Jamsostek.Bot.Tests.TestSupport;

namespace Jamsostek.Bot.Tests.Officers;

/// <summary>Issue 18: a request says who asks (name, linked sign-up) and about what (the last chat lines); handled ones are kept.</summary>
public sealed class HandoffContextTests : OfficerConsoleTest
{
    [Fact]
    public async Task Request_ShowsWhoAsksWithALink_TheLastChatLines_AndABareRequestSaysSo()
    {
        var signUp = await Factory.AddSignUpAsync(s => s.FullName = "Siti Aminah");
        await using (var db = Factory.Db())
        {
            var now = Factory.Time.GetUtcNow();
            db.Participants.Add(new Participant { Channel = signUp.Channel, ChatId = signUp.ChatId, RegencyCode = "63.06", Phone = signUp.Phone, CreatedAt = now.AddDays(-3) });
            db.ConversationMessages.AddRange(
                new ConversationMessage { Channel = signUp.Channel, ChatId = signUp.ChatId, Direction = "in", Text = "iuran saya bulan april belum tercatat", At = now.AddMinutes(-10) },
                new ConversationMessage { Channel = signUp.Channel, ChatId = signUp.ChatId, Direction = "in", Text = "baris pendaftaran", At = now.AddMinutes(-9), SessionId = "reg-1" });
            db.HandoffRequests.Add(new HandoffRequest { Channel = signUp.Channel, ChatId = signUp.ChatId, Question = "hubungi petugas", CreatedAt = now.AddMinutes(-5) });
            await db.SaveChangesAsync();
        }

        using var rina = await Factory.SignedInAsync("rina");
        var html = await rina.GetStringAsync(new Uri("/petugas/permintaan", UriKind.Relative));

        Assert.Contains($"<a href=\"/petugas/pendaftaran/{signUp.Id}\">Siti Aminah</a>", html, StringComparison.Ordinal);
        Assert.Contains("iuran saya bulan april belum tercatat", html, StringComparison.Ordinal);
        Assert.DoesNotContain("baris pendaftaran", html, StringComparison.Ordinal); // a registration's lines stay on its sign-up page
        Assert.Contains("Pekerja belum menyebut keperluannya", html, StringComparison.Ordinal);
        Assert.Contains("<table class=\"permintaan kartu\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task History_ListsHandledRequests_WithWhoClosedThem()
    {
        long id;
        await using (var db = Factory.Db())
        {
            var now = Factory.Time.GetUtcNow();
            db.Participants.Add(new Participant { Channel = "telegram", ChatId = "c1", RegencyCode = "63.06", CreatedAt = now });
            var request = new HandoffRequest { Channel = "telegram", ChatId = "c1", Question = "Kapan kartu saya jadi?", CreatedAt = now.AddHours(-2) };
            db.HandoffRequests.Add(request);
            await db.SaveChangesAsync();
            id = request.Id;
        }

        using var rina = await Factory.SignedInAsync("rina");
        using var closed = await OfficerWebFactory.PostFormAsync(rina, "/petugas/permintaan", [], $"/petugas/permintaan?handler=Close&id={id}");
        var open = await rina.GetStringAsync(new Uri("/petugas/permintaan", UriKind.Relative));
        var history = await rina.GetStringAsync(new Uri("/petugas/permintaan?riwayat=true", UriKind.Relative));

        Assert.DoesNotContain("Kapan kartu saya jadi?", open, StringComparison.Ordinal);
        Assert.Contains("Kapan kartu saya jadi?", history, StringComparison.Ordinal);
        Assert.Contains("oleh rina", history, StringComparison.Ordinal);
        Assert.Contains("1 permintaan selesai", history, StringComparison.Ordinal);
    }
}
