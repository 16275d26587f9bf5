using Jamsostek.Bot.Tests.TestSupport;
using Jamsostek.Dialogs.Engine;
using Microsoft.EntityFrameworkCore;

namespace Jamsostek.Bot.Tests.Channels.WhatsApp;

/// <summary>
/// On WhatsApp too, "daftar" after the worker's own sign-up was rejected asks whom it is for with two reply buttons;
/// "Daftarkan orang lain" registers the wife under her own reference and leaves the rejected sign-up as it was.
/// </summary>
public sealed class WhatsAppRegistrationForTests
{
    private static readonly string[] WifeAnswers =
    [
        "#ya", "6306 0545 0785 0001", "Rahmah", "05-07-1985", "#ya", "#63.06", "Kandangan",
        "kandangan kota", "Jl. Merdeka No. 5 RT 02", "0813-1111-2222", "ojol", "2,5 jt", "#JKK,JKM", "tiap bulan", "Ahmad Fauzi", "suami", "#kirim",
    ];

    [Fact]
    public async Task SomeoneElse_IsRegisteredApart_WhenChosenWithTheReplyButton()
    {
        await using var api = await FakeGraphApiServer.StartAsync();
        using var temp = new TempDatabase();
        await using var bot = await WhatsAppBotHost.StartAsync(api, temp.DbPath);
        var n = 0;
        var kinds = new HashSet<string>(StringComparer.Ordinal);
        async Task SayAllAsync(IEnumerable<string> answers)
        {
            foreach (var answer in answers)
            {
                var json = answer.StartsWith('#')
                    ? await WhatsAppRegistrationTests.PressAsync(bot, answer[1..], $"wamid.in{++n}", kinds)
                    : WhatsAppTestWebhooks.Text(answer, $"wamid.in{++n}");
                await WhatsAppRegistrationTests.AnswerAsync(bot, api, json, answer);
            }
        }

        await SayAllAsync(WhatsAppRegistrationTests.Answers);
        var reference = await bot.QueryAsync(async db =>
        {
            var own = await db.SignUps.SingleAsync();
            (own.Status, own.RejectionReason) = (SignUpStatus.Rejected, "Alamat atau desa tidak jelas");
            await db.SaveChangesAsync();
            return own.Reference;
        });

        await SayAllAsync(["daftar"]);
        var question = api.Messages[^1];
        var buttons = question.GetProperty("interactive").GetProperty("action").GetProperty("buttons").EnumerateArray()
            .Select(b => (b.GetProperty("reply").GetProperty("id").GetString(), b.GetProperty("reply").GetProperty("title").GetString())).ToList();
        await SayAllAsync(["#" + RegistrationFor.SomeoneElseChoice, .. WifeAnswers]);

        Assert.Contains($"Pendaftaran Siti Aminah ({reference}) belum disetujui", FakeGraphApiServer.TextOf(question), StringComparison.Ordinal);
        Assert.Equal([(RegistrationFor.OwnChoice, "Perbaiki pendaftaran"), (RegistrationFor.SomeoneElseChoice, "Daftarkan orang lain")], buttons);
        var rows = await bot.QueryAsync(db => db.SignUps.AsNoTracking().OrderBy(s => s.Id).ToListAsync());
        Assert.Equal(2, rows.Count);
        Assert.Equal((reference, SignUpStatus.Rejected, "Siti Aminah"), (rows[0].Reference, rows[0].Status, rows[0].FullName));
        Assert.Equal((SignUpStatus.Pending, "Rahmah"), (rows[1].Status, rows[1].FullName));
        Assert.NotEqual(reference, rows[1].Reference);
        Assert.Contains(rows[1].Reference, FakeGraphApiServer.TextOf(api.Messages[^1]), StringComparison.Ordinal);
    }
}
