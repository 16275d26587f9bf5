using Jamsostek.Bot.Audit;
using Jamsostek.Bot.Tests.TestSupport;
using Jamsostek.Dialogs.Engine;
using Microsoft.EntityFrameworkCore;

namespace Jamsostek.Bot.Tests.Agents;

/// <summary>"hapus data saya" beside an agent's held sign-up: the agent's erases only the agent's own, the worker's takes the held one too.</summary>
public sealed class AgentErasureTests
{
    private const string SitiNik = "6306055208900003";

    [Theory, SqliteData, PostgresData]
    public async Task AgentErasure_KeepsHeldSignUpAndTellsAgent_WhenAgentErasesOwnData(string provider)
    {
        await using var chat = await AgentChat.StartAsync(provider);
        await chat.AgentRegistersSitiAsync();

        await chat.SendAsync(AgentChat.AgentChatId, "hapus data saya");
        var erased = string.Join('\n', await chat.SendAsync(AgentChat.AgentChatId, "1"));

        Assert.Contains("Selesai", erased, StringComparison.Ordinal);
        Assert.Contains("pekerja lain (1) tidak ikut dihapus", erased, StringComparison.Ordinal);
        await using var db = chat.Db();
        var signUp = await db.SignUps.AsNoTracking().SingleAsync();
        Assert.Equal((SignUpStatus.Held, SitiNik, "Siti Aminah"), (signUp.Status, signUp.Nik, signUp.FullName));
        Assert.True(await db.ConversationMessages.AnyAsync(m => m.SessionId == signUp.RegistrationSession), "the held registration's lines wait for the worker");

        // The worker can still confirm it from their own chat.
        await chat.SendAsync("pekerja-siti", signUp.ConfirmCode!);
        await chat.SendAsync("pekerja-siti", "Ya, saya setuju");
        Assert.Equal(SignUpStatus.Pending, (await db.SignUps.AsNoTracking().SingleAsync()).Status);
    }

    [Theory, SqliteData, PostgresData]
    public async Task WorkerErasure_ErasesHeldSignUpAndTellsAgent_WhenWorkerOpenedCodeThenErases(string provider)
    {
        await using var chat = await AgentChat.StartAsync(provider);
        var code = AgentChat.ConsentCodeIn(await chat.AgentRegistersSitiAsync());

        await chat.SendAsync("pekerja-siti", code);
        await chat.SendAsync("pekerja-siti", "hapus data saya");
        var erased = string.Join('\n', await chat.SendAsync("pekerja-siti", "1"));

        await using var db = chat.Db();
        var signUp = await db.SignUps.AsNoTracking().SingleAsync();
        Assert.Contains($"Pendaftaran {signUp.Reference} yang dikirim agen untuk Anda juga dibatalkan", erased, StringComparison.Ordinal);
        Assert.Equal((SignUpStatus.Withdrawn, AuditEntry.Redacted, AuditEntry.Redacted), (signUp.Status, signUp.Nik, signUp.FullName));
        Assert.Contains(await chat.RepliesAsync(AgentChat.AgentChatId), t => t.Contains($"Pekerja meminta datanya dihapus, jadi pendaftaran {signUp.Reference} dibatalkan", StringComparison.Ordinal));
        Assert.False(await db.ConversationMessages.AnyAsync(m => m.SessionId == signUp.RegistrationSession));
    }

    [Fact]
    public async Task OtherChatErasure_LeavesHeldSignUp_WhenNothingTiesItToThatChat()
    {
        await using var chat = await AgentChat.StartAsync();
        await chat.AgentRegistersSitiAsync();

        await chat.SendAsync("orang-lain", "hapus data saya");
        await chat.SendAsync("orang-lain", "1");

        await using var db = chat.Db();
        Assert.Equal(SignUpStatus.Held, (await db.SignUps.AsNoTracking().SingleAsync()).Status);
    }
}
