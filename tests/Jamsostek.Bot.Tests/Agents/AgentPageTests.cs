using System.Net;
using Jamsostek.Bot.Agents;
using Jamsostek.Bot.Tests.TestSupport;
using Jamsostek.Dialogs.Engine;
using Microsoft.EntityFrameworkCore;

namespace Jamsostek.Bot.Tests.Agents;

/// <summary>/petugas/agen: per agent of the officer's regencies, submitted, confirmed, approved, rejected, rejection rate; CSV.</summary>
public sealed class AgentPageTests() : OfficerConsoleTest(withAdmin: false)
{
    private long rahmah;
    private Jamsostek.Bot.SignUps.SignUp held = null!;

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
        held = await Factory.AddSignUpAsync(s => { s.AgentId = rahmah; s.Status = SignUpStatus.Held; s.FullName = "Siti Aminah"; });
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
    public async Task Detail_SaysOnlyItWaitsForTheWorker_WhenSignUpIsHeld()
    {
        using var rina = await Factory.SignedInAsync("rina");

        using var response = await rina.GetAsync(new Uri($"/petugas/pendaftaran/{held.Id}", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Pendaftaran ini menunggu persetujuan pekerja", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Siti Aminah", html, StringComparison.Ordinal);
        Assert.DoesNotContain(held.Reference, html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("?status=held")]
    [InlineData("?status=semua")]
    [InlineData("?cari={reference}")]
    [InlineData("?status=held&cari={reference}")]
    public async Task Queue_NeverListsHeldSignUp_WhateverTheFilterOrSearch(string query)
    {
        using var rina = await Factory.SignedInAsync("rina");

        var html = await rina.GetStringAsync(new Uri("/petugas" + query.Replace("{reference}", held.Reference, StringComparison.Ordinal), UriKind.Relative));

        Assert.DoesNotContain($"/petugas/pendaftaran/{held.Id}\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Siti Aminah", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Add_ShowsCodeOnceAndAudits_WhenOfficerAddsAgentInOwnRegency()
    {
        using var rina = await Factory.SignedInAsync("rina");

        using var response = await OfficerWebFactory.PostFormAsync(rina, "/petugas/agen", AgentFields(), "/petugas/agen?handler=add");
        var html = await response.Content.ReadAsStringAsync();
        var later = await rina.GetStringAsync("/petugas/agen");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var db = Factory.Db();
        var agent = (await db.Agents.AsNoTracking().ToListAsync()).Single(a => a.Name == "Pak Usman"); // names are encrypted
        Assert.Equal(("perisai", "63.06", "63.06.05.1001", "+6281333333333"), (agent.Kind, agent.RegencyCode, agent.VillageCode, agent.Phone));
        Assert.Contains($"Kode tautan sekali pakai: <strong>{agent.LinkCode}</strong>", html, StringComparison.Ordinal);
        Assert.DoesNotContain(agent.LinkCode!, later, StringComparison.Ordinal);
        Assert.Contains("<td data-label=\"Terhubung\">belum</td>", later, StringComparison.Ordinal);
        var audit = await db.AuditEntries.AsNoTracking().SingleAsync(a => a.EntityType == nameof(Agent) && a.Action == "agent-added");
        Assert.Equal(("petugas:rina", agent.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), (audit.Actor, audit.EntityId));
        Assert.DoesNotContain("3333333", audit.AfterJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Add_ShowsEachBadFieldAndKeepsWhatWasTyped_WhenInputIsWrong()
    {
        using var rina = await Factory.SignedInAsync("rina");
        var fields = AgentFields();
        (fields["Form.Name"], fields["Form.Kind"], fields["Form.Village"], fields["Form.Phone"]) = ("", "lurah", "63.06.99.9999", "0812-34");

        using var response = await OfficerWebFactory.PostFormAsync(rina, "/petugas/agen", fields, "/petugas/agen?handler=add");
        var html = await response.Content.ReadAsStringAsync();
        fields["Form.Regency"] = "63.07"; // Pak Darmin's regency: not rina's
        using var outside = await OfficerWebFactory.PostFormAsync(rina, "/petugas/agen", fields, "/petugas/agen?handler=add");
        var outsideHtml = await outside.Content.ReadAsStringAsync();

        foreach (var (field, message) in new[] { ("Name", "Isi nama agen"), ("Kind", "Pilih jenis agen"), ("Village", "Desa dengan kode &#39;63.06.99.9999&#39; tidak ada"), ("Phone", "Nomor HP agen tidak valid") })
        {
            Assert.Contains($"data-isian=\"{field}\">{message}", html, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("data-isian=\"Regency\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"0812-34\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"63.06.99.9999\"", html, StringComparison.Ordinal);
        Assert.Contains("data-isian=\"Regency\">Kabupaten/kota ini di luar wilayah tugas Anda.", outsideHtml, StringComparison.Ordinal);
        await using var db = Factory.Db();
        Assert.Equal(2, await db.Agents.CountAsync());
    }

    [Fact]
    public async Task Deactivate_SpendsCodeAndChatAndAudits_WhenAgentInOfficersRegency()
    {
        using var rina = await Factory.SignedInAsync("rina");
        long darmin;
        await using (var db = Factory.Db())
        {
            darmin = (await db.Agents.ToListAsync()).Single(a => a.Name == "Pak Darmin").Id;
        }

        using var elsewhere = await OfficerWebFactory.PostFormAsync(rina, "/petugas/agen", [], $"/petugas/agen?handler=deactivate&id={darmin}");
        using var response = await OfficerWebFactory.PostFormAsync(rina, "/petugas/agen", [], $"/petugas/agen?handler=deactivate&id={rahmah}");
        var later = await rina.GetStringAsync("/petugas/agen");

        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.NotFound), (response.StatusCode, elsewhere.StatusCode));
        Assert.Contains("Agen Bu Rahmah dinonaktifkan", later, StringComparison.Ordinal);
        Assert.Contains("<td data-label=\"Terhubung\">nonaktif</td><td data-label=\"Dikirim\">6</td>", later, StringComparison.Ordinal);
        await using var check = Factory.Db();
        var agent = await check.Agents.AsNoTracking().SingleAsync(a => a.Id == rahmah);
        Assert.Equal(((string?)null, (string?)null), (agent.ChatId, agent.LinkCode));
        Assert.Equal(SignUpStatus.Held, (await check.SignUps.AsNoTracking().SingleAsync(s => s.Id == held.Id)).Status);
        Assert.Equal("petugas:rina", (await check.AuditEntries.AsNoTracking().SingleAsync(a => a.Action == "agent-deactivated")).Actor);
    }

    [Fact]
    public async Task Page_AsksToSignIn_WhenAnonymous()
    {
        var response = await Factory.Client().GetAsync("/petugas/agen");

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }

    private static Dictionary<string, string> AgentFields() => new()
    {
        ["Form.Name"] = "Pak Usman", ["Form.Kind"] = "perisai", ["Form.Regency"] = "63.06", ["Form.Village"] = "63.06.05.1001", ["Form.Phone"] = "0813-3333-3333",
    };
}
