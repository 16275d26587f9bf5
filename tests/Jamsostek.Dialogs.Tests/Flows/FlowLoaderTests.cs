using Jamsostek.Dialogs.Engine;
using Jamsostek.Dialogs.Flows;
using Jamsostek.Dialogs.Tests.Engine;

namespace Jamsostek.Dialogs.Tests.Flows;

public sealed class FlowLoaderTests
{
    private const string Valid = """
        id: contoh
        version: 1
        title: Contoh
        start: a
        texts:
          jalan_keluar: Ketik bantuan.
          nama_yakin: Nama Anda "{nama_diketik}"?
          nama_ya: Ya
          nama_ketik_ulang: Bukan
          nama_ketik_ulang_minta: Ketik namanya saja.
        steps:
          - id: a
            text: Nama Anda?
            input: name
            next: b
          - id: b
            end: done
            text: Terima kasih.
        """;

    [Fact]
    public void LoadDirectory_AcceptsEveryFile_WhenRealDialogsFolder()
    {
        var catalog = FlowLoader.LoadDirectory(RepoPaths.Dialogs, DialogEngineFactory.Vocabulary);

        Assert.NotNull(catalog.Find("registrasi-bpu"));
        Assert.NotNull(catalog.Find("menu"));
    }

    [Fact]
    public void Load_Accepts_WhenFlowIsValid()
    {
        var catalog = FlowLoader.Load([("contoh.yaml", Valid)], DialogEngineFactory.Vocabulary);

        Assert.Equal("a", Assert.Single(catalog.Flows).Start.Id);
    }

    [Theory]
    [InlineData("next: b", "next: z", "contoh.yaml:a: menunjuk langkah yang tidak ada 'z'")]
    [InlineData("input: name", "input: warna", "contoh.yaml:a: jenis input tidak dikenal 'warna'")]
    [InlineData("text: Nama Anda?", "text: ''", "contoh.yaml:a: teks kosong")]
    [InlineData("id: b", "id: a", "contoh.yaml:a: id langkah dipakai 2 kali")]
    [InlineData("start: a", "start: x", "contoh.yaml: 'start' menunjuk langkah yang tidak ada 'x'")]
    [InlineData("next: b", "next: b\n    action: terbang", "contoh.yaml:a: aksi tidak dikenal 'terbang'")]
    [InlineData("text: Nama Anda?", "text: Halo {siapa}", "contoh.yaml:a: teks memakai '{siapa}' yang tidak dikenal")]
    [InlineData("    input: name\n    next: b", "    input: name", "contoh.yaml:a: pertanyaan tanpa 'next'")]
    [InlineData("version: 1", "version: 0", "contoh.yaml: 'version' harus angka 1 atau lebih")]
    [InlineData("texts:", "texts:\n  keringanan: Potongan {keringanan}", "contoh.yaml: 'texts.keringanan' tidak boleh memakai '{keringanan}'")]
    [InlineData("  jalan_keluar: Ketik bantuan.", "  in_progress: Lanjut?", "contoh.yaml: 'texts.jalan_keluar' wajib ada")]
    [InlineData("  nama_ya: Ya\n", "", "contoh.yaml:a: jawaban 'name' perlu teks 'texts.nama_ya'")]
    [InlineData("Nama Anda \"{nama_diketik}\"?", "Nama Anda {nama}?", "contoh.yaml: 'texts.nama_yakin' memakai '{nama}' yang tidak dikenal")]
    [InlineData("    input: name", "    input: name\n    checks: [age-eligible]", "contoh.yaml:a: pemeriksaan 'age-eligible' perlu teks 'texts.usia_terlalu_tua'")]
    [InlineData("    input: name", "    input: name\n    checks: [matches-nik]", "contoh.yaml:a: pemeriksaan 'matches-nik' perlu teks 'texts.tanggal_beda'")]
    [InlineData("    input: name", "    input: name\n    checks: [nik-not-registered]", "contoh.yaml:a: pemeriksaan 'nik-not-registered' perlu teks 'texts.nik_terdaftar_lain'")]
    [InlineData("Ketik bantuan.", "Usia {usia}.", "contoh.yaml: 'texts.jalan_keluar' memakai '{usia}' yang tidak dikenal")]
    [InlineData("    text: Nama Anda?", "    intro: Halo {siapa}\n    text: Nama Anda?", "contoh.yaml:a: teks memakai '{siapa}' yang tidak dikenal")]
    [InlineData("    text: Nama Anda?", "    intro: ''\n    text: Nama Anda?", "contoh.yaml:a: 'intro' kosong")]
    [InlineData("    text: Nama Anda?", "    intro:\n    text: Nama Anda?", "contoh.yaml:a: 'intro' kosong")]
    [InlineData("    text: Terima kasih.", "    intro: Sebentar.\n    text: Terima kasih.", "contoh.yaml:b: 'intro' hanya untuk pertanyaan")]
    [InlineData("id: contoh", "id: menu", "contoh.yaml: 'texts.sudah_bayar' wajib ada di menu")]
    [InlineData("texts:", "texts:\n  sudah_bayar: Paling lama {hari} hari.", "contoh.yaml: 'texts.sudah_bayar' memakai '{hari}' yang tidak dikenal")]
    public void Load_ReportsFileAndStep_WhenFlowHasFault(string replace, string with, string expected)
    {
        var yaml = Valid.Replace(replace, with, StringComparison.Ordinal);

        var error = Assert.Throws<DialogValidationException>(() => FlowLoader.Load([("contoh.yaml", yaml)], DialogEngineFactory.Vocabulary));

        Assert.Contains(error.Faults, f => f.StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Load_KeepsIntroApartFromText_WhenStepHasIntro()
    {
        var yaml = Valid.Replace("    text: Nama Anda?", "    intro: |\n      Kami perlu nama Anda, {a}.\n    text: Nama Anda?", StringComparison.Ordinal);

        var step = FlowLoader.Load([("contoh.yaml", yaml)], DialogEngineFactory.Vocabulary).Flows[0].Start;

        Assert.Equal("Kami perlu nama Anda, {a}.", step.Intro);
        Assert.Equal("Nama Anda?", step.Text);
    }

    [Fact]
    public void Load_LeavesIntroNull_WhenStepHasNone()
    {
        var catalog = FlowLoader.Load([("contoh.yaml", Valid)], DialogEngineFactory.Vocabulary);

        Assert.All(catalog.Flows[0].Steps, s => Assert.Null(s.Intro));
    }

    [Fact]
    public void Load_AcceptsOwnPlaceholders_WhenTextIsGivenThem()
    {
        var yaml = Valid.Replace("texts:", "texts:\n  usia_terlalu_muda: Usia {usia}, mulai {bisa_daftar_mulai}.", StringComparison.Ordinal);

        var catalog = FlowLoader.Load([("contoh.yaml", yaml)], DialogEngineFactory.Vocabulary);

        Assert.Contains("{bisa_daftar_mulai}", catalog.Flows[0].Texts!["usia_terlalu_muda"], StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ReportsUnreachableStep_WhenNothingLeadsThere()
    {
        var yaml = Valid + "\n  - id: c\n    end: done\n    text: Tidak pernah.\n";

        var error = Assert.Throws<DialogValidationException>(() => FlowLoader.Load([("contoh.yaml", yaml)], DialogEngineFactory.Vocabulary));

        Assert.Contains("contoh.yaml:c: langkah tidak pernah dicapai dari 'start'", error.Faults);
    }

    [Fact]
    public void Load_ReportsEveryFault_WhenSeveralFilesAreBroken()
    {
        var broken = Valid.Replace("next: b", "next: z", StringComparison.Ordinal);

        var error = Assert.Throws<DialogValidationException>(() => FlowLoader.Load(
            [("satu.yaml", broken), ("dua.yaml", "id: [tidak ditutup"), ("tiga.yaml", Valid.Replace("contoh", "tiga", StringComparison.Ordinal))],
            DialogEngineFactory.Vocabulary));

        Assert.Contains(error.Faults, f => f.StartsWith("satu.yaml:a:", StringComparison.Ordinal));
        Assert.Contains(error.Faults, f => f.StartsWith("dua.yaml:", StringComparison.Ordinal));
        Assert.DoesNotContain(error.Faults, f => f.StartsWith("tiga.yaml", StringComparison.Ordinal));
    }
}
