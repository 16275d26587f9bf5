using System.Net;
using Jamsostek.Bot.SignUps.Sponsors;
using Jamsostek.Bot.Tests.TestSupport;

namespace Jamsostek.Bot.Tests.SignUps.Sponsors;

/// <summary>The printable list for village meetings: who is still invited, each with a QR code of their own link; scoped to the regency.</summary>
public sealed class SponsorUndanganPageTests : IAsyncLifetime
{
    private readonly OfficerWebFactory factory = new(settings: new Dictionary<string, string?> { ["Sponsors:BotUsername"] = "JamsostekBot" });

    public async Task InitializeAsync()
    {
        await factory.AddOfficerAsync("rina", "petugas", "63.06");
        await factory.AddOfficerAsync("yudi", "petugas", "61.06");
        await using var db = factory.Db();
        var sponsor = new Sponsor { Code = "hss2026", Name = "Pemkab HSS 2026", RegencyCode = "63.06" };
        db.Sponsors.Add(sponsor);
        await db.SaveChangesAsync();
        foreach (var (code, status) in new[] { ("u_siti", SponsorInvitationStatus.Invited), ("u_ahmad", SponsorInvitationStatus.Consented) })
        {
            db.SponsorInvitations.Add(new SponsorInvitation
            {
                SponsorId = sponsor.Id, Code = code, Status = status, Nik = "6306010101900001", FullName = code[2..], RegencyCode = "63.06",
                VillageCode = "63.06.01.2001", Occupation = string.Empty, CreatedAt = factory.Time.GetUtcNow(),
            });
        }

        await db.SaveChangesAsync();
    }

    public Task DisposeAsync()
    {
        factory.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Undangan_ListsTheStillInvitedWithAQrCodeAndTheCodeToType_ForTheRegencysOfficerOnly()
    {
        using var rina = await factory.SignedInAsync("rina");
        var html = await rina.GetStringAsync(new Uri("/petugas/sponsor/undangan?kode=hss2026", UriKind.Relative));

        Assert.Contains("<strong>1 orang.</strong>", html, StringComparison.Ordinal);
        Assert.Contains("siti", html, StringComparison.Ordinal);
        Assert.DoesNotContain("ahmad", html, StringComparison.Ordinal); // consented: no longer on the list
        Assert.Contains("<svg", html, StringComparison.Ordinal);
        Assert.Contains("6306**********01", html, StringComparison.Ordinal);
        Assert.Contains("ketik /start u_siti", html, StringComparison.Ordinal);

        using var yudi = await factory.SignedInAsync("yudi");
        Assert.Equal(HttpStatusCode.NotFound, (await yudi.GetAsync(new Uri("/petugas/sponsor/undangan?kode=hss2026", UriKind.Relative))).StatusCode);
    }
}
