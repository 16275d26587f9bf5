using Jamsostek.Bot.Agents;
using Jamsostek.Bot.SignUps;
using Jamsostek.Bot.Tests.TestSupport;
using Jamsostek.Dialogs.Engine;
using Microsoft.EntityFrameworkCore;

namespace Jamsostek.Bot.Tests.Agents;

/// <summary>
/// An agent registering themselves types "daftarkan orang lain": asked to leave their own registration (kept, back after
/// the other one) or to continue it; either way it never becomes a registration for someone else. And the menu's button.
/// </summary>
public sealed class AgentOwnRegistrationTests
{
    /// <summary>The agent's own registration, up to the name.</summary>
    private static readonly string[] OwnStart = ["daftar", "ya", "6306 0545 0785 0001", "Rahmah"];

    /// <summary>The rest of it, from the birth date: Siti's answers with the agent's date and phone.</summary>
    private static readonly string[] OwnRest =
        ["5 jul 85", .. AgentChat.SitiAnswers[4..9], "0813-1111-2222", .. AgentChat.SitiAnswers[10..]];

    [Fact]
    public async Task OwnRegistration_ContinuesAsItsOwn_WhenAgentChoosesToContinue()
    {
        await using var chat = await AgentChat.StartAsync();
        await chat.SendAsync(AgentChat.AgentChatId, "agen 1234-5678");
        await SendAllAsync(chat, OwnStart);

        var asked = string.Join('\n', await chat.SendAsync(AgentChat.AgentChatId, "daftarkan orang lain"));
        var resumed = string.Join('\n', await chat.SendAsync(AgentChat.AgentChatId, "Lanjutkan pendaftaran saya"));
        await SendAllAsync(chat, OwnRest);

        Assert.Contains("Anda sedang mengisi pendaftaran untuk diri Anda sendiri", asked, StringComparison.Ordinal);
        Assert.Contains("Anda sedang mengisi", resumed, StringComparison.Ordinal);
        Assert.DoesNotContain("pekerja lain", resumed, StringComparison.Ordinal);
        await using var db = chat.Db();
        var own = await db.SignUps.AsNoTracking().SingleAsync();
        Assert.Equal((SignUpStatus.Pending, "Rahmah", (long?)null, (string?)null), (own.Status, own.FullName, own.AgentId, own.Source));
    }

    [Fact]
    public async Task OwnRegistration_IsKeptAndResumed_WhenAgentLeavesItToRegisterSomeoneElse()
    {
        await using var chat = await AgentChat.StartAsync();
        await chat.SendAsync(AgentChat.AgentChatId, "agen 1234-5678");
        await SendAllAsync(chat, OwnStart);

        await chat.SendAsync(AgentChat.AgentChatId, "daftarkan orang lain");
        var other = string.Join('\n', await chat.ChooseAsync(AgentChat.AgentChatId, OwnRegistration.LeaveChoice));
        var sent = string.Join('\n', await SendAllAsync(chat, AgentChat.SitiAnswers));
        var back = string.Join('\n', await chat.SendAsync(AgentChat.AgentChatId, "daftar"));
        await SendAllAsync(chat, OwnRest);

        Assert.Contains("Anda akan mendaftarkan pekerja lain", other, StringComparison.Ordinal);
        Assert.Contains("BELUM diteruskan ke petugas", sent, StringComparison.Ordinal);
        Assert.Contains("Pendaftaran Anda sendiri masih tersimpan", sent, StringComparison.Ordinal);
        Assert.Contains("Anda sedang mengisi", back, StringComparison.Ordinal);
        await using var db = chat.Db();
        var signUps = await db.SignUps.AsNoTracking().OrderBy(s => s.Id).ToListAsync();
        Assert.Equal(2, signUps.Count);
        Assert.Equal((SignUpStatus.Held, "Siti Aminah", (long?)chat.AgentId, SignUp.AgentSource), (signUps[0].Status, signUps[0].FullName, signUps[0].AgentId, signUps[0].Source));
        Assert.Equal((SignUpStatus.Pending, "Rahmah", (long?)null, "6306054507850001"), (signUps[1].Status, signUps[1].FullName, signUps[1].AgentId, signUps[1].Nik));
        // None of the agent's own lines went with the worker's held registration.
        var heldLines = await db.ConversationMessages.AsNoTracking().Where(m => m.SessionId == signUps[0].RegistrationSession).Select(m => m.Text).ToListAsync();
        Assert.DoesNotContain(heldLines, l => l.Contains("Rahmah", StringComparison.Ordinal) || l.Contains("0545", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Menu_HasAgentsButton_WhichStartsRegistrationForSomeoneElse()
    {
        await using var chat = await AgentChat.StartAsync();
        await chat.SendAsync(AgentChat.AgentChatId, "agen 1234-5678");

        var menu = await chat.SendAsync(AgentChat.AgentChatId, "menu");
        var started = string.Join('\n', await chat.ChooseAsync(AgentChat.AgentChatId, AgentTurnInterceptor.OtherChoice));

        await using var db = chat.Db();
        var shown = (await db.OutboxMessages.AsNoTracking().Where(m => m.ChatId == AgentChat.AgentChatId).ToListAsync()).Single(m => m.Text.Contains("Sebagai agen", StringComparison.Ordinal));
        Assert.Contains(AgentTurnInterceptor.OtherChoice, shown.ChoicesJson, StringComparison.Ordinal);
        Assert.Contains("Daftarkan orang lain", shown.ChoicesJson, StringComparison.Ordinal);
        Assert.Contains("Daftar jadi peserta", shown.ChoicesJson, StringComparison.Ordinal);
        Assert.Single(menu);
        Assert.Contains("Anda akan mendaftarkan pekerja lain", started, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OtherRegistration_StartsEmpty_WhenAgentsOwnSignUpWasRejected()
    {
        await using var chat = await AgentChat.StartAsync();
        await chat.SendAsync(AgentChat.AgentChatId, "agen 1234-5678");
        await SendAllAsync(chat, [.. OwnStart, .. OwnRest]);
        string reference;
        await using (var db = chat.Db())
        {
            var own = await db.SignUps.SingleAsync();
            (own.Status, own.RejectionReason, reference) = (SignUpStatus.Rejected, "Data ahli waris tidak lengkap. Nama ahli waris hanya satu huruf.", own.Reference);
            await db.SaveChangesAsync();
        }

        var other = string.Join('\n', await chat.SendAsync(AgentChat.AgentChatId, "daftarkan orang lain"));
        await SendAllAsync(chat, AgentChat.SitiAnswers);
        var own2 = string.Join('\n', await chat.SendAsync(AgentChat.AgentChatId, "daftar"));

        Assert.Contains("Anda akan mendaftarkan pekerja lain", other, StringComparison.Ordinal);
        Assert.DoesNotContain(reference, other, StringComparison.Ordinal);
        await using var check = chat.Db();
        var held = await check.SignUps.AsNoTracking().SingleAsync(s => s.Status == SignUpStatus.Held);
        Assert.Equal(("Siti Aminah", (long?)chat.AgentId), (held.FullName, held.AgentId));
        Assert.NotEqual("6306054507850001", held.Nik);
        Assert.NotEqual(reference, held.Reference);
        // The agent's own "daftar" still starts from their rejected answers.
        Assert.Contains(reference, own2, StringComparison.Ordinal);
    }

    private static async Task<IReadOnlyList<string>> SendAllAsync(AgentChat chat, IEnumerable<string> answers)
    {
        IReadOnlyList<string> last = [];
        foreach (var answer in answers)
        {
            last = await chat.SendAsync(AgentChat.AgentChatId, answer);
        }

        return last;
    }
}
