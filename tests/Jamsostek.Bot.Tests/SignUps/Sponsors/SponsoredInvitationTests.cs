using System.Text.Json;
using Jamsostek.Bot.Channels.Telegram;
using Jamsostek.Bot.SignUps.Sponsors;
using Jamsostek.Bot.Tests.Channels.Telegram;
using Jamsostek.Bot.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jamsostek.Bot.Tests.SignUps.Sponsors;

/// <summary>Invitation from a sponsor's list → the worker's own sign-up on Telegram through the link → approved as sponsored → no payment reminder.</summary>
public sealed class SponsoredInvitationTests
{
    private const string Nik = "6306055208900003";

    private static readonly string[] Rest =
    [
        "daftar", "#ya", "6306 0552 0890 0003", "Siti Aminah", "12-08-1990", "#ya", "#63.06", "Kandangan",
        "kandangan kota", "Jl. Merdeka No. 5 RT 02", "0812-3456-7890", "ojol", "2,5 jt", "#JKK,JKM", "tiap bulan", "Ahmad Fauzi", "suami", "#kirim",
    ];

    private List<string> chatTexts = [];
    private List<string> approvalTexts = [];

    /// <summary>
    /// Every text the sponsored worker's chat shows, from the link to the approval and three reminder passes: the
    /// registration's own messages (the summary, the closing words) and the approval notices. None names a rupiah amount
    /// but the worker's own income, its income base, and the price of the JHT the programme step offers (the sponsor pays
    /// JKK and JKM only, so a JHT added would be the worker's): nothing the sponsor pays, no total, no payment code.
    /// </summary>
    [Fact]
    public async Task Chat_NeverShowsAPrice_ToASponsoredWorker_FromTheLinkToTheApprovalNotices()
    {
        await Invitation_BecomesASponsoredMemberWithoutPaymentReminders_OnlyAfterTheWorkerConsentsInChat();

        Assert.True(chatTexts.Count >= Rest.Length, $"{chatTexts.Count} messages");
        Assert.NotEmpty(approvalTexts);
        foreach (var text in chatTexts.Concat(approvalTexts))
        {
            // The income typed (2,5 jt) and the income base it falls in are figures about the worker, not a price; the
            // JHT (2% of that base) is the worker's own option, declined here.
            var rest = text.Replace("Rp2.500.000", "[penghasilan]", StringComparison.Ordinal).Replace("Rp2.600.000", "[dasar iuran]", StringComparison.Ordinal)
                .Replace("JHT Rp52.000/bulan", "JHT [iuran JHT]", StringComparison.Ordinal);
            Assert.DoesNotMatch(@"Rp\s?\d|(?i)rupiah", rest);
        }

        Assert.Contains(approvalTexts, t => t.Contains("12345678901", StringComparison.Ordinal)); // the approval itself did reach the chat
    }

    [Fact]
    public async Task Invitation_BecomesASponsoredMemberWithoutPaymentReminders_OnlyAfterTheWorkerConsentsInChat()
    {
        using var temp = new TempDatabase();
        await InviteSitiAsync(temp);

        await using var api = await FakeBotApiServer.StartAsync();
        await using (var bot = await TelegramBotHost.StartAsync(api, temp.DbPath, TelegramMode.Webhook))
        {
            var code = await bot.QueryAsync(db => db.SponsorInvitations.Select(i => i.Code).SingleAsync());
            Assert.Empty(await bot.QueryAsync(db => db.SignUps.ToListAsync())); // the list alone approves nothing

            var updateId = 100;
            foreach (var answer in (string[])[$"/start {code}", .. Rest])
            {
                await bot.AnswerAsync(answer, ++updateId);
            }

            var signUp = await bot.QueryAsync(db => db.SignUps.SingleAsync());
            Assert.Equal("hss2026", signUp.Source);
            Assert.Equal(SponsorInvitationStatus.Consented, await bot.QueryAsync(db => db.SponsorInvitations.Select(i => i.Status).SingleAsync()));
            Assert.Equal(signUp.Id, await bot.QueryAsync(db => db.SponsorInvitations.Select(i => i.SignUpId).SingleAsync()));
            chatTexts = [.. api.CallsTo("sendMessage").Select(c => c.Json.GetProperty("text").GetString() ?? string.Empty)];
            Assert.Contains("Pemkab HSS 2026", string.Join("\n", chatTexts), StringComparison.Ordinal);
        }

        await ApproveAsync(temp);

        var members = await BotCli.RunAsync(["members", "list", "--json", "--db", temp.DbPath]);
        approvalTexts = await OutboxTextsAsync(temp.DbPath);
        Assert.Contains("\"sponsored\":true", members.Stdout, StringComparison.Ordinal);
        foreach (var now in (string[])["2027-01-08T09:00:00+08:00", "2027-01-15T09:00:00+08:00", "2027-02-08T09:00:00+08:00"])
        {
            Assert.Empty((await BotCli.RunAsync(["reminders", "plan", "--json", "--db", temp.DbPath, "--now", now])).Lines);
        }

        Assert.Equal(approvalTexts, await OutboxTextsAsync(temp.DbPath)); // the passes queued nothing for the chat
    }

    /// <summary>
    /// The same invitation under the JKK+JKM programme (the default of `sponsors add`), but the worker adds JHT: the
    /// summary, the approval and the member say the sponsor pays JKK and JKM and the worker the JHT (Rp52.000 for 2,5
    /// juta), and the reminder passes remind of the JHT alone.
    /// </summary>
    [Fact]
    public async Task Invitation_WithJhtAdded_BecomesAMemberRemindedOfTheJhtAlone()
    {
        using var temp = new TempDatabase();
        await InviteSitiAsync(temp);

        string chat;
        await using var api = await FakeBotApiServer.StartAsync();
        await using (var bot = await TelegramBotHost.StartAsync(api, temp.DbPath, TelegramMode.Webhook))
        {
            var code = await bot.QueryAsync(db => db.SponsorInvitations.Select(i => i.Code).SingleAsync());
            var updateId = 100;
            foreach (var answer in (string[])[$"/start {code}", .. Rest.Select(a => a == "#JKK,JKM" ? "#JKK,JKM,JHT" : a)])
            {
                await bot.AnswerAsync(answer, ++updateId);
            }

            chat = string.Join("\n", api.CallsTo("sendMessage").Select(c => c.Json.GetProperty("text").GetString()));
        }

        Assert.Contains("• Iuran: JKK dan JKM dibayar oleh Pemkab HSS 2026. Iuran JHT Anda bayar sendiri: Rp52.000/bulan.", chat, StringComparison.Ordinal);
        await ApproveAsync(temp);

        var approval = string.Join("\n", await OutboxTextsAsync(temp.DbPath));
        Assert.Contains("Iuran jaminan hari tua (JHT) Anda bayar sendiri: Rp52.000 per bulan.", approval, StringComparison.Ordinal);
        Assert.Contains("\"selfPaidPrograms\":\"JHT\"", (await BotCli.RunAsync(["members", "list", "--json", "--db", temp.DbPath])).Stdout, StringComparison.Ordinal);
        var planned = (await BotCli.RunAsync(["reminders", "plan", "--json", "--db", temp.DbPath, "--now", "2027-01-08T09:00:00+08:00"])).Lines;
        Assert.NotEmpty(planned);
        foreach (var line in planned)
        {
            var amount = JsonDocument.Parse(line).RootElement.GetProperty("amount").GetDecimal();
            Assert.True(amount > 0 && amount % 52_000m == 0, $"{amount}: the JHT's months alone");
        }
    }

    // The programme (JKK+JKM, the default of `sponsors add`) and its list of one worker, as invitations.
    private static async Task InviteSitiAsync(TempDatabase temp)
    {
        Assert.Equal(0, (await BotCli.RunAsync(["sponsors", "add", "hss2026", "--name", "Pemkab HSS 2026", "--regency", "63.06", "--db", temp.DbPath])).ExitCode);
        var list = Path.Combine(temp.Folder, "daftar.csv");
        await File.WriteAllTextAsync(list, $"NIK,Nama,No HP,Desa\n{Nik},Siti Aminah,0812-3456-7890,Kandangan Kota\n");
        Assert.Contains("1 undangan dibuat", (await BotCli.RunAsync(["sponsors", "import", "hss2026", list, "--db", temp.DbPath])).Stdout, StringComparison.Ordinal);
    }

    // An admin approves the one sign-up on the command line.
    private static async Task ApproveAsync(TempDatabase temp)
    {
        Assert.Equal(0, (await BotCli.RunAsync(["officers", "add", "budi", "--role", "admin", "--password", "Sandi-Panjang-2026", "--db", temp.DbPath])).ExitCode);
        var id = JsonDocument.Parse((await BotCli.RunAsync(["signups", "list", "--json", "--db", temp.DbPath])).Stdout).RootElement[0].GetProperty("id").GetInt64();
        Assert.Equal(0, (await BotCli.RunAsync(["signups", "approve", id.ToString(System.Globalization.CultureInfo.InvariantCulture), "--kpj", "12345678901", "--officer", "budi", "--db", temp.DbPath])).ExitCode);
    }

    private static async Task<List<string>> OutboxTextsAsync(string dbPath)
    {
        using var host = await BotServices.StartAsync(dbPath);
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<Jamsostek.Bot.Data.BotDbContext>>().CreateDbContextAsync();
        return await db.OutboxMessages.Where(m => m.SentAt == null).OrderBy(m => m.Id).Select(m => m.Text).ToListAsync();
    }
}
