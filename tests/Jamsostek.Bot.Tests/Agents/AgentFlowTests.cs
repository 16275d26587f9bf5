using Jamsostek.Bot.Agents;
using Jamsostek.Bot.Audit;
using Jamsostek.Bot.Tests.TestSupport;
using Jamsostek.Dialogs.Engine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jamsostek.Bot.Tests.Agents;

/// <summary>"Daftarkan orang lain" as whole conversations: the agent's chat, the worker's own chat, the expiry pass.</summary>
public sealed class AgentFlowTests
{
    private const string Nik = "6306055208900003";

    [Theory, SqliteData, PostgresData]
    public async Task AgentFlow_EndsPendingAndCreditsAgent_WhenWorkerConfirmsFromOwnChat(string provider)
    {
        await using var chat = await AgentChat.StartAsync(provider);

        var submitted = await chat.AgentRegistersSitiAsync();
        var code = AgentChat.ConsentCodeIn(submitted);
        var held = await SignUpAsync(chat);
        Assert.Equal((SignUpStatus.Held, chat.AgentId, code), (held.Status, held.AgentId, held.ConfirmCode));
        Assert.Contains(held.Reference, submitted, StringComparison.Ordinal);
        Assert.DoesNotContain("Siti", submitted, StringComparison.Ordinal);

        var fromAgentsPhone = await chat.SendAsync(AgentChat.AgentChatId, code);
        var question = Assert.Single(await chat.SendAsync("pekerja-siti", code));
        var confirmed = await chat.SendAsync("pekerja-siti", "Ya, saya setuju");

        Assert.Contains("dari HP pekerja", Assert.Single(fromAgentsPhone), StringComparison.Ordinal);
        Assert.Contains("Siti Aminah", question, StringComparison.Ordinal);
        Assert.DoesNotContain(Nik, question, StringComparison.Ordinal);
        Assert.Contains("menunggu pemeriksaan petugas", Assert.Single(confirmed), StringComparison.Ordinal);
        var pending = await SignUpAsync(chat);
        Assert.Equal((SignUpStatus.Pending, chat.AgentId, "pekerja-siti", (string?)null), (pending.Status, pending.AgentId, pending.ChatId, pending.ConfirmCode));
        Assert.NotNull(pending.ConfirmedAt);
        Assert.Contains(await chat.RepliesAsync(AgentChat.AgentChatId), t => t.Contains($"Pekerja sudah menyetujui pendaftaran {pending.Reference}", StringComparison.Ordinal));
        await using var db = chat.Db();
        // The registration's transcript is the worker's now (the officer's detail page reads it there), none left with the agent.
        var lines = await db.ConversationMessages.AsNoTracking().Where(m => m.SessionId == pending.RegistrationSession).ToListAsync();
        Assert.Contains(lines, l => l.Text.Contains("Siti Aminah", StringComparison.Ordinal));
        Assert.All(lines, l => Assert.Equal("pekerja-siti", l.ChatId));
    }

    [Theory, SqliteData, PostgresData]
    public async Task AgentFlow_ExpiresNeverQueuedAndAgentTold_WhenWorkerNeverConfirms(string provider)
    {
        await using var chat = await AgentChat.StartAsync(provider);
        var code = AgentChat.ConsentCodeIn(await chat.AgentRegistersSitiAsync());
        var expiry = chat.Host.Services.GetRequiredService<HeldSignUpExpiry>();

        chat.Time.Advance(TimeSpan.FromDays(6));
        var early = await expiry.ExpireAsync(CancellationToken.None);
        chat.Time.Advance(TimeSpan.FromDays(2));
        var expired = await expiry.ExpireAsync(CancellationToken.None);
        var late = await chat.SendAsync("pekerja-siti", code);

        Assert.Equal((0, 1), (early, expired));
        var signUp = await SignUpAsync(chat);
        Assert.Equal((SignUpStatus.Withdrawn, AuditEntry.Redacted, AuditEntry.Redacted), (signUp.Status, signUp.Nik, signUp.FullName));
        Assert.Null(signUp.ConfirmedAt);
        Assert.Contains("tidak dikenal atau sudah tidak berlaku", Assert.Single(late), StringComparison.Ordinal);
        Assert.Contains(await chat.RepliesAsync(AgentChat.AgentChatId), t => t.Contains($"{signUp.Reference} tidak disetujui pekerja dalam 7 hari", StringComparison.Ordinal));
        await using var db = chat.Db();
        Assert.False(await db.SignUps.AnyAsync(s => s.Status == SignUpStatus.Pending));
        Assert.False(await db.ConversationMessages.AnyAsync(m => m.SessionId == signUp.RegistrationSession));
    }

    [Theory, SqliteData, PostgresData]
    public async Task AgentFlow_ErasesWorkersDataAndTellsAgent_WhenWorkerRefuses(string provider)
    {
        await using var chat = await AgentChat.StartAsync(provider);
        var code = AgentChat.ConsentCodeIn(await chat.AgentRegistersSitiAsync());

        await chat.SendAsync("pekerja-siti", code);
        var refused = await chat.SendAsync("pekerja-siti", "Tidak");

        Assert.Contains("data Anda sudah kami hapus", Assert.Single(refused), StringComparison.Ordinal);
        var signUp = await SignUpAsync(chat);
        Assert.Equal((SignUpStatus.Withdrawn, AuditEntry.Redacted, AuditEntry.Redacted, (string?)null), (signUp.Status, signUp.Nik, signUp.Phone, signUp.ConfirmCode));
        Assert.Equal(chat.AgentId, signUp.AgentId); // still the agent's "submitted" count
        Assert.Contains(await chat.RepliesAsync(AgentChat.AgentChatId), t => t.Contains($"Pekerja tidak menyetujui pendaftaran {signUp.Reference}", StringComparison.Ordinal));
        await using var db = chat.Db();
        Assert.False(await db.ConversationMessages.AnyAsync(m => m.SessionId == signUp.RegistrationSession));
    }

    [Theory, SqliteData, PostgresData]
    public async Task AgentChat_ShowsReferenceAndStatusOnly_WhenAgentAsksAfterSubmit(string provider)
    {
        await using var chat = await AgentChat.StartAsync(provider);
        await chat.SendAsync(AgentChat.AgentChatId, "agen 1234-5678");
        await chat.SendAsync(AgentChat.AgentChatId, "daftarkan orang lain");
        foreach (var answer in AgentChat.SitiAnswers[..^1])
        {
            await chat.SendAsync(AgentChat.AgentChatId, answer);
        }

        await MarkSentAsync(chat); // as the dispatcher would have: the summary the agent was shown is in the outbox
        await chat.SendAsync(AgentChat.AgentChatId, "kirim");
        var reference = (await SignUpAsync(chat)).Reference;

        var status = string.Join('\n', await chat.SendAsync(AgentChat.AgentChatId, "status"));
        var ownData = string.Join('\n', await chat.SendAsync(AgentChat.AgentChatId, "lihat data saya"));

        Assert.Contains($"{reference}: menunggu persetujuan pekerja", status, StringComparison.Ordinal);
        await using var db = chat.Db();
        var agentsChat = await db.ConversationMessages.AsNoTracking().Where(m => m.ChatId == AgentChat.AgentChatId).Select(m => m.Text).ToListAsync();
        var agentsOutbox = await db.OutboxMessages.AsNoTracking().Where(m => m.ChatId == AgentChat.AgentChatId).Select(m => m.Text).ToListAsync();
        var state = await db.Conversations.AsNoTracking().SingleAsync(c => c.ChatId == AgentChat.AgentChatId);
        var participant = await db.Participants.AsNoTracking().SingleAsync(p => p.ChatId == AgentChat.AgentChatId);
        foreach (var personal in new[] { "Siti", Nik, "6306 0552", "Merdeka", "Ahmad Fauzi", "3456" })
        {
            Assert.DoesNotContain(personal, status, StringComparison.Ordinal);
            Assert.DoesNotContain(personal, ownData, StringComparison.Ordinal);
            Assert.DoesNotContain(agentsChat, t => t.Contains(personal, StringComparison.Ordinal));
            Assert.DoesNotContain(agentsOutbox, t => t.Contains(personal, StringComparison.Ordinal));
            Assert.DoesNotContain(personal, state.SlotsJson, StringComparison.Ordinal);
        }

        Assert.Null(participant.Phone);
    }

    [Theory]
    [InlineData("daftarkan orang lain", "khusus untuk agen yang terdaftar")]
    [InlineData("AGEN 0000 0000", "Kode agen ini tidak dikenal")]
    [InlineData("S00000000", "Kode persetujuan ini tidak dikenal")]
    public async Task OtherChat_IsRefused_WhenNotAnAgentOrCodeUnknown(string text, string expected)
    {
        await using var chat = await AgentChat.StartAsync();

        var replies = await chat.SendAsync("orang-lain", text);

        Assert.Contains(replies, r => r.Contains(expected, StringComparison.Ordinal));
        await using var db = chat.Db();
        Assert.Null((await db.Agents.SingleAsync()).ChatId);
    }

    private static async Task<Jamsostek.Bot.SignUps.SignUp> SignUpAsync(AgentChat chat)
    {
        await using var db = chat.Db();
        return await db.SignUps.AsNoTracking().SingleAsync();
    }

    private static async Task MarkSentAsync(AgentChat chat)
    {
        await using var db = chat.Db();
        foreach (var row in await db.OutboxMessages.ToListAsync())
        {
            row.SentAt = chat.Time.GetUtcNow();
        }

        await db.SaveChangesAsync();
    }
}
