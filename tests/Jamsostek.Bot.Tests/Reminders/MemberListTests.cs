using System.Globalization;
using Jamsostek.Bot.Members;
using Jamsostek.Bot.Officers;
using Microsoft.Extensions.DependencyInjection;
using Jamsostek.Bot.SignUps;

namespace Jamsostek.Bot.Tests.Reminders;

public sealed class MemberListTests
{
    // 11 May 2026: March and April are past their due dates, May is not yet.
    private static readonly DateTimeOffset May11 = new(2026, 5, 11, 3, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task FindPageAsync_FindsMembersInArrears_BeyondTheFirstThousandAndOverPages()
    {
        await using var host = await ReminderHost.StartAsync();
        host.Time.SetUtcNow(May11);
        // 2 400 members up to date first (ids below), then 250 two months behind and one sponsored one behind.
        await SeedAsync(host, 2400, "2026-06");
        await SeedAsync(host, 250, "2026-03");
        await SeedAsync(host, 1, "2026-01", sponsored: true);
        var list = ActivatorUtilities.CreateInstance<MemberList>(host.Services);
        var scope = OfficerScope.Everything("budi");

        var first = await list.FindPageAsync(scope, null, null, 1, 1, CancellationToken.None);
        var second = await list.FindPageAsync(scope, null, null, 1, 2, CancellationToken.None);
        var threeMonths = await list.FindPageAsync(scope, null, null, 3, 1, CancellationToken.None);

        Assert.Equal((MemberList.PageSize, true), (first.Members.Count, first.HasNext));
        Assert.Equal((50, false), (second.Members.Count, second.HasNext));
        Assert.All(first.Members.Concat(second.Members), m => Assert.Equal(2, m.MonthsInArrears));
        Assert.Equal(250, first.Members.Concat(second.Members).Select(m => m.Id).Distinct().Count());
        Assert.Empty(threeMonths.Members);
    }

    [Fact]
    public async Task FindPageAsync_PagesPastTheFirstTwoHundred_WhenNoArrearsFilter()
    {
        await using var host = await ReminderHost.StartAsync();
        host.Time.SetUtcNow(May11);
        await SeedAsync(host, 450, "2026-06");
        var list = ActivatorUtilities.CreateInstance<MemberList>(host.Services);

        var third = await list.FindPageAsync(OfficerScope.Everything("budi"), null, null, 0, 3, CancellationToken.None);

        Assert.Equal((50, false, 3), (third.Members.Count, third.HasNext, third.Page));
    }

    private static async Task SeedAsync(ReminderHost host, int count, string firstMonth, bool sponsored = false)
    {
        await using var db = host.Db();
        var start = db.Members.Count();
        for (var i = 1; i <= count; i++)
        {
            var n = start + i;
            db.Members.Add(new Member
            {
                SignUpId = n,
                Kpj = (20_000_000_000L + n).ToString(CultureInfo.InvariantCulture),
                Nik = "630605520890" + n.ToString("D4", CultureInfo.InvariantCulture),
                FullName = $"Peserta {n}",
                RegencyCode = "63.06",
                VillageCode = "63.06.05.2001",
                Programs = "JKK,JKM",
                PaymentPeriodMonths = 1,
                MonthlyIncome = 1_000_000m,
                Occupation = "pedagang",
                FirstContributionMonth = DateOnly.Parse(firstMonth + "-01", CultureInfo.InvariantCulture),
                TimeZone = "Asia/Makassar",
                Sponsored = sponsored,
                Channel = "terminal",
                ChatId = $"chat-{n}",
                CreatedAt = May11,
            });
        }

        await db.SaveChangesAsync();
    }
}
