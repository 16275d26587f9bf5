using System.Net;
using System.Text.RegularExpressions;
using Jamsostek.Bot.Data;
using Jamsostek.Bot.Officers;
using Jamsostek.Dialogs.Engine;
using Jamsostek.Bot.Audit;
using Jamsostek.Bot.Tests.TestSupport;

namespace Jamsostek.Bot.Tests.Officers;

/// <summary>What the detail page tells an officer before deciding: a resubmission and what changed, failed checks, and a refused form kept as typed.</summary>
public sealed partial class PendaftaranPageTests() : OfficerConsoleTest(withAdmin: false)
{
    [Fact]
    public async Task DetailAndQueue_SayItCameBackAndWhatChanged_WhenRejectedSignUpWasResubmitted()
    {
        var again = await Factory.AddSignUpAsync(s => s.FullName = "Siti Aminah");
        var fresh = await Factory.AddSignUpAsync();
        await using (var db = Factory.Db())
        {
            db.AuditEntries.Add(new AuditEntry
            {
                At = Factory.Time.GetUtcNow(), Actor = "telegram:chat-1", Action = "resubmitted", EntityType = "SignUp", EntityId = again.Reference,
                BeforeJson = "{\"status\":\"rejected\",\"fullName\":\"Siti Aminh\",\"rejectionReason\":\"Nama atau tanggal lahir tidak sesuai dengan KTP.\"}",
                AfterJson = "{\"status\":\"pending\",\"fullName\":\"Siti Aminah\",\"rejectionReason\":null,\"changed\":[\"fullName\",\"address\"]}",
            });
            await db.SaveChangesAsync();
        }

        using var client = await Factory.SignedInAsync("rina");
        var detail = await client.GetStringAsync(new Uri($"/petugas/pendaftaran/{again.Id}", UriKind.Relative));
        var queue = await client.GetStringAsync(new Uri("/petugas", UriKind.Relative));

        var note = Note().Match(detail);
        Assert.True(note.Success, "no resubmission note on the detail page");
        var text = Regex.Replace(note.Value, "\\s+", " ");
        Assert.Contains("Alasan penolakan sebelumnya: Nama atau tanggal lahir tidak sesuai dengan KTP. Jawaban", text, StringComparison.Ordinal);
        Assert.Contains("Jawaban yang diubah: Nama lengkap, Alamat.", text, StringComparison.Ordinal);
        Assert.Contains("Jawaban yang diubah: Nama lengkap, Alamat", detail[note.Index..].Split("id=\"riwayat\"")[1], StringComparison.Ordinal);
        Assert.DoesNotContain("changed", detail, StringComparison.Ordinal);
        Assert.Equal(1, Regex.Count(queue, "dikirim ulang setelah ditolak"));
        Assert.True(queue.IndexOf("dikirim ulang", StringComparison.Ordinal) < queue.IndexOf(fresh.Reference, StringComparison.Ordinal));
    }

    [Fact]
    public async Task RejectForm_HintsToSayWhatTheWorkerMustCorrect_UnderTheFreeTextReason()
    {
        var signUp = await Factory.AddSignUpAsync();
        using var client = await Factory.SignedInAsync("rina");

        var html = await client.GetStringAsync(new Uri($"/petugas/pendaftaran/{signUp.Id}", UriKind.Relative));

        var form = html[html.IndexOf("handler=Reject", StringComparison.Ordinal)..];
        var textarea = form.IndexOf("<textarea name=\"keterangan\"", StringComparison.Ordinal);
        var hint = Regex.Match(form, "<span id=\"keterangan-petunjuk\"[^>]*>([^<]*)</span>");
        Assert.True(textarea >= 0 && hint.Success, "no hint under the reason");
        Assert.True(hint.Index > textarea, "the hint is not under the reason");
        Assert.Contains("aria-describedby=\"keterangan-petunjuk\"", form[textarea..hint.Index], StringComparison.Ordinal);
        Assert.StartsWith("Tulis apa yang harus diperbaiki pekerja", hint.Groups[1].Value, StringComparison.Ordinal);
        Assert.Contains("Contoh:", hint.Groups[1].Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Detail_SummarisesFailedChecksAboveTheDecision_WhenACheckFails()
    {
        var signUp = await Factory.AddSignUpAsync(s => s.BirthDate = new DateOnly(1991, 8, 12));
        using var client = await Factory.SignedInAsync("rina");

        var html = await client.GetStringAsync(new Uri($"/petugas/pendaftaran/{signUp.Id}", UriKind.Relative));

        var summary = Regex.Match(html, "Pemeriksaan otomatis: (\\d+) perlu diperiksa \\(([^)]*)\\)");
        Assert.True(summary.Success, "no summary of failed checks");
        Assert.Contains("Tanggal lahir", summary.Groups[2].Value, StringComparison.Ordinal);
        Assert.True(summary.Index < html.IndexOf("handler=Approve", StringComparison.Ordinal));
        Assert.Contains("href=\"#pemeriksaan\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RefusedForms_KeepWhatTheOfficerTyped()
    {
        var signUp = await Factory.AddSignUpAsync();
        using var client = await Factory.SignedInAsync("rina");
        var page = $"/petugas/pendaftaran/{signUp.Id}";

        var approve = await OfficerWebFactory.PostFormAsync(client, page, new() { ["kpj"] = "1234567890", ["konfirmasi"] = "true" }, page + "?handler=Approve");
        var reject = await OfficerWebFactory.PostFormAsync(client, page, new() { ["alasan"] = "alamat", ["keterangan"] = "RT/RW belum ditulis <b>lengkap</b>" }, page + "?handler=Reject");

        Assert.Equal(HttpStatusCode.OK, approve.StatusCode);
        var approveHtml = await approve.Content.ReadAsStringAsync();
        Assert.Contains("Nomor KPJ harus 11 angka; yang Anda ketik 10 angka.", approveHtml, StringComparison.Ordinal);
        Assert.Contains("name=\"kpj\" value=\"1234567890\"", approveHtml, StringComparison.Ordinal);
        var rejectHtml = await reject.Content.ReadAsStringAsync();
        Assert.Contains("Centang konfirmasi sebelum menolak.", rejectHtml, StringComparison.Ordinal);
        Assert.Contains("<option value=\"alamat\" selected=\"selected\">", rejectHtml, StringComparison.Ordinal);
        Assert.Contains(">RT/RW belum ditulis &lt;b&gt;lengkap&lt;/b&gt;</textarea>", rejectHtml, StringComparison.Ordinal);
        await using var db = Factory.Db();
        Assert.Equal(SignUpStatus.Pending, db.SignUps.Single(s => s.Id == signUp.Id).Status);
    }

    [GeneratedRegex("<p class=\"pesan ulang\">.*?</p>", RegexOptions.Singleline)]
    private static partial Regex Note();
}
