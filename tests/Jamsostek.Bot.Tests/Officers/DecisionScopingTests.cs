using System.Net;
using Jamsostek.Bot.Officers;
using Jamsostek.Dialogs.Engine;
using Microsoft.EntityFrameworkCore;

namespace Jamsostek.Bot.Tests.Officers;

/// <summary>A petugas cannot reject another regency's sign-up through the web form, even by guessing its id.</summary>
public sealed class DecisionScopingTests : IAsyncLifetime
{
    private readonly OfficerWebFactory factory = new();

    public async Task InitializeAsync() => await factory.AddOfficerAsync("rina", OfficerRoles.Petugas, "63.06");

    public async Task DisposeAsync() => await factory.DisposeAsync();

    [Fact]
    public async Task RejectPost_AnswersNotFoundAndChangesNothing_WhenTheSignUpIsInAnotherRegency()
    {
        var mine = await factory.AddSignUpAsync();
        var other = await factory.AddSignUpAsync(s => { s.RegencyCode = "63.07"; s.DistrictCode = "63.07.01"; s.VillageCode = "63.07.01.2001"; });
        using var client = await factory.SignedInAsync("rina");

        // The antiforgery token comes from a page rina may open; the POST names the other regency's id.
        using var reject = await OfficerWebFactory.PostFormAsync(client, $"/petugas/pendaftaran/{mine.Id}",
            new() { ["alasan"] = "nik", ["konfirmasi"] = "true" }, $"/petugas/pendaftaran/{other.Id}?handler=Reject");

        Assert.Equal(HttpStatusCode.NotFound, reject.StatusCode);
        await using var db = factory.Db();
        var saved = await db.SignUps.SingleAsync(s => s.Id == other.Id);
        Assert.Equal((SignUpStatus.Pending, null), (saved.Status, saved.RejectionReason));
        Assert.Equal(0, await db.OutboxMessages.CountAsync());
        Assert.Equal(0, await db.AuditEntries.CountAsync());
    }
}
