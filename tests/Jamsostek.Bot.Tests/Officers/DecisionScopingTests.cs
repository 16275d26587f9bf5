using System.Net;
using Jamsostek.Bot.Officers;
using Jamsostek.Dialogs.Engine;
using Microsoft.EntityFrameworkCore;
using Jamsostek.Bot.Tests.TestSupport;

namespace Jamsostek.Bot.Tests.Officers;

/// <summary>A petugas cannot reject another regency's sign-up through the web form, even by guessing its id.</summary>
public sealed class DecisionScopingTests() : OfficerConsoleTest(withAdmin: false)
{
    [Fact]
    public async Task RejectPost_AnswersNotFoundAndChangesNothing_WhenTheSignUpIsInAnotherRegency()
    {
        var mine = await Factory.AddSignUpAsync();
        var other = await Factory.AddSignUpAsync(s => { s.RegencyCode = "63.07"; s.DistrictCode = "63.07.01"; s.VillageCode = "63.07.01.2001"; });
        using var client = await Factory.SignedInAsync("rina");

        // The antiforgery token comes from a page rina may open; the POST names the other regency's id.
        using var reject = await OfficerWebFactory.PostFormAsync(client, $"/petugas/pendaftaran/{mine.Id}",
            new() { ["alasan"] = "nik", ["konfirmasi"] = "true" }, $"/petugas/pendaftaran/{other.Id}?handler=Reject");

        Assert.Equal(HttpStatusCode.NotFound, reject.StatusCode);
        await using var db = Factory.Db();
        var saved = await db.SignUps.SingleAsync(s => s.Id == other.Id);
        Assert.Equal((SignUpStatus.Pending, null), (saved.Status, saved.RejectionReason));
        Assert.Equal(0, await db.OutboxMessages.CountAsync());
        Assert.Equal(0, await db.AuditEntries.CountAsync());
    }
}
