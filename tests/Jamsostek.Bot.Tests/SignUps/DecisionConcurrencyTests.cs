using Jamsostek.Bot.Officers;
using Jamsostek.Bot.SignUps;
using Jamsostek.Bot.SignUps.Decisions;
using Jamsostek.Bot.Tests.TestSupport;
using Jamsostek.Dialogs.Engine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jamsostek.Bot.Tests.SignUps;

/// <summary>
/// Issue 13: two officers deciding one sign-up at once on two hosts (one database): one decision wins, the other
/// is told in Indonesian and nothing of it is written (no second member, audit entry or message).
/// </summary>
public sealed class DecisionConcurrencyTests
{
    private static readonly OfficerScope Rina = new("rina", false, ["63.06"]);
    private static readonly OfficerScope Budi = new("budi", false, ["63.06"]);

    [Theory, SqliteData, PostgresData]
    public async Task SaveChanges_ThrowsConcurrency_WhenTheSignUpChangedSinceItWasRead(string provider)
    {
        await using var database = await TestDb.CreateAsync(provider);
        await using var host = new OfficerWebFactory { Database = database };
        var signUp = await host.AddSignUpAsync();
        await using var first = host.Db();
        await using var second = host.Db();
        var mine = await first.SignUps.SingleAsync(s => s.Id == signUp.Id);
        var theirs = await second.SignUps.SingleAsync(s => s.Id == signUp.Id);

        theirs.Status = SignUpStatus.Rejected;
        await second.SaveChangesAsync();
        mine.Status = SignUpStatus.Approved;

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => first.SaveChangesAsync());
    }

    [PostgresFact]
    public async Task ApproveAsync_AppliesOneDecision_WhenTwoOfficersDecideAtOnceOnTwoHosts()
    {
        await using var database = await TestDb.CreateAsync(TestDb.Postgres);
        await using var hostA = new OfficerWebFactory { Database = database };
        await using var hostB = new OfficerWebFactory { Database = database };
        _ = hostB.Services; // both started (and migrated) before the race
        for (var round = 0; round < 10; round++)
        {
            var signUp = await hostA.AddSignUpAsync(s => s.Occupation = "ojek");
            var a = hostA.Services.GetRequiredService<SignUpDecisions>();
            var b = hostB.Services.GetRequiredService<SignUpDecisions>();

            var results = await Task.WhenAll(
                Task.Run(() => a.ApproveAsync(signUp.Id, (12345678900 + (2 * round)).ToString(System.Globalization.CultureInfo.InvariantCulture), Rina)),
                Task.Run(() => b.RejectAsync(signUp.Id, RejectionReason.All[0].Code, "catatan", Budi)));

            Assert.Single(results, r => r.Succeeded);
            var refused = Assert.Single(results, r => !r.Succeeded);
            Assert.Matches("baru saja diputuskan oleh petugas lain|tidak menunggu keputusan", refused.Error);
            await using var check = hostA.Db();
            var stored = await check.SignUps.SingleAsync(s => s.Id == signUp.Id);
            Assert.Single(await check.AuditEntries.Where(e => e.EntityId == signUp.Reference && (e.Action == "approved" || e.Action == "rejected")).ToListAsync());
            Assert.Equal(stored.Status == SignUpStatus.Approved ? 1 : 0, await check.Members.CountAsync(m => m.SignUpId == signUp.Id));
            Assert.Equal(stored.Status == SignUpStatus.Approved ? 2 : 1, await check.OutboxMessages.CountAsync(m => m.ChatId == signUp.ChatId));
        }
    }
}
