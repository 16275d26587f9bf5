namespace Jamsostek.Dialogs.Tests.Engine;

/// <summary>Incomes typed the way workers type them on WhatsApp (issue 17): nothing is stored that they did not mean.</summary>
public sealed class IncomeTranscriptTests
{
    private static readonly string[] UpToIncome = Registrations.UpToSummary[..12];

    [Theory]
    [InlineData("sebulan kira2 2jt", "2000000")]
    [InlineData("rata2 2,5jt", "2500000")]
    [InlineData("kurang lebih 1,5 jt", "1500000")]
    [InlineData("sekitar 1,5", "1500000")]
    [InlineData("2", "2000000")]
    [InlineData("gaji sy 3 jt an", "3000000")]
    public void Handle_StoresMonthlyIncome_WhenTypedWithWordsOrBareJuta(string typed, string stored)
    {
        var chat = new EngineHarness();
        chat.SayAll(UpToIncome);

        chat.Say(typed);

        Assert.Equal("program", chat.State.StepId);
        Assert.Equal(stored, chat.State.Slots["penghasilan"]);
        Assert.DoesNotContain("terlalu kecil", chat.LastText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sehari 80rb", "Rp80.000 sehari, dihitung 25 hari kerja sebulan, jadi Rp2.000.000 sebulan.", "2000000")]
    [InlineData("150rb sehari", "Rp150.000 sehari, dihitung 25 hari kerja sebulan, jadi Rp3.750.000 sebulan.", "3750000")]
    [InlineData("perhari 100", "Rp100.000 sehari, dihitung 25 hari kerja sebulan, jadi Rp2.500.000 sebulan.", "2500000")]
    [InlineData("seminggu 500 rb", "Rp500.000 seminggu, dihitung 4 minggu sebulan, jadi Rp2.000.000 sebulan.", "2000000")]
    public void Handle_ConvertsToMonthAndConfirms_WhenDailyOrWeeklyPay(string typed, string said, string stored)
    {
        var chat = new EngineHarness();
        chat.SayAll(UpToIncome);

        chat.Say(typed);

        Assert.Equal("penghasilan", chat.State.StepId);
        Assert.False(chat.State.Slots.ContainsKey("penghasilan"));
        Assert.Contains(said, chat.LastText, StringComparison.Ordinal);
        Assert.Equal(["Ya, benar", "Bukan, saya ketik ulang"], chat.LastReplies[^1].Choices.Select(c => c.Label));

        chat.Say("ya");

        Assert.Equal("program", chat.State.StepId);
        Assert.Equal(stored, chat.State.Slots["penghasilan"]);
    }

    [Fact]
    public void Handle_OffersJuta_WhenBareSmallNumber()
    {
        var chat = new EngineHarness();
        chat.SayAll(UpToIncome);

        chat.Say("1500");

        Assert.Contains("Penghasilan Anda Rp1.500 sebulan?", chat.LastText, StringComparison.Ordinal);
        Assert.Equal(["Ya, benar", "Maksud saya Rp1.500.000"], chat.LastReplies[^1].Choices.Select(c => c.Label));
        Assert.False(chat.State.Slots.ContainsKey("penghasilan"));

        chat.Say("2");

        Assert.Equal("program", chat.State.StepId);
        Assert.Equal("1500000", chat.State.Slots["penghasilan"]);
    }

    [Fact]
    public void Handle_StoresSmallIncome_OnlyWhenConfirmed()
    {
        var chat = new EngineHarness();
        chat.SayAll(UpToIncome);

        chat.Say("200rb");
        Assert.Contains("Penghasilan Anda Rp200.000 sebulan?", chat.LastText, StringComparison.Ordinal);

        chat.Say("bukan");
        Assert.Equal("penghasilan", chat.State.StepId);
        Assert.Contains("silakan ketik ulang penghasilan Anda sebulan", chat.LastText, StringComparison.Ordinal);

        chat.Say("200rb");
        chat.Press("uang-ya");
        Assert.Equal("200000", chat.State.Slots["penghasilan"]);
    }

    [Fact]
    public void Handle_ReadsNewAmount_WhenTypedInsteadOfConfirming()
    {
        var chat = new EngineHarness();
        chat.SayAll(UpToIncome);

        chat.SayAll("1500", "1,5jt");

        Assert.Equal("program", chat.State.StepId);
        Assert.Equal("1500000", chat.State.Slots["penghasilan"]);
    }

    [Theory]
    [InlineData("ga tentu")]
    [InlineData("tidak tetap")]
    [InlineData("gk pasti, tergantung musim")]
    public void Handle_ExplainsAverage_WhenIncomeVaries(string typed)
    {
        var chat = new EngineHarness();
        chat.SayAll(UpToIncome);

        chat.Say(typed);

        Assert.Equal("penghasilan", chat.State.StepId);
        Assert.Contains("rata-rata", chat.LastText, StringComparison.Ordinal);
        Assert.DoesNotContain("belum menemukan angka", chat.LastText, StringComparison.Ordinal);
        Assert.Equal(0, chat.State.Attempts);
    }
}
