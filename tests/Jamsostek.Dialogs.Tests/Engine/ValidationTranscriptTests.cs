using Jamsostek.Dialogs.Engine;

namespace Jamsostek.Dialogs.Tests.Engine;

/// <summary>Nonsense at each step gets an Indonesian explanation and the same question again.</summary>
public sealed class ValidationTranscriptTests
{
    public static TheoryData<int, string, string> WrongAnswers => new()
    {
        { 1, "mungkin", "persetujuan" },
        { 2, "12345", "nik" },
        { 2, "abcdefghijklmnop", "nik" },
        { 2, "9906055208900003", "nik" },
        { 3, "S1t1 4minah", "nama" },
        { 4, "kemarin", "tanggal_lahir" },
        { 4, "31-02-1990", "tanggal_lahir" },
        { 5, "entahlah", "jenis_kelamin" },
        { 6, "xyzxyzxyz", "kabupaten" },
        { 7, "99", "kecamatan" },
        { 8, "qwertyuiop", "desa" },
        { 9, "rt", "alamat" },
        { 10, "12345", "no_hp" },
        { 11, "astronot", "pekerjaan" },
        { 12, "banyak sekali", "penghasilan" }, // "tidak tentu" is met with how to give an average (IncomeTranscriptTests)
        { 13, "yang paling mahal sekali", "program" },
        { 14, "seminggu", "periode_bayar" },
        { 15, "123", "ahli_waris_nama" },
        { 16, "tetangga jauh sekali", "ahli_waris_hubungan" },
        { 17, "hmm", "konfirmasi" },
    };

    [Theory]
    [MemberData(nameof(WrongAnswers))]
    public void Handle_ExplainsAndAsksAgain_WhenAnswerIsNonsense(int answersBefore, string nonsense, string step)
    {
        var chat = new EngineHarness();
        chat.SayAll(Registrations.UpToSummary[..(answersBefore + 0)]);
        Assert.Equal(step, chat.State.StepId);
        var slotsBefore = chat.State.Slots;

        chat.Say(nonsense);

        Assert.Equal(step, chat.State.StepId);
        Assert.Equal(slotsBefore, chat.State.Slots);
        Assert.Equal(1, chat.State.Attempts);
        Assert.NotEmpty(chat.LastText);
        Assert.DoesNotContain("Exception", chat.LastText, StringComparison.Ordinal);
        Assert.Empty(chat.Effects);
    }

    [Fact]
    public void Handle_OffersWayOut_WhenThirdTryFails()
    {
        var chat = new EngineHarness();
        chat.SayAll("daftar", "ya");

        chat.SayAll("123", "456", "789");

        Assert.Equal(3, chat.State.Attempts);
        Assert.Contains("Contoh jawaban: 6306055208900003", chat.LastText, StringComparison.Ordinal);
        Assert.Contains("ketik *bantuan*, atau *batal*", chat.LastText, StringComparison.Ordinal);
        Assert.Empty(chat.LastReplies[^1].Choices);
    }

    // Registrations.UpToSummary answer counts before each step.
    [Theory]
    [InlineData(11, "pekerjaan", "Contoh jawaban: ketik 1 atau Petani/pekebun")]
    [InlineData(13, "program", "Contoh jawaban: ketik 1 atau JKK + JKM")]
    [InlineData(14, "periode_bayar", "Contoh jawaban: 3 (artinya bayar tiap 3 bulan)")]
    [InlineData(16, "ahli_waris_hubungan", "Contoh jawaban: ketik 1 atau Suami/istri")]
    [InlineData(7, "kecamatan", "Contoh jawaban: ketik 1 atau Angkinang")]
    [InlineData(4, "tanggal_lahir", "Contoh jawaban: 17-08-1985")]
    public void Handle_ShowsExampleWithoutNumberedWayOut_WhenThirdTryFails(int answersBefore, string step, string example)
    {
        var chat = new EngineHarness();
        chat.SayAll(Registrations.UpToSummary[..answersBefore]);
        Assert.Equal(step, chat.State.StepId);
        var choicesBefore = chat.LastReplies[^1].Choices.Count;

        chat.SayAll("zzzz qqqq", "zzzz qqqq", "zzzz qqqq");

        Assert.Equal(step, chat.State.StepId);
        Assert.Equal(3, chat.State.Attempts);
        Assert.Contains(example, chat.LastText, StringComparison.Ordinal);
        Assert.Contains("ketik *bantuan*, atau *batal*", chat.LastText, StringComparison.Ordinal);
        Assert.Equal(choicesBefore, chat.LastReplies[^1].Choices.Count);
    }

    [Fact]
    public void Handle_DoesNotCancel_WhenTwelveTypedAtOccupationAfterThreeTries()
    {
        var chat = new EngineHarness();
        chat.SayAll(Registrations.UpToSummary[..11]);
        chat.SayAll("zzzz qqqq", "zzzz qqqq", "zzzz qqqq");

        chat.Say("12");

        Assert.Equal("pekerjaan", chat.State.StepId);
        Assert.True(chat.State.InFlow);
    }

    [Fact]
    public void Handle_SuggestsVillages_WhenNameIsNearMiss()
    {
        var chat = new EngineHarness();
        chat.SayAll(Registrations.UpToSummary[..8]);
        Assert.Equal("desa", chat.State.StepId);

        chat.Say("kandangan");

        Assert.Equal("desa", chat.State.StepId);
        var suggestions = chat.LastReplies[^1].Choices;
        Assert.Contains(suggestions, c => c.Label == "Kandangan Kota");

        chat.Say((suggestions.ToList().FindIndex(c => c.Label == "Kandangan Kota") + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("alamat", chat.State.StepId);
        Assert.Equal("63.06.05.1001", chat.State.Slots["desa"]);
    }

    [Fact]
    public void Handle_ReturnsToSummary_WhenFieldChangedFromSummary()
    {
        var chat = new EngineHarness();
        chat.SayAll(Registrations.UpToSummary);

        chat.Say("ubah alamat");
        Assert.Equal("alamat", chat.State.StepId);
        chat.Say("Dusun Baru RT 03");

        Assert.Equal("konfirmasi", chat.State.StepId);
        Assert.Contains("Dusun Baru RT 03", chat.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public void Handle_AsksDistrictAndVillageAgain_WhenRegencyChangedFromSummary()
    {
        var chat = new EngineHarness();
        chat.SayAll(Registrations.UpToSummary);

        chat.Say("2");
        chat.Press("ubah:kabupaten");
        Assert.Equal("kabupaten", chat.State.StepId);
        chat.Say("Kota Banjarmasin");

        Assert.Equal("kecamatan", chat.State.StepId);
        Assert.False(chat.State.Slots.ContainsKey("desa"));
    }

    [Fact]
    public void Handle_AcceptsOwnContact_WhenPhoneStep()
    {
        var chat = new EngineHarness();
        chat.SayAll(Registrations.UpToSummary[..10]);
        Assert.Equal("no_hp", chat.State.StepId);
        Assert.True(chat.LastReplies[^1].RequestContact);

        chat.Send(new InboundInput(InputKind.Contact, Contact: new SharedContact("+62 812-9999-0000", IsSendersOwn: false)));
        Assert.Equal("no_hp", chat.State.StepId);

        chat.Send(new InboundInput(InputKind.Contact, Contact: new SharedContact("6281299990000", IsSendersOwn: true)));
        Assert.Equal("+6281299990000", chat.State.Slots["no_hp"]);
    }
}
