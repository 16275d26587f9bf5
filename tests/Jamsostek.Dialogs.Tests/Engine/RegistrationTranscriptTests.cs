using Jamsostek.Dialogs.Engine;

namespace Jamsostek.Dialogs.Tests.Engine;

public sealed class RegistrationTranscriptTests
{
    [Fact]
    public void Handle_SubmitsEveryAnswer_WhenWholeRegistrationIsTyped()
    {
        var chat = new EngineHarness();

        chat.SayAll(Registrations.UpToSummary);
        Assert.Equal("konfirmasi", chat.State.StepId);
        Assert.Contains("6306 0552 0890 0003", chat.LastText, StringComparison.Ordinal);
        Assert.Contains("Kab. Hulu Sungai Selatan", chat.LastText, StringComparison.Ordinal);
        Assert.Contains("Kandangan Kota", chat.LastText, StringComparison.Ordinal);

        chat.Say("1");

        var submitted = Assert.IsType<SubmitSignUpEffect>(Assert.Single(chat.Effects));
        var answers = submitted.Answers;
        Assert.Equal(Registrations.Nik, answers["nik"]);
        Assert.Equal("Siti Aminah", answers["nama"]);
        Assert.Equal("1990-08-12", answers["tanggal_lahir"]);
        Assert.Equal("P", answers["jenis_kelamin"]);
        Assert.Equal("63.06", answers["kabupaten"]);
        Assert.Equal("63.06.05", answers["kecamatan"]);
        Assert.Equal("63.06.05.1001", answers["desa"]);
        Assert.Equal("+6281234567890", answers["no_hp"]);
        Assert.Equal("pedagang", answers["pekerjaan"]);
        Assert.Equal("2500000", answers["penghasilan"]);
        Assert.Equal("2600000", answers["dasar_penghasilan"]);
        Assert.Equal("JKK,JKM,JHT", answers["program"]);
        Assert.Equal("3", answers["periode_bayar"]);
        Assert.Equal("Ahmad Fauzi", answers["ahli_waris_nama"]);
        Assert.Equal("pasangan", answers["ahli_waris_hubungan"]);
        Assert.Contains(submitted.Reference, chat.LastText, StringComparison.Ordinal);
        Assert.False(chat.State.InFlow);
    }

    [Fact]
    public void Handle_QuotesReliefAmounts_WhenRateInForceIsHalved()
    {
        var chat = new EngineHarness();

        chat.SayAll(Registrations.UpToSummary[..13]);

        // Rp2,5 juta → base Rp2.600.000: JKK 1% = 26.000 + JKM 6.800, both halved in 2026 (PP 50/2025) = 16.400; JHT 2% = 52.000.
        Assert.Equal("program", chat.State.StepId);
        Assert.Contains("Rp2.600.000", chat.LastText, StringComparison.Ordinal);
        var labels = chat.LastReplies[^1].Choices.Select(c => c.Label).ToList();
        Assert.Contains("JKK + JKM: Rp16.400/bulan", labels);
        Assert.Contains("JKK + JKM + JHT: Rp68.400/bulan", labels);
        Assert.Contains("PP 50/2025", chat.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public void Handle_ShowsProgress_WhenAsking()
    {
        var chat = new EngineHarness();

        chat.Say("daftar");
        Assert.StartsWith("Langkah 1 dari ", chat.LastReplies[^1].Text, StringComparison.Ordinal); // after the consent's intro
        chat.Say("ya");
        Assert.StartsWith("Langkah 2 dari ", chat.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public void Handle_EndsWithNothingStored_WhenConsentRefused()
    {
        var chat = new EngineHarness();

        chat.SayAll("daftar", "tidak");

        Assert.IsType<DraftDiscardedEffect>(Assert.Single(chat.Effects));
        Assert.False(chat.State.InFlow);
        Assert.Contains("Tidak ada data Anda yang kami simpan", chat.LastText, StringComparison.Ordinal);
        Assert.Empty(chat.State.Slots);
    }

    [Fact]
    public void Handle_RefusesWithoutReference_WhenNikPendingFromAnotherChat()
    {
        var chat = new EngineHarness();
        chat.Lookups.ByNik[Registrations.Nik] = new ExistingSignUp("BPU-AAAA-22", SignUpStatus.Approved, chat.Now.AddDays(-2), "12345678901", null);

        chat.SayAll(Registrations.UpToNik);

        Assert.DoesNotContain("BPU-AAAA-22", chat.LastText, StringComparison.Ordinal);
        Assert.DoesNotContain("12345678901", chat.LastText, StringComparison.Ordinal);
        Assert.DoesNotContain("disetujui dengan", chat.LastText, StringComparison.Ordinal);
        Assert.Contains("sudah punya pendaftaran", chat.LastText, StringComparison.Ordinal);
        Assert.Contains("175", chat.LastText, StringComparison.Ordinal);
        Assert.DoesNotContain("Tidak ada data Anda", chat.LastText, StringComparison.Ordinal);
        Assert.False(chat.State.InFlow);
    }

    [Fact]
    public void Handle_RefusesWithStatus_WhenNikAlreadyPending()
    {
        var chat = new EngineHarness();
        chat.Lookups.ByNik[Registrations.Nik] = new ExistingSignUp("BPU-AAAA-22", SignUpStatus.Pending, chat.Now.AddDays(-2), null, null);
        chat.Lookups.Latest = chat.Lookups.ByNik[Registrations.Nik];

        chat.SayAll(Registrations.UpToNik);

        Assert.Contains("BPU-AAAA-22", chat.LastText, StringComparison.Ordinal);
        Assert.Contains("menunggu pemeriksaan", chat.LastText, StringComparison.Ordinal);
        Assert.False(chat.State.InFlow);
        Assert.IsType<DraftDiscardedEffect>(Assert.Single(chat.Effects));
    }

    [Fact]
    public void Handle_RefusesKindly_WhenOverAgeLimit()
    {
        var chat = new EngineHarness();

        chat.SayAll("daftar", "ya", "6306051708500001");

        Assert.False(chat.State.InFlow);
        Assert.IsType<DraftDiscardedEffect>(Assert.Single(chat.Effects));
        Assert.Contains("65", chat.LastText, StringComparison.Ordinal);
        Assert.Contains("tidak kami simpan", chat.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public void Handle_ExplainsMismatch_WhenBirthDateDiffersFromNik()
    {
        var chat = new EngineHarness();
        chat.SayAll("daftar", "ya", Registrations.Nik, "Siti Aminah");

        chat.Say("21-08-1990");
        Assert.Contains("12 Agustus 1990", chat.LastText, StringComparison.Ordinal);
        Assert.Contains("21 Agustus 1990", chat.LastText, StringComparison.Ordinal);
        Assert.Equal(2, chat.LastReplies[^1].Choices.Count);

        chat.Say("1");
        Assert.Equal("1990-08-12", chat.State.Slots["tanggal_lahir"]);
        Assert.Equal("jenis_kelamin", chat.State.StepId);
    }

    [Fact]
    public void Handle_AsksNikAgain_WhenPersonSaysNikWasMistyped()
    {
        var chat = new EngineHarness();
        chat.SayAll("daftar", "ya", Registrations.Nik, "Siti Aminah", "21-08-1990");

        chat.Press("nik-salah");
        Assert.Equal("nik", chat.State.StepId);

        chat.Say("6306056108900003");
        Assert.Equal("tanggal_lahir", chat.State.StepId);
        chat.Say("21-08-1990");
        Assert.Equal("jenis_kelamin", chat.State.StepId);
    }
}
