using Jamsostek.Bot.Channels.Telegram;
using Jamsostek.Bot.SignUps.Sponsors;
using Jamsostek.Bot.Tests.Channels.Telegram;
using Jamsostek.Bot.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace Jamsostek.Bot.Tests.SignUps.Sponsors;

/// <summary>An invited worker says no at the consent step: the invitation is declined (no more reminders), and the chat says kindly how to join later.</summary>
public sealed class SponsorDeclineTranscriptTests
{
    [Theory]
    [InlineData("tidak mau")]
    [InlineData("#tidak")]
    public async Task Consent_DeclinesTheInvitationAndSaysHowToJoinLater_WhenTheWorkerSaysNo(string no)
    {
        using var temp = new TempDatabase();
        Assert.Equal(0, (await BotCli.RunAsync(["sponsors", "add", "hss2026", "--name", "Pemkab HSS 2026", "--regency", "63.06", "--db", temp.DbPath])).ExitCode);
        var list = Path.Combine(temp.Folder, "daftar.csv");
        await File.WriteAllTextAsync(list, "NIK,Nama,No HP,Desa\n6306055208900003,Siti Aminah,0812-3456-7890,Kandangan Kota\n");
        Assert.Equal(0, (await BotCli.RunAsync(["sponsors", "import", "hss2026", list, "--db", temp.DbPath])).ExitCode);

        await using var api = await FakeBotApiServer.StartAsync();
        await using var bot = await TelegramBotHost.StartAsync(api, temp.DbPath, TelegramMode.Webhook);
        var code = await bot.QueryAsync(db => db.SponsorInvitations.Select(i => i.Code).SingleAsync());
        var updateId = 100;
        foreach (var answer in (string[])[$"/start {code}", "daftar", no])
        {
            await bot.AnswerAsync(answer, ++updateId);
        }

        var calls = api.CallsTo("sendMessage");
        var last = calls[^1].Json.GetProperty("text").GetString();
        Assert.Contains("Anda tidak jadi ikut program Pemkab HSS 2026", last, StringComparison.Ordinal);
        Assert.Contains("kami tidak akan mengirim pengingat undangan ini lagi", last, StringComparison.Ordinal);
        Assert.Contains("agar diundang kembali", last, StringComparison.Ordinal);
        Assert.Equal(SponsorInvitationStatus.Declined, await bot.QueryAsync(db => db.SponsorInvitations.Select(i => i.Status).SingleAsync()));
        Assert.Equal("invitation-declined", await bot.QueryAsync(db => db.AuditEntries.Where(a => a.EntityId == code).Select(a => a.Action).SingleAsync()));
        Assert.Empty(await bot.QueryAsync(db => db.SignUps.ToListAsync()));
    }
}
