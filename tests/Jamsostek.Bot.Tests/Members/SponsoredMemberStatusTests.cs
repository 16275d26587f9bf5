using Jamsostek.Bot.SignUps.Decisions;
using Jamsostek.Bot.SignUps.Sponsors;
using Jamsostek.Bot.Tests.Agents;
using Jamsostek.Bot.Tests.TestSupport;
using Jamsostek.Dialogs.Engine;

namespace Jamsostek.Bot.Tests.Members;

/// <summary>
/// "status" in the chat of a member (JKK, JKM and JHT, income Rp2,5 juta): a sponsored member who pays their own JHT reads
/// that the sponsor, by name, pays JKK and JKM, and that the next amount is their JHT; a fully sponsored member and a
/// self-paying member read what they read before. The real engine, dialogs/ and database.
/// </summary>
public sealed class SponsoredMemberStatusTests
{
    private const string Chat = "pekerja-1";

    [Theory]
    [InlineData("JKK,JKM", new[]
    {
        "KPJ 12345678901: belum ada iuran JHT yang tercatat dibayar.",
        "Iuran JKK dan JKM Anda dibayar oleh Pemkab HSS 2026; iuran JHT Anda bayar sendiri.",
        "Iuran JHT berikutnya: bulan Desember 2026, Rp52.000, paling lambat 15 Desember 2026.",
    })]
    [InlineData("JKK,JKM,JHT", new[]
    {
        "KPJ 12345678901: belum ada iuran yang tercatat dibayar.",
        "Iuran Anda dibayar pemerintah daerah; Anda tidak perlu membayar sendiri.",
    })]
    [InlineData(null, new[]
    {
        "KPJ 12345678901: belum ada iuran yang tercatat dibayar.",
        "Iuran berikutnya: bulan Desember 2026, Rp",
    })]
    public async Task Status_SaysWhoPaysWhat_ForEachKindOfMember(string? sponsorPays, string[] expected)
    {
        await using var chat = await AgentChat.StartAsync();
        await using (var db = chat.Db())
        {
            var sponsor = sponsorPays is null ? null : new Sponsor { Code = "hss2026", Name = "Pemkab HSS 2026", RegencyCode = "63.06", Programs = sponsorPays };
            if (sponsor is not null)
            {
                db.Sponsors.Add(sponsor);
            }

            var signUp = SignUpSeed.Make(1, chat.Time.GetUtcNow().AddDays(-3));
            (signUp.Channel, signUp.ChatId, signUp.Status, signUp.Kpj, signUp.Source) = ("terminal", Chat, SignUpStatus.Approved, "12345678901", sponsor?.Code);
            db.SignUps.Add(signUp);
            await db.SaveChangesAsync();
            MemberFromSignUp.AddTo(db, signUp, new DateOnly(2026, 12, 1), sponsor, chat.Time.GetUtcNow());
            await db.SaveChangesAsync();
        }

        var status = string.Join('\n', await chat.SendAsync(Chat, "status"));

        foreach (var line in expected)
        {
            Assert.Contains(line, status, StringComparison.Ordinal);
        }

        if (sponsorPays != "JKK,JKM")
        {
            Assert.DoesNotContain("Iuran JHT", status, StringComparison.Ordinal);
            Assert.DoesNotContain("Pemkab HSS 2026", status, StringComparison.Ordinal);
        }

        if (sponsorPays == "JKK,JKM,JHT")
        {
            Assert.DoesNotContain("Iuran berikutnya", status, StringComparison.Ordinal);
        }
    }
}
