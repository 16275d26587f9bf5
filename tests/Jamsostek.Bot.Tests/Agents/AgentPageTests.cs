using System.Net;
using Jamsostek.Bot.Agents;
using Jamsostek.Bot.Tests.TestSupport;
using Jamsostek.Dialogs.Engine;

namespace Jamsostek.Bot.Tests.Agents;

/// <summary>/petugas/agen: per agent of the officer's regencies, submitted, confirmed, approved, rejected, rejection rate; CSV.</summary>
public sealed class AgentPageTests() : OfficerConsoleTest(withAdmin: false)
{
    private long rahmah;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await using (var db = Factory.Db())
        {
            var inScope = new Agent { Name = "Bu Rahmah", Kind = "kader", RegencyCode = "63.06", VillageCode = "63.06.05.1001", Phone = "+6281111111111", ChatId = "agen-1", Channel = "telegram", CreatedAt = Factory.Time.GetUtcNow(), CreatedBy = "test" };
            var elsewhere = new Agent { Name = "Pak Darmin", Kind = "rt", RegencyCode = "63.07", Phone = "+6281222222222", CreatedAt = Factory.Time.GetUtcNow(), CreatedBy = "test" };
            db.Agents.AddRange(inScope, elsewhere);
            await db.SaveChangesAsync();
            rahmah = inScope.Id;
        }

        var confirmedAt = Factory.Time.GetUtcNow();
        // Submitted 6: one still held, one refused (erased, withdrawn), four confirmed: 1 pending, 1 approved, 2 rejected.
        await Factory.AddSignUpAsync(s => { s.AgentId = rahmah; s.Status = SignUpStatus.Held; });
        await Factory.AddSignUpAsync(s => { s.AgentId = rahmah; s.Status = SignUpStatus.Withdrawn; });
        await Factory.AddSignUpAsync(s => { s.AgentId = rahmah; s.ConfirmedAt = confirmedAt; });
        await Factory.AddSignUpAsync(s => { s.AgentId = rahmah; s.ConfirmedAt = confirmedAt; s.Status = SignUpStatus.Approved; s.Kpj = "12345678901"; });
        await Factory.AddSignUpAsync(s => { s.AgentId = rahmah; s.ConfirmedAt = confirmedAt; s.Status = SignUpStatus.Rejected; });
        await Factory.AddSignUpAsync(s => { s.AgentId = rahmah; s.ConfirmedAt = confirmedAt; s.Status = SignUpStatus.Rejected; });
        await Factory.AddSignUpAsync(s => s.Status = SignUpStatus.Approved); // the worker's own, nobody's credit
    }

    [Fact]
    public async Task Page_ShowsCountsAndRejectionRate_OfOfficersRegencyAgentsOnly()
    {
        using var rina = await Factory.SignedInAsync("rina");

        var html = await rina.GetStringAsync("/petugas/agen");

        Assert.Contains("Bu Rahmah", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Pak Darmin", html, StringComparison.Ordinal);
        Assert.Contains("<td data-label=\"Dikirim\">6</td><td data-label=\"Disetujui pekerja\">4</td><td data-label=\"Disetujui petugas\">1</td><td data-label=\"Ditolak petugas\">2</td><td data-label=\"Tingkat penolakan\">67%</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Csv_HoldsTheSameCounts_WhenDownloaded()
    {
        using var rina = await Factory.SignedInAsync("rina");

        var response = await rina.GetAsync("/petugas/agen?handler=csv");
        var csv = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = csv.TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
        Assert.Equal(2, lines.Count);
        Assert.Equal("Bu Rahmah,Kader desa,63.06,63.06.05.1001,ya,6,4,1,2,67", lines[1]);
    }

    [Fact]
    public async Task Page_AsksToSignIn_WhenAnonymous()
    {
        var response = await Factory.Client().GetAsync("/petugas/agen");

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }
}
