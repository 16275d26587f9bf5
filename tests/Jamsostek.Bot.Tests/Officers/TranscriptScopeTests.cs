using System.Net;
using Jamsostek.Bot.Officers;
using Jamsostek.Bot.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace Jamsostek.Bot.Tests.Officers;

/// <summary>
/// One phone registers two people of two regencies (a village cadre helping a neighbour): each regency's petugas
/// reads only their own person's conversation on the detail page, never the other's NIK, name, birth date or phone.
/// </summary>
public sealed class TranscriptScopeTests : IAsyncLifetime
{
    private const string NikA = "6306055208900003";
    private const string NikB = "6371011507850004";

    private static readonly string[] TwoPeople =
    [
        "/start", "1", "ya", NikA, "Siti Aminah", "12-08-1990", "ya", "ya", "Kandangan", "kandangan kota",
        "Jl. Pasar Lama 9", "0812-5555-1234", "pedagang", "2,5 jt", "2", "3", "Ahmad Fauzi", "anak", "kirim",
        "daftar", "ya", NikB, "Rudi Hartono", "15-07-1985", "ya", "ya", "Banjarmasin Selatan", "Mantuil",
        "Jl. Sungai Andai 7", "0813-2222-3333", "pedagang", "2 jt", "2", "3", "Sri Wahyuni", "istri", "kirim",
    ];

    private readonly OfficerWebFactory factory = new();

    public async Task InitializeAsync()
    {
        var chat = await BotCli.ChatJsonAsync(factory.DbPath, TwoPeople, "2026-05-10T10:00:00+08:00", user: "kader");
        Assert.Equal(0, chat.ExitCode);
        await factory.AddOfficerAsync("rina", OfficerRoles.Petugas, "63.06");
        await factory.AddOfficerAsync("budi", OfficerRoles.Petugas, "63.71");
        await factory.AddOfficerAsync("ani", OfficerRoles.Admin);
    }

    public async Task DisposeAsync() => await factory.DisposeAsync();

    [Theory]
    [InlineData("rina", "63.06", new[] { NikA, "Siti Aminah", "Ahmad Fauzi", "0812-5555-1234" }, new[] { NikB, "6371 0115 0785 0004", "Rudi Hartono", "15-07-1985", "Sri Wahyuni", "Jl. Sungai Andai", "0813-2222-3333" })]
    [InlineData("budi", "63.71", new[] { NikB, "Rudi Hartono", "Sri Wahyuni", "0813-2222-3333" }, new[] { NikA, "Siti Aminah", "12-08-1990", "Ahmad Fauzi", "Jl. Pasar Lama", "0812-5555-1234" })]
    public async Task Detail_ShowsOnlyOwnPersonsLines_WhenOneChatRegisteredTwoRegencies(string officer, string regency, string[] own, string[] other)
    {
        long id;
        await using (var db = factory.Db())
        {
            Assert.Equal(2, await db.SignUps.CountAsync());
            id = await db.SignUps.Where(s => s.RegencyCode == regency).Select(s => s.Id).SingleAsync();
        }

        using var client = await factory.SignedInAsync(officer);
        var response = await client.GetAsync(new Uri($"/petugas/pendaftaran/{id}", UriKind.Relative));
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var transcript = html[html.IndexOf("<h2>Percakapan</h2>", StringComparison.Ordinal)..html.IndexOf("<h2 id=\"riwayat\">", StringComparison.Ordinal)];
        Assert.All(own, v => Assert.Contains(v, transcript, StringComparison.Ordinal));
        Assert.All(other, v => Assert.DoesNotContain(v, html, StringComparison.Ordinal));
        Assert.DoesNotContain("/start", transcript, StringComparison.Ordinal); // the chat's lines outside a registration
    }

    [Fact]
    public async Task Detail_ShowsChatLinesOutsideRegistration_WhenOfficerSeesEverySignUpOfTheChat()
    {
        long id;
        await using (var db = factory.Db())
        {
            id = await db.SignUps.Where(s => s.RegencyCode == "63.06").Select(s => s.Id).SingleAsync();
        }

        using var client = await factory.SignedInAsync("ani");
        var html = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri($"/petugas/pendaftaran/{id}", UriKind.Relative)));

        var transcript = html[html.IndexOf("<h2>Percakapan</h2>", StringComparison.Ordinal)..html.IndexOf("<h2 id=\"riwayat\">", StringComparison.Ordinal)];
        Assert.Contains("/start", transcript, StringComparison.Ordinal);
        Assert.Contains("Siti Aminah", transcript, StringComparison.Ordinal);
        Assert.DoesNotContain("Rudi Hartono", transcript, StringComparison.Ordinal);
    }
}
