using Jamsostek.Bot.SignUps.Decisions;
using Jamsostek.Bot.Tests.Officers;
using Jamsostek.Bot.Tests.TestSupport;

namespace Jamsostek.Bot.Tests.Reminders;

public sealed class MemberStatusTests
{
    [Fact]
    public async Task Status_ShowsKpjPaidThroughAndNextPayment_ForAnApprovedMember()
    {
        using var database = new TempDatabase();
        await using (var host = await ReminderHost.StartAsync(dbPath: database.DbPath))
        {
            await using var db = host.Db();
            var signUp = SignUpSeed.Make(1, new DateTimeOffset(2026, 4, 1, 0, 0, 0, TimeSpan.Zero));
            signUp.Channel = "terminal";
            signUp.ChatId = "local";
            signUp.Status = Jamsostek.Dialogs.Engine.SignUpStatus.Approved;
            signUp.Kpj = "12345678901";
            db.SignUps.Add(signUp);
            await db.SaveChangesAsync();
            MemberFromSignUp.AddTo(db, signUp, new DateOnly(2026, 4, 1), sponsor: null, signUp.CreatedAt);
            await db.SaveChangesAsync();
            var member = db.Members.Single();
            member.PaidThrough = new DateOnly(2026, 4, 1);
            member.RemindersOn = false;
            await db.SaveChangesAsync();
        }

        var run = await BotCli.ChatJsonAsync(database.DbPath, ["status"], now: "2026-05-11T09:00:00+08:00");

        var text = string.Join('\n', run.JsonLines.Where(l => l.GetProperty("type").GetString() == "message").Select(l => l.GetProperty("text").GetString()));
        Assert.Contains("KPJ 12345678901: iuran sudah tercatat dibayar sampai bulan April 2026.", text, StringComparison.Ordinal);
        Assert.Matches(@"Iuran berikutnya: bulan Mei 2026, Rp[0-9.]+, paling lambat 15 Mei 2026\.", text);
        Assert.Contains("ketik mulai pengingat", text, StringComparison.Ordinal);
    }
}
