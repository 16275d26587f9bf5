using Jamsostek.Bpu;
using Jamsostek.Dialogs.Answers;
using Jamsostek.Dialogs.Engine;

namespace Jamsostek.Dialogs.Tests.Engine;

/// <summary>Dead ends workers hit (issue 17), typed the way they typed them.</summary>
public sealed class DeadEndTranscriptTests
{
    private static readonly DateTimeOffset Created = new(2026, 11, 20, 3, 0, 0, TimeSpan.Zero);

    private static Dictionary<string, string> Answers()
    {
        var chat = new EngineHarness();
        chat.SayAll(Registrations.UpToSummary);
        return chat.State.Slots.ToDictionary(StringComparer.Ordinal);
    }

    [Fact]
    public void Handle_ListsEverySignUpOfTheChat_WhenStatusTyped()
    {
        var chat = new EngineHarness();
        chat.Lookups.OfChat.Add(new ExistingSignUp("BPU-BBBB-22", SignUpStatus.Rejected, Created, null, "NIK tidak sesuai dengan KTP.", FullName: "SITI AMINAH"));
        chat.Lookups.OfChat.Add(new ExistingSignUp("BPU-AAAA-11", SignUpStatus.Approved, Created.AddDays(-1), "12345678901", null, FullName: "AHMAD FAUZI"));

        chat.Say("status");

        Assert.Contains("SITI AMINAH (BPU-BBBB-22): belum disetujui. Alasan: NIK tidak sesuai dengan KTP.", chat.LastText, StringComparison.Ordinal);
        Assert.Contains("AHMAD FAUZI (BPU-AAAA-11): disetujui, nomor kepesertaan (KPJ) 12345678901", chat.LastText, StringComparison.Ordinal);
        var labels = chat.LastReplies[^1].Choices.Select(c => c.Label).ToList();
        Assert.Contains("Perbaiki & kirim ulang", labels);
        Assert.Contains("Kartu & nomor KPJ", labels);
    }

    [Fact]
    public void Handle_AsksOnlyWhatTheReasonConcerns_WhenDaftarTypedAfterRejection()
    {
        var chat = new EngineHarness();
        chat.Lookups.Rejected = new RejectedDraft("BPU-BBBB-22", "Data ahli waris tidak lengkap.", Answers(), ["ahli_waris_nama", "ahli_waris_hubungan"]);

        chat.Say("daftar");
        Assert.Contains("(BPU-BBBB-22) belum disetujui", chat.LastText, StringComparison.Ordinal);
        chat.Press(RegistrationFor.OwnChoice);
        Assert.Contains("Pendaftaran BPU-BBBB-22 belum disetujui. Alasan: Data ahli waris tidak lengkap.", chat.LastText, StringComparison.Ordinal);
        chat.Say("ya");
        Assert.Equal("ahli_waris_nama", chat.State.StepId);
        chat.SayAll("Rahmat Hidayat", "anak");

        Assert.Equal("konfirmasi", chat.State.StepId);
        Assert.Contains("• Nama: Siti Aminah", chat.LastText, StringComparison.Ordinal);
        Assert.Contains("• Ahli waris: Rahmat Hidayat", chat.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public void Handle_GoesToSummary_WhenReasonNamesNoStep()
    {
        var chat = new EngineHarness();
        chat.Lookups.Rejected = new RejectedDraft("BPU-BBBB-22", "Mohon hubungi kami.", Answers(), []);

        chat.SayAll("daftar", "1", "ya");

        Assert.Equal("konfirmasi", chat.State.StepId);
    }

    [Fact]
    public void Handle_StartsFresh_WhenUlangTypedDuringResubmission()
    {
        var chat = new EngineHarness();
        chat.Lookups.Rejected = new RejectedDraft("BPU-BBBB-22", "NIK tidak sesuai dengan KTP.", Answers(), ["nik"]);

        chat.SayAll("daftar", "perbaiki", "ya");
        Assert.Equal("nik", chat.State.StepId);
        Assert.False(chat.State.Slots.ContainsKey("tanggal_lahir"));
        chat.Say("ulang");

        Assert.Equal("persetujuan", chat.State.StepId);
        Assert.Empty(chat.State.Slots);
    }

    [Theory]
    [InlineData("ini resmi gk? takut penipuan", "resmi-gratis")]
    [InlineData("daftar nya bayar gk", "resmi-gratis")]
    [InlineData("sy mau daftarin istri sy jg", "daftarkan-keluarga")]
    public void Handle_AnswersTrustAndFamilyTopics_WhenAskedTheWayWorkersAsk(string typed, string topic)
    {
        var chat = new EngineHarness();

        chat.Say(typed);

        var expected = topic == "resmi-gratis" ? "rekening pribadi" : "ketik \"daftar\" lagi";
        Assert.Contains(expected, chat.LastText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sy mau daftar gmn caranya")]
    [InlineData("sy mau daftarin istri sy jg")]
    [InlineData("mau daftar, syaratnya apa aja?")]
    public void Handle_OffersToStart_WhenQuestionCarriesWishToRegister(string typed)
    {
        var chat = new EngineHarness();

        chat.Say(typed);

        Assert.Contains(chat.LastReplies.SelectMany(r => r.Choices), c => c.Label == "Daftar sekarang");
        chat.Press(SignUpStatusText.SignUpAgainChoice);
        Assert.Equal("persetujuan", chat.State.StepId);
    }

    [Theory]
    [InlineData("p")]
    [InlineData("min")]
    [InlineData("kak")]
    [InlineData("🙏")]
    [InlineData("P min")]
    public void Handle_ShowsMenu_WhenShortOpenerTyped(string typed)
    {
        var chat = new EngineHarness();

        chat.Say(typed);

        Assert.Equal("menu", chat.State.FlowId);
        Assert.DoesNotContain("Mungkin salah satu topik", chat.LastText, StringComparison.Ordinal);
        Assert.Contains("Daftar jadi peserta", chat.LastReplies[^1].Choices.Select(c => c.Label));
    }

    [Theory]
    [InlineData("p")]
    [InlineData("🙏")]
    [InlineData("asdfgh")]
    [InlineData("zzqx vbnm")]
    public void Handle_NeverAnnouncesTopics_WhenNoneIsClose(string typed)
    {
        var chat = new EngineHarness();

        chat.Say(typed);

        Assert.DoesNotContain("topik ini", chat.LastText, StringComparison.Ordinal);
        Assert.DoesNotContain(chat.LastReplies.SelectMany(r => r.Choices), c => c.Id.StartsWith("topik:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("soal duit gmn")]
    public void Handle_ShowsTopicsAfterAnnouncingThem_WhenSomeAreClose(string typed)
    {
        var chat = new EngineHarness();

        chat.Say(typed);

        Assert.Contains("Mungkin salah satu topik ini?", chat.LastText, StringComparison.Ordinal);
        var topics = chat.LastReplies[^1].Choices.Where(c => c.Id.StartsWith("topik:", StringComparison.Ordinal)).ToList();
        Assert.InRange(topics.Count, 1, 3);
        Assert.Equal("Tanya petugas", chat.LastReplies[^1].Choices[^1].Label);
    }

    [Fact]
    public void Handle_ShowsAnswersSoFar_WhenLihatDataSayaMidForm()
    {
        var chat = new EngineHarness();
        chat.SayAll(Registrations.UpToSummary[..10]);

        chat.Say("lihat data saya");

        Assert.Contains("Jawaban Anda sejauh ini", chat.LastText, StringComparison.Ordinal);
        Assert.Contains("• Nama: Siti Aminah", chat.LastText, StringComparison.Ordinal);
        Assert.Contains("• Alamat: Jl. Merdeka No. 5 RT 02 RW 01", chat.LastText, StringComparison.Ordinal);
        Assert.DoesNotContain("Belum ada data", chat.LastText, StringComparison.Ordinal);
        Assert.Equal("no_hp", chat.State.StepId);
    }

    [Fact]
    public void Handle_HelpsWithThisStep_WhenBantuanTyped()
    {
        var chat = new EngineHarness();
        chat.SayAll(Registrations.UpToSummary[..12]);

        chat.Say("bantuan");

        Assert.Contains("sehari", chat.LastText, StringComparison.Ordinal);
        Assert.Contains("Contoh jawaban: 2,5 juta", chat.LastText, StringComparison.Ordinal);
        Assert.Contains("*batal*", chat.LastText, StringComparison.Ordinal);
        Assert.Equal("penghasilan", chat.State.StepId);
    }

    [Fact]
    public void Handle_SaysAgeRuleFirst_WhenAgeAsked()
    {
        var chat = new EngineHarness();

        chat.Say("umur 66 msh bisa daftar gk");

        Assert.StartsWith("Usia paling tinggi", chat.LastReplies[0].Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(65, 15)]
    [InlineData(60, 18)]
    public void Handle_QuotesAgeLimitsFromSettings_WhenAgeAsked(int oldest, int youngest)
    {
        var engine = DialogEngineFactory.Create(RepoPaths.Dialogs, new EligibilityOptions { MaxAgeAtRegistration = oldest, MinAge = youngest });
        var chat = new EngineHarness(engine);

        chat.Say("umur 66 msh bisa daftar gk");

        Assert.StartsWith($"Usia paling tinggi {oldest} tahun saat mendaftar", chat.LastReplies[0].Text, StringComparison.Ordinal);
        Assert.Contains($"paling rendah {youngest} tahun", chat.LastReplies[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain("{usia_", chat.LastReplies[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Handle_ExplainsRegisteringSpouse_WhenRegistrationSent()
    {
        var chat = new EngineHarness();
        chat.SayAll(Registrations.UpToSummary);

        chat.Say("1");

        Assert.Contains("suami/istri", chat.LastText, StringComparison.Ordinal);
        Assert.Contains("*daftar* lagi", chat.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public void Handle_AnswersWithOwnFigureInThreeLines_WhenIuranAskedMidForm()
    {
        var chat = new EngineHarness { Now = new DateTimeOffset(2026, 12, 1, 3, 0, 0, TimeSpan.Zero) };
        chat.SayAll(Registrations.UpToSummary[..13]);

        chat.Say("iuran brp?");

        var answer = chat.LastReplies[0].Text;
        Assert.StartsWith("Untuk penghasilan Anda Rp2.500.000/bulan", answer, StringComparison.Ordinal);
        Assert.True(answer.Split('\n').Length <= 3, answer);
        Assert.Contains("Mulai Januari 2027", answer, StringComparison.Ordinal);
        Assert.Equal("program", chat.State.StepId);
    }

    [Theory]
    [InlineData("gk, sy tinggal di banjarmasin", "Kota Banjarmasin")]
    [InlineData("tidak, skrg di kota banjarbaru", "Kota Banjarbaru")]
    [InlineData("sy udah pindah ke hulu sungai utara", "Kab. Hulu Sungai Utara")]
    public void Handle_PicksRegencyOutOfSentence_WhenWorkerLivesElsewhere(string typed, string shown)
    {
        var chat = new EngineHarness();
        chat.SayAll(Registrations.UpToSummary[..6]);
        Assert.Equal("kabupaten", chat.State.StepId);

        chat.Say(typed);

        Assert.Equal("kecamatan", chat.State.StepId);
        chat.Say("lihat data saya");
        Assert.Contains("• Kabupaten/kota: " + shown, chat.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public void Handle_ListsTheDistrictsVillages_WhenVillageNotKnown()
    {
        var chat = new EngineHarness();
        chat.SayAll([.. Registrations.UpToSummary[..7], "Angkinang"]);

        chat.Say("tdk tau");

        var labels = chat.LastReplies[^1].Choices.Select(c => c.Label).ToList();
        Assert.Contains("Bamban", labels);
        Assert.True(labels.Count > 3, string.Join(", ", labels));
        Assert.Contains("Kecamatan Angkinang", chat.LastText, StringComparison.Ordinal);
        chat.Say((labels.IndexOf("Bamban") + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("alamat", chat.State.StepId);
    }

    [Theory]
    [InlineData("tadi ada yg minta uang 200 rb katanya biar cepet didaftarin, bener gk")]
    [InlineData("bayar iuran ke rekening pribadi petugas boleh?")]
    public void Handle_WarnsAgainstPayingPeople_WhenWorkerWorriesAboutMoneyAsked(string typed)
    {
        var chat = new EngineHarness();

        chat.Say(typed);

        Assert.Contains("rekening pribadi", chat.LastText, StringComparison.Ordinal);
        Assert.DoesNotContain("Untuk penghasilan", chat.LastText, StringComparison.Ordinal);
    }
}
