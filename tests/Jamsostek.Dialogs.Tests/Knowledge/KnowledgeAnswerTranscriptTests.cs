using Jamsostek.Dialogs.Engine;
using Jamsostek.Dialogs.Tests.Engine;

namespace Jamsostek.Dialogs.Tests.Knowledge;

/// <summary>Benefit answers through the real engine: quotes, greetings, handoffs, references, own data.</summary>
public sealed class KnowledgeAnswerTranscriptTests
{
    // February 2027: the transport relief (to March 2027) runs, the one for other BPU (to December 2026) has ended.
    private static readonly DateTimeOffset TransportReliefOnly = new(2027, 2, 10, 3, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("iuran ojol penghasilan 3 juta", "Rp18.150", "PP 50/2025")]
    [InlineData("sy kurir gaji 3jt iuran brp", "Rp18.150", "Maret 2027")]
    [InlineData("iuran kalau penghasilan 3 juta", "Rp36.300", "Ojek/ojol, sopir, dan kurir: JKK + JKM Rp18.150")]
    public void Handle_QuotesReliefOfSector_WhenQuestionNamesOrOmitsIt(string question, string amount, string alsoSaid)
    {
        var chat = new EngineHarness { Now = TransportReliefOnly };

        chat.Say(question);

        Assert.Contains($"JKK + JKM: {amount}/bulan", chat.LastText, StringComparison.Ordinal);
        Assert.Contains(alsoSaid, chat.LastText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("iuran brp", "Iuran bulan Desember 2026 paling rendah Rp8.400", "Mulai iuran bulan Januari 2027: Rp16.800")]
    [InlineData("penghasilan 2 juta iuran brp", "JKK + JKM: Rp13.400/bulan", "Mulai iuran bulan Januari 2027: Rp26.800")]
    [InlineData("sy ojol gaji 3,5jt iuran brp", "JKK + JKM: Rp20.650/bulan", "Mulai iuran bulan April 2027: Rp41.300")]
    public void Handle_QuotesRateAfterRelief_WhenReliefEndsSoon(string question, string now, string after)
    {
        // December 2026: the last relief month for BPU outside transport; a worker paying ahead needs January's rate.
        var chat = new EngineHarness { Now = new DateTimeOffset(2026, 12, 1, 1, 0, 0, TimeSpan.Zero) };

        chat.Say(question);

        Assert.Contains(now, chat.LastText, StringComparison.Ordinal);
        Assert.Contains(after, chat.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public void Handle_SaysTransportReliefRunsLonger_WhenSectorUnknownInDecember()
    {
        var chat = new EngineHarness { Now = new DateTimeOffset(2026, 12, 1, 1, 0, 0, TimeSpan.Zero) };

        chat.Say("penghasilan 2 juta iuran brp");

        Assert.Contains("Ojek/ojol, sopir, dan kurir: keringanan sampai iuran bulan Maret 2027", chat.LastText, StringComparison.Ordinal);
        Assert.Contains("Ketik *daftar*", chat.LastText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("iuran 16.800 itu untuk program apa", null)]
    [InlineData("iuran 213.800 itu buat apa", null)]
    [InlineData("iuran 3.000.000", "Rp3.000.000")]
    [InlineData("penghasilan 750rb iuran brp", "Rp750.000")]
    [InlineData("iuran kalo pendapatan 2,5 jt", "Rp2.500.000")]
    public void Handle_QuotesOnlyIncome_WhenQuestionHasAmount(string question, string? income)
    {
        var chat = new EngineHarness();

        chat.Say(question);

        if (income is null)
        {
            Assert.DoesNotContain("Untuk penghasilan", chat.LastText, StringComparison.Ordinal);
            Assert.Contains("paling rendah", chat.LastText, StringComparison.Ordinal);
        }
        else
        {
            Assert.Contains($"Untuk penghasilan {income}/bulan", chat.LastText, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("halo apa kabar")]
    [InlineData("selamat siang min")]
    [InlineData("pagi")]
    public void Handle_GreetsWithMenu_WhenOnlyGreeting(string greeting)
    {
        var chat = new EngineHarness();

        chat.Say(greeting);

        Assert.DoesNotContain("Maaf", chat.LastText, StringComparison.Ordinal);
        Assert.Contains("Daftar jadi peserta", chat.LastReplies[^1].Choices.Select(c => c.Label));
    }

    [Fact]
    public void Handle_HandsOverUnansweredQuestion_WhenPersonPickedAfterFallback()
    {
        var chat = new EngineHarness();
        chat.Say("menu");
        chat.Say("zxcv mesin cuci rusak");

        chat.Press("petugas");

        var handoff = Assert.IsType<HandoffRequestedEffect>(Assert.Single(chat.Effects));
        Assert.Equal("zxcv mesin cuci rusak", handoff.Question);
    }

    [Fact]
    public void Handle_OffersSecondTopicFirst_WhenQuestionAsksTwo()
    {
        var chat = new EngineHarness();

        chat.Say("kalau meninggal dapat santunan berapa dan anak dapat beasiswa tidak");

        // Either topic may be answered (each answers half the question); the other is the first choice offered.
        var answeredDeath = chat.LastText.Contains("Rp42 juta", StringComparison.Ordinal);
        Assert.Equal(answeredDeath ? "topik:beasiswa" : "topik:manfaat-jkm", chat.LastReplies[^1].Choices[0].Id);
    }

    [Fact]
    public void Handle_AnswersChannelsWithoutHandoff_WhenContactInfoAsked()
    {
        var chat = new EngineHarness();

        chat.Say("kantor cabang terdekat di mana");

        Assert.Empty(chat.Effects);
        Assert.Contains("175", chat.LastText, StringComparison.Ordinal);
        Assert.Contains("topik:hubungi-petugas", chat.LastReplies[^1].Choices.Select(c => c.Id));
    }

    [Theory]
    [InlineData("BPU-478H-VK", "menunggu pemeriksaan")]
    [InlineData("status bpu-478h-vk gmn", "menunggu pemeriksaan")]
    [InlineData("BPU-9999-ZZ", "tidak kami temukan")]
    public void Handle_TellsStatusOfOwnReference_WhenReferenceTyped(string typed, string expected)
    {
        var chat = new EngineHarness();
        chat.Lookups.Latest = new ExistingSignUp("BPU-478H-VK", SignUpStatus.Pending, TransportReliefOnly, null, null);

        chat.Say(typed);

        Assert.Contains(expected, chat.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public void Handle_ErasesTypedAnswers_WhenYaTypedToDeleteMidRegistration()
    {
        var chat = new EngineHarness();
        chat.SayAll("daftar", "ya", "3171234567890001");
        Assert.True(chat.State.InFlow);

        chat.Say("hapus data saya");
        chat.Say("ya");

        // The erasure, and the draft's end (which would discard the same lines): both apply, in that order.
        Assert.IsType<DeletePersonalDataEffect>(chat.Effects[0]);
        Assert.All(chat.Effects.Skip(1), e => Assert.IsType<DraftDiscardedEffect>(e));
        Assert.False(chat.State.InFlow);
        Assert.Empty(chat.State.Slots);
    }

    [Fact]
    public void Handle_SaysApprovedDataIsKept_WhenApprovedMemberDeletes()
    {
        var chat = new EngineHarness();
        chat.Lookups.Latest = new ExistingSignUp("BPU-478H-VK", SignUpStatus.Approved, TransportReliefOnly, "12345678901", null);

        chat.Say("hapus data saya");

        Assert.Contains("sudah disetujui tidak dihapus", chat.LastText, StringComparison.Ordinal);
        Assert.DoesNotContain("aturan", chat.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public void Handle_ShowsOwnDataMasked_WhenLihatDataSaya()
    {
        var chat = new EngineHarness();
        var signUp = new ExistingSignUp("BPU-478H-VK", SignUpStatus.Pending, TransportReliefOnly, null, null, "ojek");
        chat.Lookups.Own = new OwnSignUpData(signUp, "6306055208900003", "Siti Aminah", new DateOnly(1990, 8, 12), "+6281251234567", "ojek", 2_500_000m, "JKK,JKM", "Budi", "pasangan");
        chat.Lookups.Latest = signUp;

        chat.Say("lihat data saya");

        Assert.Contains("Siti Aminah", chat.LastText, StringComparison.Ordinal);
        Assert.Contains("6306 **** **** 0003", chat.LastText, StringComparison.Ordinal);
        Assert.DoesNotContain("6306055208900003", chat.LastText, StringComparison.Ordinal);
        Assert.Contains("hapus data saya", chat.LastText, StringComparison.Ordinal);
    }
}
