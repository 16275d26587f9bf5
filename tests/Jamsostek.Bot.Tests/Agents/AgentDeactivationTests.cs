using Jamsostek.Bot.Agents;
using Jamsostek.Bot.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jamsostek.Bot.Tests.Agents;

/// <summary>A deactivated agent: their chat and code register nobody new, a registration under way is not sent.</summary>
public sealed class AgentDeactivationTests
{
    [Fact]
    public async Task AgentChat_RegistersNobody_WhenAgentDeactivatedMidRegistration()
    {
        await using var chat = await AgentChat.StartAsync();
        await chat.SendAsync(AgentChat.AgentChatId, "agen 1234-5678");
        await chat.SendAsync(AgentChat.AgentChatId, "daftarkan orang lain");
        foreach (var answer in AgentChat.SitiAnswers[..^1])
        {
            await chat.SendAsync(AgentChat.AgentChatId, answer);
        }

        var name = await chat.Host.Services.GetRequiredService<AgentAccounts>().DeactivateAsync(chat.AgentId, _ => true, "petugas:rina", CancellationToken.None);
        var sent = string.Join('\n', await chat.SendAsync(AgentChat.AgentChatId, "kirim"));
        var again = string.Join('\n', await chat.SendAsync(AgentChat.AgentChatId, "daftarkan orang lain"));

        Assert.Equal("Bu Rahmah", name);
        Assert.Contains("sudah dinonaktifkan petugas, jadi pendaftaran ini tidak dikirim", sent, StringComparison.Ordinal);
        Assert.Contains("khusus untuk agen yang terdaftar", again, StringComparison.Ordinal);
        await using var db = chat.Db();
        Assert.False(await db.SignUps.AnyAsync());
    }

    [Fact]
    public async Task LinkCode_LinksNothing_WhenAgentDeactivatedBeforeLinking()
    {
        await using var chat = await AgentChat.StartAsync();
        await chat.Host.Services.GetRequiredService<AgentAccounts>().DeactivateAsync(chat.AgentId, _ => true, "petugas:rina", CancellationToken.None);

        var replies = await chat.SendAsync(AgentChat.AgentChatId, AgentChat.LinkCode);

        Assert.Contains(replies, r => r.Contains("Kode agen ini tidak dikenal atau sudah dipakai", StringComparison.Ordinal));
        await using var db = chat.Db();
        Assert.Null((await db.Agents.SingleAsync()).ChatId);
    }
}
