using Jamsostek.Bot.Tests.TestSupport;
using Jamsostek.Dialogs.Engine;

namespace Jamsostek.Bot.Tests.Officers;

/// <summary>Issue 18: the queue shows which sign-ups failed a check, filters and sorts by it, and searches the forgiving way.</summary>
public sealed class QueueTriageTests : OfficerConsoleTest
{
    [Fact]
    public async Task Queue_CountsFailedChecksPerRow_AndFiltersAndSortsByThem()
    {
        var clean = await Factory.AddSignUpAsync();
        var wrongBirth = await Factory.AddSignUpAsync(s => s.BirthDate = new DateOnly(1991, 8, 12)); // NIK says 1990
        using var client = await Factory.SignedInAsync("rina");

        var all = await client.GetStringAsync(new Uri("/petugas", UriKind.Relative));
        var needsLook = await client.GetStringAsync(new Uri("/petugas?periksa=true", UriKind.Relative));
        var warningsFirst = await client.GetStringAsync(new Uri("/petugas?urut=peringatan", UriKind.Relative));

        Assert.Contains("<th>Pemeriksaan</th>", all, StringComparison.Ordinal);
        Assert.Contains("1 perlu diperiksa</span>", all, StringComparison.Ordinal);
        Assert.Contains("<span>Sesuai</span>", all, StringComparison.Ordinal);
        Assert.True(all.IndexOf(clean.Reference, StringComparison.Ordinal) < all.IndexOf(wrongBirth.Reference, StringComparison.Ordinal), "oldest first by default");
        Assert.Contains(wrongBirth.Reference, needsLook, StringComparison.Ordinal);
        Assert.DoesNotContain(clean.Reference, needsLook, StringComparison.Ordinal);
        Assert.Contains("1 pendaftaran; halaman 1 dari 1.", needsLook, StringComparison.Ordinal);
        Assert.True(warningsFirst.IndexOf(wrongBirth.Reference, StringComparison.Ordinal) < warningsFirst.IndexOf(clean.Reference, StringComparison.Ordinal), "warnings first");
        Assert.Contains("<th>Lama menunggu</th>", all, StringComparison.Ordinal);
        Assert.Contains(">Menunggu keputusan</option>", all, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("BPU T000002")] // a reference typed with a space
    [InlineData("bpu-t000002")] // lower case
    [InlineData("BPUT000002")] // without the dash
    [InlineData("0812-0000-0002")] // the phone, as people write it
    [InlineData("+62 812 0000 0002")]
    [InlineData("0002")] // the last four digits of the NIK
    [InlineData("6306-0552-0890-0002")] // the NIK with dashes
    [InlineData("6306.0552.0890.0002")]
    public async Task Search_FindsThePerson_WhenTypedTheForgivingWay(string typed)
    {
        await Factory.AddSignUpAsync();
        var wanted = await Factory.AddSignUpAsync(s => s.Status = SignUpStatus.Approved);
        using var client = await Factory.SignedInAsync("rina");

        var html = await client.GetStringAsync(new Uri($"/petugas?cari={Uri.EscapeDataString(typed)}", UriKind.Relative));

        Assert.Contains(wanted.Reference, html, StringComparison.Ordinal);
        Assert.DoesNotContain("BPU-T000001", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_SaysNotFoundAndWhatCanBeSearched_WhenNothingMatches()
    {
        await Factory.AddSignUpAsync();
        using var client = await Factory.SignedInAsync("rina");

        var html = await client.GetStringAsync(new Uri("/petugas?cari=BPU-ZZZZ-ZZ", UriKind.Relative));

        Assert.Contains("Tidak ditemukan: &#x201C;BPU-ZZZZ-ZZ&#x201D;", html.Replace("&ldquo;", "&#x201C;", StringComparison.Ordinal).Replace("&rdquo;", "&#x201D;", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("4 angka terakhir NIK, atau nomor HP", html, StringComparison.Ordinal);
        Assert.DoesNotContain("0 pendaftaran", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dates_AreReadInTheOfficersOwnZone_WhenNoRegencyIsChosen()
    {
        using var client = await Factory.SignedInAsync("rina"); // 63.06 only: WITA

        var html = await client.GetStringAsync(new Uri("/petugas", UriKind.Relative));

        Assert.Contains("(hh/bb/tttt, WITA)", html, StringComparison.Ordinal);
        Assert.Contains("tanpa pilihan kabupaten, menurut WITA.", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("dari=31/02/2026", "kolom \u201cDari tanggal\u201d (31/02/2026) tidak dikenal")]
    [InlineData("sampai=kemarin", "kolom \u201cSampai tanggal\u201d (kemarin) tidak dikenal")]
    [InlineData("dari=20/05/2026&sampai=10/05/2026", "\u201cDari tanggal\u201d (20/05/2026) sesudah \u201cSampai tanggal\u201d (10/05/2026)")]
    public async Task Dates_NameTheWrongFieldAndListNothing_UntilFixed(string query, string message)
    {
        var signUp = await Factory.AddSignUpAsync();
        using var client = await Factory.SignedInAsync("rina");

        var html = System.Net.WebUtility.HtmlDecode(await client.GetStringAsync(new Uri($"/petugas?{query}", UriKind.Relative)));

        Assert.Contains(message, html, StringComparison.Ordinal);
        Assert.DoesNotContain(signUp.Reference, html, StringComparison.Ordinal);
        Assert.DoesNotContain("pendaftaran; halaman", html, StringComparison.Ordinal);
    }
}
