using Jamsostek.Bot.Conversations;
using Jamsostek.Bot.Officers;
using Jamsostek.Bot.Privacy;
using Jamsostek.Bot.Tests.TestSupport;

namespace Jamsostek.Bot.Tests.Officers;

/// <summary>/petugas/batas-nik: the chats that hit the NIK entry limit, for admins all, for a petugas their regencies'.</summary>
public sealed class NikLimitPageTests : OfficerConsoleTest
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await using var db = Factory.Db();
        var now = Factory.Time.GetUtcNow();
        db.Participants.Add(new Participant { Channel = "telegram", ChatId = "111222333", RegencyCode = "63.06", Phone = "+6281233334444", CreatedAt = now });
        db.Participants.Add(new Participant { Channel = "telegram", ChatId = "444555666", RegencyCode = "63.07", CreatedAt = now });
        foreach (var (chat, refused) in new[] { ("111222333", 3), ("444555666", 1), ("777888999", 2) })
        {
            for (var i = 0; i < 5 + refused; i++)
            {
                db.NikEntries.Add(new NikEntry { Channel = "telegram", ChatId = chat, At = now.AddHours(-2), Refused = i >= 5 });
            }
        }

        db.NikEntries.Add(new NikEntry { Channel = "telegram", ChatId = "123123123", At = now.AddHours(-1) }); // under the limit: not listed
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task Page_ListsChatsOverLimitInOfficersRegencies_WithMaskedContactAndCount()
    {
        using var rina = await Factory.SignedInAsync("rina");
        using var boss = await Factory.SignedInAsync("boss");

        var own = await rina.GetStringAsync(new Uri("/petugas/batas-nik", UriKind.Relative));
        var all = await boss.GetStringAsync(new Uri("/petugas/batas-nik", UriKind.Relative));

        Assert.Contains("0812******44", own, StringComparison.Ordinal);
        Assert.Contains("<td>3</td>", own, StringComparison.Ordinal);
        Assert.DoesNotContain("4445***66", own, StringComparison.Ordinal);
        Assert.DoesNotContain("7778***99", own, StringComparison.Ordinal);
        Assert.DoesNotContain("6281233334444", own, StringComparison.Ordinal);
        Assert.Contains("4445***66", all, StringComparison.Ordinal);
        Assert.Contains("7778***99", all, StringComparison.Ordinal);
        Assert.DoesNotContain("1231***23", all, StringComparison.Ordinal);
    }
}
