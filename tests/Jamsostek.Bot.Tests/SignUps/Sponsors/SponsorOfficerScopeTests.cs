using System.Net;
using Jamsostek.Bot.Officers;
using Jamsostek.Bot.SignUps;
using Jamsostek.Bot.SignUps.Sponsors;
using Jamsostek.Bot.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Jamsostek.Bot.Tests.SignUps.Sponsors;

/// <summary>
/// A petugas sponsor of hss2026 sees that programme's people and figures only: not another programme of the same
/// regency, not the regency's other sign-ups, not the rest of the console; and decides nothing.
/// </summary>
public sealed class SponsorOfficerScopeTests : IAsyncLifetime
{
    private readonly OfficerWebFactory factory = new();
    private SignUp ours = null!;
    private SignUp otherProgramme = null!;
    private SignUp noProgramme = null!;

    public async Task InitializeAsync()
    {
        await using (var db = factory.Db())
        {
            db.Sponsors.Add(new Sponsor { Code = "hss2026", Name = "Pemkab HSS 2026", RegencyCode = "63.06", QuotaPerVillage = 100 });
            db.Sponsors.Add(new Sponsor { Code = "hssrt", Name = "Ketua RT HSS", RegencyCode = "63.06" });
            await db.SaveChangesAsync();
        }

        await factory.AddSponsorOfficerAsync("sari", "hss2026");
        ours = await factory.AddSignUpAsync(s => (s.Source, s.FullName) = ("hss2026", "Siti Programku"));
        otherProgramme = await factory.AddSignUpAsync(s => (s.Source, s.FullName) = ("hssrt", "Rahmat Programlain"));
        noProgramme = await factory.AddSignUpAsync(s => s.FullName = "Budi Mandiri");
    }

    public Task DisposeAsync()
    {
        factory.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Queue_ShowsOnlyTheProgrammesSignUps_ForASponsorOfficer()
    {
        using var sari = await factory.SignedInAsync("sari");

        var queue = await sari.GetStringAsync(new Uri("/petugas", UriKind.Relative));

        Assert.Contains("Siti Programku", queue, StringComparison.Ordinal);
        Assert.DoesNotContain("Rahmat Programlain", queue, StringComparison.Ordinal);
        Assert.DoesNotContain("Budi Mandiri", queue, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await sari.GetAsync(new Uri($"/petugas/pendaftaran/{ours.Id}", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await sari.GetAsync(new Uri($"/petugas/pendaftaran/{otherProgramme.Id}", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await sari.GetAsync(new Uri($"/petugas/pendaftaran/{noProgramme.Id}", UriKind.Relative))).StatusCode);
    }

    [Theory]
    [InlineData("/petugas/sponsor/cakupan?kode=hss2026", HttpStatusCode.OK)]
    [InlineData("/petugas/sponsor/tagihan?kode=hss2026", HttpStatusCode.OK)]
    [InlineData("/petugas/sponsor/undangan?kode=hss2026", HttpStatusCode.OK)]
    [InlineData("/petugas/sponsor/cakupan?kode=hssrt", HttpStatusCode.NotFound)]
    [InlineData("/petugas/sponsor/tagihan?kode=hssrt", HttpStatusCode.NotFound)]
    [InlineData("/petugas/sponsor/undangan?kode=hssrt", HttpStatusCode.NotFound)]
    [InlineData("/petugas/peserta", HttpStatusCode.Forbidden)]
    [InlineData("/petugas/cakupan", HttpStatusCode.Forbidden)]
    [InlineData("/petugas/permintaan", HttpStatusCode.Forbidden)]
    [InlineData("/petugas/klaim", HttpStatusCode.Forbidden)]
    [InlineData("/petugas/ekspor", HttpStatusCode.Forbidden)]
    [InlineData("/petugas/riwayat", HttpStatusCode.Forbidden)]
    [InlineData("/petugas/akun", HttpStatusCode.Forbidden)]
    [InlineData("/petugas/sponsor/program", HttpStatusCode.Forbidden)]
    public async Task Page_AnswersOnlyForTheOwnProgramme_ForASponsorOfficer(string path, HttpStatusCode expected)
    {
        using var sari = await factory.SignedInAsync("sari");

        using var response = await sari.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task SponsorList_ShowsOnlyTheOwnProgramme_ForASponsorOfficer()
    {
        using var sari = await factory.SignedInAsync("sari");

        var page = await sari.GetStringAsync(new Uri("/petugas/sponsor", UriKind.Relative));

        Assert.Contains("Pemkab HSS 2026", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Ketua RT HSS", page, StringComparison.Ordinal);
        Assert.DoesNotContain("/petugas/peserta", page, StringComparison.Ordinal); // the menu offers their pages only
    }

    [Fact]
    public async Task Approve_IsRefused_ForASponsorOfficer()
    {
        using var scope = factory.Services.CreateScope();
        var resolver = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Officer>>();
        var sari = await resolver.FindByNameAsync("sari");
        var decisions = scope.ServiceProvider.GetRequiredService<Bot.SignUps.Decisions.SignUpDecisions>();

        var result = await decisions.ApproveAsync(ours.Id, "12345678901", OfficerScopes.Of(sari!, isAdmin: false, isSponsor: true));

        Assert.False(result.Succeeded);
        Assert.Contains("keputusan diambil petugas BPJS Ketenagakerjaan", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sponsor", "", "minimal satu program sponsor")]
    [InlineData("sponsor", "tidakada", "Program sponsor 'tidakada' tidak ada")]
    [InlineData("petugas", "hss2026", "hanya untuk akun berperan sponsor")]
    public async Task Create_IsRefused_WhenTheProgrammesDoNotFitTheRole(string role, string sponsors, string expected)
    {
        using var scope = factory.Services.CreateScope();
        var accounts = scope.ServiceProvider.GetRequiredService<OfficerAccounts>();

        var error = await accounts.CreateAsync("andi", role, ["63.06"], OfficerWebFactory.Password, sponsors.Split(',', StringSplitOptions.RemoveEmptyEntries));

        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AccountsPage_CreatesASponsorOfficerTiedToTheProgramme_ForAdmin()
    {
        await factory.AddOfficerAsync("boss", OfficerRoles.Admin);
        using var boss = await factory.SignedInAsync("boss");

        using var response = await OfficerWebFactory.PostFormAsync(boss, "/petugas/akun",
            new() { ["nama"] = "dewi", ["peran"] = "sponsor", ["program"] = "hssrt", ["sandi"] = OfficerWebFactory.Password }, "/petugas/akun?handler=Add");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        using var dewi = await factory.SignedInAsync("dewi");
        var queue = await dewi.GetStringAsync(new Uri("/petugas", UriKind.Relative));
        Assert.Contains("Rahmat Programlain", queue, StringComparison.Ordinal);
        Assert.DoesNotContain("Siti Programku", queue, StringComparison.Ordinal);
    }
}
