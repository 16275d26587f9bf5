using System.Net;
using Jamsostek.Bot.Conversations;
using Jamsostek.Bot.Handoffs;
using Jamsostek.Bot.Officers;
using Jamsostek.Bot.Officers.Handoffs;
using Microsoft.EntityFrameworkCore;
using Jamsostek.Bot.Tests.TestSupport;

namespace Jamsostek.Bot.Tests.Officers;

/// <summary>/petugas/permintaan: workers' "hubungi petugas" requests, scoped by regency, replied through the outbox, closed.</summary>
public sealed class HandoffPageTests : OfficerConsoleTest
{
    [Fact]
    public async Task List_ShowsOwnRegencyOldestFirst_AndUnknownRegencyToAdminOnly()
    {
        await AddRequestAsync("chat-new", "63.06", "Pertanyaan baru", TimeSpan.FromHours(-1));
        await AddRequestAsync("chat-old", "63.06", "Pertanyaan lama", TimeSpan.FromHours(-5));
        await AddRequestAsync("chat-other", "63.07", "Pertanyaan kabupaten lain", TimeSpan.FromHours(-3));
        await AddRequestAsync("chat-unknown", null, "Pertanyaan tanpa wilayah", TimeSpan.FromHours(-2));

        using var rina = await Factory.SignedInAsync("rina");
        var html = await rina.GetStringAsync(new Uri("/petugas/permintaan", UriKind.Relative));
        Assert.True(html.IndexOf("Pertanyaan lama", StringComparison.Ordinal) < html.IndexOf("Pertanyaan baru", StringComparison.Ordinal));
        Assert.DoesNotContain("kabupaten lain", html, StringComparison.Ordinal);
        Assert.DoesNotContain("tanpa wilayah", html, StringComparison.Ordinal);
        Assert.Contains("Permintaan (2)", html, StringComparison.Ordinal);
        Assert.Contains("0812******01", html, StringComparison.Ordinal);
        Assert.DoesNotContain("081200000001", html, StringComparison.Ordinal);

        using var boss = await Factory.SignedInAsync("boss");
        var all = await boss.GetStringAsync(new Uri("/petugas/permintaan", UriKind.Relative));
        Assert.Contains("kabupaten lain", all, StringComparison.Ordinal);
        Assert.Contains("tanpa wilayah", all, StringComparison.Ordinal);
        Assert.Contains("Permintaan (4)", all, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reply_ReachesTheWorkersChatThroughTheOutbox_AndClosesWhenAsked()
    {
        var id = await AddRequestAsync("chat-1", "63.06", "Kapan kartu saya jadi?", TimeSpan.FromHours(-1));
        using var client = await Factory.SignedInAsync("rina");

        using var response = await OfficerWebFactory.PostFormAsync(client, "/petugas/permintaan",
            new() { ["balasan"] = "Kartu dikirim minggu ini.", ["selesai"] = "true" }, $"/petugas/permintaan?handler=Reply&id={id}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = Factory.Db();
        var message = await db.OutboxMessages.SingleAsync(m => m.ChatId == "chat-1");
        Assert.Equal("telegram", message.Channel);
        Assert.Equal($"{HandoffInbox.ReplyHeading}\n\nKartu dikirim minggu ini.", message.Text);
        var request = await db.HandoffRequests.SingleAsync(h => h.Id == id);
        Assert.Equal(Factory.Time.GetUtcNow(), request.ClosedAt);
        Assert.Equal("rina", request.ClosedBy);
        var actions = await db.AuditEntries.Where(a => a.EntityType == nameof(HandoffRequest)).Select(a => a.Action).ToListAsync();
        Assert.Equal(["handoff-replied", "handoff-closed"], actions.Order(StringComparer.Ordinal).Reverse());
    }

    [Fact]
    public async Task Close_MarksHandledWithoutMessage_AndLeavesTheList()
    {
        var id = await AddRequestAsync("chat-2", "63.06", "Mohon ditelepon", TimeSpan.FromHours(-1));
        using var client = await Factory.SignedInAsync("rina");

        using var response = await OfficerWebFactory.PostFormAsync(client, "/petugas/permintaan", [], $"/petugas/permintaan?handler=Close&id={id}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = Factory.Db();
        Assert.Equal("rina", (await db.HandoffRequests.SingleAsync(h => h.Id == id)).ClosedBy);
        Assert.False(await db.OutboxMessages.AnyAsync());
        Assert.DoesNotContain("Mohon ditelepon", await client.GetStringAsync(new Uri("/petugas/permintaan", UriKind.Relative)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReplyAndClose_AnswerNotFound_ForAnotherRegency()
    {
        var id = await AddRequestAsync("chat-3", "63.07", "Kabupaten lain", TimeSpan.FromHours(-1));
        using var client = await Factory.SignedInAsync("rina");

        using var reply = await OfficerWebFactory.PostFormAsync(client, "/petugas/permintaan", new() { ["balasan"] = "Halo" }, $"/petugas/permintaan?handler=Reply&id={id}");
        using var close = await OfficerWebFactory.PostFormAsync(client, "/petugas/permintaan", [], $"/petugas/permintaan?handler=Close&id={id}");

        Assert.Equal(HttpStatusCode.NotFound, reply.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, close.StatusCode);
        await using var db = Factory.Db();
        Assert.Null((await db.HandoffRequests.SingleAsync(h => h.Id == id)).ClosedAt);
        Assert.False(await db.OutboxMessages.AnyAsync());
    }

    [Fact]
    public async Task Reply_IsRefused_WithoutAntiforgeryToken()
    {
        var id = await AddRequestAsync("chat-4", "63.06", "Tanya", TimeSpan.FromHours(-1));
        using var client = await Factory.SignedInAsync("rina");
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["balasan"] = "Halo", ["selesai"] = "true" });

        using var response = await client.PostAsync(new Uri($"/petugas/permintaan?handler=Reply&id={id}", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await using var db = Factory.Db();
        Assert.False(await db.OutboxMessages.AnyAsync());
        Assert.Null((await db.HandoffRequests.SingleAsync(h => h.Id == id)).ClosedAt);
    }

    [Fact]
    public async Task List_PagesFiftyOldestFirst_WhenMoreRequestsAreOpen()
    {
        await using (var db = Factory.Db())
        {
            var now = Factory.Time.GetUtcNow();
            for (var i = 0; i < 120; i++)
            {
                db.HandoffRequests.Add(new HandoffRequest { Channel = "telegram", ChatId = $"c{i}", Question = $"Pertanyaan nomor {i:000}.", CreatedAt = now.AddMinutes(i - 200) });
            }

            await db.SaveChangesAsync();
        }

        using var boss = await Factory.SignedInAsync("boss");
        var first = await boss.GetStringAsync(new Uri("/petugas/permintaan", UriKind.Relative));
        var last = await boss.GetStringAsync(new Uri("/petugas/permintaan?halaman=3", UriKind.Relative));

        Assert.Equal(50, System.Text.RegularExpressions.Regex.Count(first, "Pertanyaan nomor"));
        Assert.Contains("Pertanyaan nomor 000.", first, StringComparison.Ordinal);
        Assert.DoesNotContain("Pertanyaan nomor 050.", first, StringComparison.Ordinal);
        Assert.Contains("halaman 1 dari 3", first, StringComparison.Ordinal);
        Assert.Contains("/petugas/permintaan?halaman=2", first, StringComparison.Ordinal);
        Assert.Equal(20, System.Text.RegularExpressions.Regex.Count(last, "Pertanyaan nomor"));
        Assert.Contains("Pertanyaan nomor 119.", last, StringComparison.Ordinal);
    }

    private async Task<long> AddRequestAsync(string chatId, string? regency, string question, TimeSpan age)
    {
        await using var db = Factory.Db();
        var now = Factory.Time.GetUtcNow();
        db.Participants.Add(new Participant { Channel = "telegram", ChatId = chatId, RegencyCode = regency, Phone = regency is null ? null : "+6281200000001", CreatedAt = now + age });
        var request = new HandoffRequest { Channel = "telegram", ChatId = chatId, Question = question, CreatedAt = now + age };
        db.HandoffRequests.Add(request);
        await db.SaveChangesAsync();
        return request.Id;
    }
}
