using System.Text.Json;
using Jamsostek.Bot.Channels.Telegram;
using Jamsostek.Bot.SignUps.Sponsors;
using Jamsostek.Bot.Tests.Channels.Telegram;
using Jamsostek.Bot.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

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

    [Fact]
    public async Task Invitation_BecomesASponsoredMemberWithoutPaymentReminders_OnlyAfterTheWorkerConsentsInChat()
    {
        using var temp = new TempDatabase();
        Assert.Equal(0, (await BotCli.RunAsync(["sponsors", "add", "hss2026", "--name", "Pemkab HSS 2026", "--regency", "63.06", "--db", temp.DbPath])).ExitCode);
        var list = Path.Combine(temp.Folder, "daftar.csv");
        await File.WriteAllTextAsync(list, $"NIK,Nama,No HP,Desa\n{Nik},Siti Aminah,0812-3456-7890,Kandangan Kota\n");
        Assert.Contains("1 undangan dibuat", (await BotCli.RunAsync(["sponsors", "import", "hss2026", list, "--db", temp.DbPath])).Stdout, StringComparison.Ordinal);

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
            Assert.Contains("Pemkab HSS 2026", string.Join("\n", api.CallsTo("sendMessage").Select(c => c.Json.GetProperty("text").GetString())), StringComparison.Ordinal);
        }

        Assert.Equal(0, (await BotCli.RunAsync(["officers", "add", "budi", "--role", "admin", "--password", "Sandi-Panjang-2026", "--db", temp.DbPath])).ExitCode);
        var id = JsonDocument.Parse((await BotCli.RunAsync(["signups", "list", "--json", "--db", temp.DbPath])).Stdout).RootElement[0].GetProperty("id").GetInt64();
        var approve = await BotCli.RunAsync(["signups", "approve", id.ToString(System.Globalization.CultureInfo.InvariantCulture), "--kpj", "12345678901", "--officer", "budi", "--db", temp.DbPath]);
        Assert.Equal(0, approve.ExitCode);

        var members = await BotCli.RunAsync(["members", "list", "--json", "--db", temp.DbPath]);
        Assert.Contains("\"sponsored\":true", members.Stdout, StringComparison.Ordinal);
        foreach (var now in (string[])["2027-01-08T09:00:00+08:00", "2027-01-15T09:00:00+08:00", "2027-02-08T09:00:00+08:00"])
        {
            Assert.Empty((await BotCli.RunAsync(["reminders", "plan", "--json", "--db", temp.DbPath, "--now", now])).Lines);
        }
    }
}
