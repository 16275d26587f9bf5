using System.Net;
using System.Text;
using Jamsostek.Bot.Conversations;
using Jamsostek.Bot.Data;
using Jamsostek.Bot.Officers;
using Jamsostek.Dialogs.Engine;
using Jamsostek.Bot.Audit;
using Jamsostek.Bot.Tests.TestSupport;

namespace Jamsostek.Bot.Tests.Officers;

/// <summary>The queue's drop-down filters, look-ups and paging; labels, audit and transcript on the detail page; the audit CSV.</summary>
public sealed class QueueAndDetailTests : OfficerConsoleTest
{
    [Fact]
    public async Task Filters_AreDropDownsWithNames_AndDistrictsFollowTheChosenRegency()
    {
        await Factory.AddSignUpAsync(s => s.Occupation = "ojek");
        using var client = await Factory.SignedInAsync("rina");

        var first = await client.GetStringAsync(new Uri("/petugas", UriKind.Relative));
        var chosen = await client.GetStringAsync(new Uri("/petugas?kabupaten=63.06&kecamatan=63.06.05", UriKind.Relative));

        Assert.Contains("<option value=\"63.06\">Kab. Hulu Sungai Selatan (WITA)</option>", first, StringComparison.Ordinal);
        Assert.Contains("<option value=\"ojek\">Ojek/ojol</option>", first, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"kecamatan\"", first, StringComparison.Ordinal);
        Assert.Contains("<td data-label=\"Pekerjaan\">Ojek/ojol</td>", first, StringComparison.Ordinal);
        Assert.Contains("name=\"kecamatan\"", chosen, StringComparison.Ordinal);
        Assert.Contains("name=\"desa\"", chosen, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Filters_NarrowByOccupationAndVillage()
    {
        var ojek = await Factory.AddSignUpAsync(s => s.Occupation = "ojek");
        var elsewhere = await Factory.AddSignUpAsync(s => s.VillageCode = "63.06.05.1002");
        var pedagang = await Factory.AddSignUpAsync();
        using var client = await Factory.SignedInAsync("rina");

        var byOccupation = await client.GetStringAsync(new Uri("/petugas?pekerjaan=ojek", UriKind.Relative));
        var byVillage = await client.GetStringAsync(new Uri("/petugas?kabupaten=63.06&kecamatan=63.06.05&desa=63.06.05.1002", UriKind.Relative));

        Assert.Contains(ojek.Reference, byOccupation, StringComparison.Ordinal);
        Assert.DoesNotContain(pedagang.Reference, byOccupation, StringComparison.Ordinal);
        Assert.Contains(elsewhere.Reference, byVillage, StringComparison.Ordinal);
        Assert.DoesNotContain(ojek.Reference, byVillage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nik")]
    [InlineData("reference")]
    public async Task Search_FindsAPersonWhateverTheStatus_WhenNikOrReference(string by)
    {
        var approved = await Factory.AddSignUpAsync(s => { s.Status = SignUpStatus.Approved; s.Kpj = "12345678901"; });
        using var client = await Factory.SignedInAsync("rina");

        var html = await client.GetStringAsync(new Uri($"/petugas?status=pending&cari={(by == "nik" ? approved.Nik : approved.Reference)}", UriKind.Relative));

        Assert.Contains(approved.Reference, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Paging_Gives120RowsInThreePagesOldestFirst()
    {
        await using (var db = Factory.Db())
        {
            var start = Factory.Time.GetUtcNow().AddDays(-10);
            db.SignUps.AddRange(Enumerable.Range(1, 120).Select(n => SignUpSeed.Make(n, start.AddMinutes(n))));
            await db.SaveChangesAsync();
        }

        using var client = await Factory.SignedInAsync("rina");
        var first = await client.GetStringAsync(new Uri("/petugas", UriKind.Relative));
        var third = await client.GetStringAsync(new Uri("/petugas?halaman=3", UriKind.Relative));

        Assert.Contains("120 pendaftaran; halaman 1 dari 3.", first, StringComparison.Ordinal);
        Assert.True(first.IndexOf("BPU-T000001", StringComparison.Ordinal) < first.IndexOf("BPU-T000002", StringComparison.Ordinal));
        Assert.DoesNotContain("BPU-T000051", first, StringComparison.Ordinal);
        Assert.Contains("halaman 3 dari 3.", third, StringComparison.Ordinal);
        Assert.Contains("BPU-T000120", third, StringComparison.Ordinal);
        Assert.DoesNotContain("BPU-T000100<", third, StringComparison.Ordinal);
        Assert.DoesNotContain("Berikutnya", third, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Detail_ShowsLabelsReadableAuditAndTranscriptAsTheWorkerSawIt()
    {
        var signUp = await Factory.AddSignUpAsync(s => { s.HeirRelationship = "pasangan"; s.Occupation = "ojek"; });
        await using (var db = Factory.Db())
        {
            db.AuditEntries.Add(new AuditEntry
            {
                At = Factory.Time.GetUtcNow(), Actor = "petugas:rina", Action = "approved", EntityType = "SignUp", EntityId = signUp.Reference,
                BeforeJson = "{\"status\":\"pending\",\"kpj\":null}", AfterJson = "{\"status\":\"approved\",\"kpj\":\"12345678901\"}",
            });
            db.ConversationMessages.Add(new ConversationMessage { Channel = signUp.Channel, ChatId = signUp.ChatId, Direction = "out", Text = "\u2705 Pendaftaran terkirim.\nBaris kedua", At = Factory.Time.GetUtcNow() });
            await db.SaveChangesAsync();
        }

        using var client = await Factory.SignedInAsync("rina");
        var html = await client.GetStringAsync(new Uri($"/petugas/pendaftaran/{signUp.Id}", UriKind.Relative));

        Assert.Contains("Suami/istri", html, StringComparison.Ordinal);
        Assert.Contains("Ojek/ojol", html, StringComparison.Ordinal);
        Assert.Contains("<td>Disetujui</td>", html, StringComparison.Ordinal);
        Assert.Contains("Status: Menunggu &#x2192; Disetujui", html, StringComparison.Ordinal);
        Assert.Contains("Nomor KPJ: 12345678901", html, StringComparison.Ordinal);
        Assert.DoesNotContain("\"status\"", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"pesan-teks\">\u2705 Pendaftaran terkirim.\nBaris kedua</td>", html, StringComparison.Ordinal); // issue 18: emoji kept
    }

    [Fact]
    public async Task Detail_OfAnotherRegency_IsAFriendly404()
    {
        var other = await Factory.AddSignUpAsync(s => s.RegencyCode = "63.07");
        using var client = await Factory.SignedInAsync("rina");

        using var response = await client.GetAsync(new Uri($"/petugas/pendaftaran/{other.Id}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Halaman tidak ditemukan", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuditCsv_OfADateRange_IsScopedForPetugas()
    {
        var mine = await Factory.AddSignUpAsync();
        var other = await Factory.AddSignUpAsync(s => s.RegencyCode = "63.07");
        await using (var db = Factory.Db())
        {
            foreach (var s in new[] { mine, other })
            {
                db.AuditEntries.Add(new AuditEntry { At = Factory.Time.GetUtcNow(), Actor = "telegram:x", Action = "submitted", EntityType = "SignUp", EntityId = s.Reference, AfterJson = "{\"status\":\"pending\"}" });
            }

            await db.SaveChangesAsync();
        }

        var url = new Uri("/petugas/riwayat?handler=csv&dari=2026-05-01&sampai=2026-05-31", UriKind.Relative);
        using var rina = await Factory.SignedInAsync("rina");
        using var boss = await Factory.SignedInAsync("boss");
        var scoped = Encoding.UTF8.GetString(await rina.GetByteArrayAsync(url));
        var all = Encoding.UTF8.GetString(await boss.GetByteArrayAsync(url));

        Assert.Contains(mine.Reference, scoped, StringComparison.Ordinal);
        Assert.Contains("Dikirim pekerja", scoped, StringComparison.Ordinal);
        Assert.DoesNotContain(other.Reference, scoped, StringComparison.Ordinal);
        Assert.Contains(other.Reference, all, StringComparison.Ordinal);
    }
}
