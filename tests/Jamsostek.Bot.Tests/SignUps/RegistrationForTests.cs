using Jamsostek.Bot.SignUps;
using Jamsostek.Bot.Tests.Agents;
using Jamsostek.Bot.Tests.TestSupport;
using Jamsostek.Dialogs.Engine;
using Microsoft.EntityFrameworkCore;

namespace Jamsostek.Bot.Tests.SignUps;

/// <summary>
/// A worker (no agent) whose own sign-up was rejected types "daftar": asked whom it is for. Their own: the rejected
/// answers come back and *kirim* sends that sign-up again under its reference. Someone else (a wife): it starts empty,
/// gets its own reference, and the rejected row is left exactly as it was. The real engine, dialogs/ and database.
/// </summary>
public sealed class RegistrationForTests
{
    private const string Worker = "pekerja-1";
    private const string Reason = "Data ahli waris tidak lengkap. Nama ahli waris hanya satu huruf.";

    /// <summary>Rahmah (the worker's wife) after the consent: her NIK, name and date, Siti's village, her own phone.</summary>
    private static readonly string[] WifeAnswers =
        ["ya", "6306 0545 0785 0001", "Rahmah", "5 jul 85", .. AgentChat.SitiAnswers[4..9], "0813-1111-2222", .. AgentChat.SitiAnswers[10..]];

    [Theory, SqliteData, PostgresData]
    public async Task SomeoneElse_GetsOwnReference_AndLeavesTheRejectedRowUnchanged(string provider)
    {
        await using var chat = await AgentChat.StartAsync(provider);
        var rejected = await RejectedOwnSignUpAsync(chat);

        var asked = await chat.SendAsync(Worker, "daftar");
        var started = string.Join('\n', await chat.ChooseAsync(Worker, RegistrationFor.SomeoneElseChoice));
        var sent = string.Join('\n', await SendAllAsync(chat, WifeAnswers));

        Assert.Contains($"Pendaftaran Siti Aminah ({rejected.Reference}) belum disetujui", asked[^1], StringComparison.Ordinal);
        Assert.Contains("Baik, kita daftarkan orang lain", started, StringComparison.Ordinal);
        Assert.DoesNotContain("Siti Aminah", started, StringComparison.Ordinal);
        await using var db = chat.Db();
        var rows = await db.SignUps.AsNoTracking().OrderBy(s => s.Id).ToListAsync();
        Assert.Equal(2, rows.Count);
        var own = rows[0];
        Assert.Equal(
            (rejected.Reference, SignUpStatus.Rejected, Reason, "Siti Aminah", "6306055208900003", rejected.UpdatedAt, rejected.RegistrationSession),
            (own.Reference, own.Status, own.RejectionReason, own.FullName, own.Nik, own.UpdatedAt, own.RegistrationSession));
        var wife = rows[1];
        Assert.Equal((SignUpStatus.Pending, "Rahmah", "6306054507850001"), (wife.Status, wife.FullName, wife.Nik));
        Assert.NotEqual(rejected.Reference, wife.Reference);
        Assert.Contains(wife.Reference, sent, StringComparison.Ordinal);
        Assert.DoesNotContain(rejected.Reference, sent, StringComparison.Ordinal);
        Assert.False(await db.AuditEntries.AnyAsync(a => a.Action == "resubmitted"));
        // The worker's own correction is still there to make.
        var again = string.Join('\n', await chat.SendAsync(Worker, "daftar"));
        Assert.Contains(rejected.Reference, again, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OwnCorrection_BringsBackTheAnswers_AndSendsTheRejectedRowAgain()
    {
        await using var chat = await AgentChat.StartAsync();
        var rejected = await RejectedOwnSignUpAsync(chat);

        await chat.SendAsync(Worker, "daftar");
        var corrected = string.Join('\n', await chat.SendAsync(Worker, "1"));
        await chat.SendAsync(Worker, "ya");
        await chat.SendAsync(Worker, "Ahmad Fauzi Rahman");
        await chat.SendAsync(Worker, "anak");
        var sent = string.Join('\n', await chat.SendAsync(Worker, "kirim"));

        Assert.Contains($"Pendaftaran {rejected.Reference} belum disetujui. Alasan: {Reason}", corrected, StringComparison.Ordinal);
        Assert.Contains(rejected.Reference, sent, StringComparison.Ordinal);
        await using var db = chat.Db();
        var only = await db.SignUps.AsNoTracking().SingleAsync();
        Assert.Equal((rejected.Reference, SignUpStatus.Pending, "Ahmad Fauzi Rahman", "Siti Aminah"), (only.Reference, only.Status, only.HeirName, only.FullName));
    }

    [Fact]
    public async Task SomeoneElse_IsUnderstood_WhenTypedAsTheButtonReads()
    {
        await using var chat = await AgentChat.StartAsync();
        await RejectedOwnSignUpAsync(chat);
        await chat.SendAsync(Worker, "daftar");

        var started = string.Join('\n', await chat.SendAsync(Worker, "Daftarkan orang lain"));

        Assert.Contains("Baik, kita daftarkan orang lain", started, StringComparison.Ordinal);
        Assert.DoesNotContain("khusus untuk agen", started, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Agent_WhoAnswersSomeoneElse_RegistersForAWorkerHeldForConsent()
    {
        await using var chat = await AgentChat.StartAsync();
        await chat.SendAsync(AgentChat.AgentChatId, "agen 1234-5678");
        var rejected = await RejectedOwnSignUpAsync(chat, AgentChat.AgentChatId);
        await chat.SendAsync(AgentChat.AgentChatId, "daftar");

        var started = string.Join('\n', await chat.ChooseAsync(AgentChat.AgentChatId, RegistrationFor.SomeoneElseChoice));
        await SendAllAsync(chat, WifeAnswers, AgentChat.AgentChatId);

        Assert.Contains("Anda akan mendaftarkan pekerja lain", started, StringComparison.Ordinal);
        await using var db = chat.Db();
        var held = await db.SignUps.AsNoTracking().SingleAsync(s => s.Status == SignUpStatus.Held);
        Assert.Equal(("Rahmah", (long?)chat.AgentId, SignUp.AgentSource), (held.FullName, held.AgentId, held.Source));
        Assert.Equal(SignUpStatus.Rejected, (await db.SignUps.AsNoTracking().SingleAsync(s => s.Reference == rejected.Reference)).Status);
    }

    /// <summary>The chat registers Siti Aminah for herself; an officer rejects it for the heir's name.</summary>
    private static async Task<SignUp> RejectedOwnSignUpAsync(AgentChat chat, string chatId = Worker)
    {
        await SendAllAsync(chat, ["daftar", .. AgentChat.SitiAnswers], chatId);
        await using var db = chat.Db();
        var own = await db.SignUps.SingleAsync(s => s.ChatId == chatId);
        (own.Status, own.RejectionReason, own.DecidedBy) = (SignUpStatus.Rejected, Reason, "petugas1");
        await db.SaveChangesAsync();
        return own;
    }

    private static async Task<IReadOnlyList<string>> SendAllAsync(AgentChat chat, IEnumerable<string> answers, string chatId = Worker)
    {
        IReadOnlyList<string> last = [];
        foreach (var answer in answers)
        {
            last = await chat.SendAsync(chatId, answer);
        }

        return last;
    }
}
