using Jamsostek.Dialogs.Text;

namespace Jamsostek.Dialogs.Tests.Engine;

public sealed class SummaryTranscriptTests
{
    [Theory]
    [InlineData("1", "• Program: JKK + JKM\n")]
    [InlineData("2", "• Program: JKK + JKM + JHT\n")]
    public void Handle_ShowsProgrammeWithoutPrice_WhenSummaryAsked(string programme, string line)
    {
        var chat = new EngineHarness();
        var answers = (string[])Registrations.UpToSummary.Clone();
        answers[13] = programme;

        chat.SayAll(answers);

        Assert.Equal("konfirmasi", chat.State.StepId);
        Assert.Contains(line, chat.LastText, StringComparison.Ordinal);
        Assert.DoesNotContain("Program: JKK + JKM: Rp", chat.LastText, StringComparison.Ordinal);
        Assert.Contains("• Iuran: Rp", chat.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public void Handle_KeepsPriceOnProgrammeButtons_WhenProgrammeAsked()
    {
        var chat = new EngineHarness();

        chat.SayAll(Registrations.UpToSummary[..13]);

        Assert.All(chat.LastReplies[^1].Choices, c => Assert.Contains("/bulan", c.Label, StringComparison.Ordinal));
    }

    [Fact]
    public void Handle_EscapesTypedAsterisks_WhenAddressShownInSummary()
    {
        var chat = new EngineHarness();
        var answers = (string[])Registrations.UpToSummary.Clone();
        answers[9] = "Jl. Merdeka *No* 5 RT 02";

        chat.SayAll(answers);

        Assert.Equal("Jl. Merdeka *No* 5 RT 02", chat.State.Slots["alamat"]);
        Assert.Contains("• Alamat: Jl. Merdeka \\*No\\* 5 RT 02", chat.LastText, StringComparison.Ordinal);
        Assert.Contains("• Alamat: Jl. Merdeka *No* 5 RT 02", EmphasisMarkers.ToPlainText(chat.LastText), StringComparison.Ordinal);
    }

    [Fact]
    public void Handle_SplitsSummaryIntoPhoneScreens_WhenSummaryAsked()
    {
        var chat = new EngineHarness();
        chat.SayAll(Registrations.UpToSummary[..^1]);

        var replies = chat.Say("suami");

        Assert.Equal(
            [
                "Mohon periksa data Anda (1 dari 4), data diri:\n• NIK: 6306 0552 0890 0003\n• Nama: Siti Aminah\n• Tanggal lahir: 12 Agustus 1990\n• Jenis kelamin: Perempuan\n• Nomor HP: 0812-3456-7890",
                "Data Anda (2 dari 4), tempat tinggal:\n• Kabupaten/kota: Kab. Hulu Sungai Selatan\n• Kecamatan: Kandangan\n• Desa/kelurahan: Kandangan Kota\n• Alamat: Jl. Merdeka No. 5 RT 02 RW 01",
                "Data Anda (3 dari 4), pekerjaan dan ahli waris:\n• Pekerjaan: Pedagang\n• Penghasilan: Rp2.500.000/bulan\n• Ahli waris: Ahmad Fauzi\n• Hubungan ahli waris: Suami/istri",
            ],
            replies.Take(3).Select(r => r.Text));
        Assert.StartsWith("Data Anda (4 dari 4), program dan iuran:\n• Program: ", replies[3].Text, StringComparison.Ordinal);
        Assert.Contains("\n• Bayar: 3 bulan\n• Iuran: Rp", replies[3].Text, StringComparison.Ordinal);
        Assert.All(replies, r => Assert.True(r.Text.Split('\n').Length <= 8 && r.Text.Length <= 500, r.Text));
        Assert.Equal("Langkah 16 dari 16 — Periksa data\nSudah benar semua?", replies[^1].Text);
    }

    [Fact]
    public void Handle_OffersEveryFieldForChange_WhenSummarySplit()
    {
        var chat = new EngineHarness();
        chat.SayAll(Registrations.UpToSummary);

        chat.Say("2");

        var fields = chat.LastReplies[^1].Choices.Select(c => c.Id).Where(id => id.StartsWith("ubah:", StringComparison.Ordinal)).ToList();
        Assert.Equal(
            ["nik", "nama", "tanggal_lahir", "jenis_kelamin", "no_hp", "kabupaten", "kecamatan", "desa", "alamat", "pekerjaan", "penghasilan", "ahli_waris_nama", "ahli_waris_hubungan", "program", "periode_bayar"],
            fields.Select(id => id["ubah:".Length..]));

        chat.Say("ubah alamat");
        chat.Say("Jl. Merdeka No. 7 RT 03 RW 01");

        Assert.Contains("• Alamat: Jl. Merdeka No. 7 RT 03 RW 01", chat.LastText, StringComparison.Ordinal);
        Assert.Equal("konfirmasi", chat.State.StepId);
    }
}
