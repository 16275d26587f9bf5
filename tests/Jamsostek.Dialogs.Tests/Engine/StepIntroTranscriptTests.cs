namespace Jamsostek.Dialogs.Tests.Engine;

/// <summary>A step's intro: its own message before the question whenever the step is asked anew, never on a retry.</summary>
public sealed class StepIntroTranscriptTests
{
    private const string ProgramQuestion = "Langkah 12 dari 16 — Program\nJKK dan JKM wajib, JHT boleh ditambah.\nProgram mana yang Anda pilih?";

    [Fact]
    public void Handle_SendsIntroThenQuestion_WhenProgramAskedFirstTime()
    {
        var chat = new EngineHarness();

        var replies = chat.SayAll(Registrations.UpToSummary[..13]);

        Assert.Equal(2, replies.Count);
        Assert.Contains("jaminan hari tua (JHT", replies[0].Text, StringComparison.Ordinal);
        Assert.Contains("dasar iuran Anda Rp", replies[0].Text, StringComparison.Ordinal);
        Assert.Contains("potongan 50% untuk JKK dan JKM", replies[0].Text, StringComparison.Ordinal);
        Assert.Empty(replies[0].Choices);
        Assert.Equal(ProgramQuestion, replies[1].Text);
        Assert.Equal(2, replies[1].Choices.Count);
    }

    [Fact]
    public void Handle_AsksWithoutIntro_WhenAnswerIsWrong()
    {
        var chat = new EngineHarness();
        chat.SayAll(Registrations.UpToSummary[..13]);

        var replies = chat.Say("xyz");

        Assert.Equal("program", chat.State.StepId);
        Assert.DoesNotContain(replies, r => r.Text.Contains("dasar iuran", StringComparison.Ordinal));
        Assert.EndsWith(ProgramQuestion, replies[^1].Text, StringComparison.Ordinal);
        Assert.Equal(2, replies[^1].Choices.Count);
    }

    [Fact]
    public void Handle_AsksWithoutIntro_WhenHelpAsked()
    {
        var chat = new EngineHarness();
        chat.SayAll(Registrations.UpToSummary[..15]);

        var replies = chat.Say("bantuan");

        Assert.Equal("ahli_waris_nama", chat.State.StepId);
        Assert.DoesNotContain(replies, r => r.Text.Contains("Ahli waris adalah", StringComparison.Ordinal));
        Assert.EndsWith("Ketik nama lengkap ahli waris Anda.", replies[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Handle_SendsIntroAgain_WhenBackToStep()
    {
        var chat = new EngineHarness();
        chat.SayAll(Registrations.UpToSummary[..14]);

        var replies = chat.Say("kembali");

        Assert.Equal("program", chat.State.StepId);
        Assert.Equal(2, replies.Count);
        Assert.StartsWith("Baik, kita kembali ke langkah sebelumnya.", replies[0].Text, StringComparison.Ordinal);
        Assert.Contains("dasar iuran Anda Rp", replies[0].Text, StringComparison.Ordinal);
        Assert.Equal(ProgramQuestion, replies[1].Text);
    }

    [Fact]
    public void Handle_SendsIntroAgain_WhenChangedFromSummary()
    {
        var chat = new EngineHarness();
        chat.SayAll(Registrations.UpToSummary);

        var replies = chat.Press("ubah:program");

        Assert.Equal("program", chat.State.StepId);
        Assert.Equal(2, replies.Count);
        Assert.StartsWith("Baik, silakan ketik data yang baru.", replies[0].Text, StringComparison.Ordinal);
        Assert.Contains("dasar iuran Anda Rp", replies[0].Text, StringComparison.Ordinal);
        Assert.Equal(ProgramQuestion, replies[1].Text);
    }

    [Fact]
    public void Handle_ShowsSummaryApartFromQuestion_WhenSummaryAsked()
    {
        var chat = new EngineHarness();

        var replies = chat.SayAll(Registrations.UpToSummary);

        Assert.Equal(5, replies.Count);
        Assert.StartsWith("Mohon periksa data Anda (1 dari 4), data diri:\n• NIK:", replies[0].Text, StringComparison.Ordinal);
        Assert.All(replies.Take(4), r => Assert.Empty(r.Choices));
        Assert.Equal("Langkah 16 dari 16 — Periksa data\nSudah benar semua?", replies[4].Text);
        Assert.Equal(["kirim", "ubah"], replies[4].Choices.Select(c => c.Id));
    }

    [Theory]
    [InlineData(1, "persetujuan", "UU No. 27 Tahun 2022", "Apakah Anda setuju data Anda dipakai untuk pendaftaran ini?")]
    [InlineData(14, "periode_bayar", "Iuran Anda Rp", "Mau bayar tiap berapa bulan? Ketik jumlah bulannya: 1, 3, 6 atau 12.")]
    [InlineData(15, "ahli_waris_nama", "Ahli waris adalah", "Ketik nama lengkap ahli waris Anda.")]
    public void Handle_KeepsQuestionShort_WhenStepHasIntro(int answers, string stepId, string intro, string question)
    {
        var chat = new EngineHarness();

        var replies = chat.SayAll(Registrations.UpToSummary[..answers]);

        Assert.Equal(stepId, chat.State.StepId);
        Assert.Equal(2, replies.Count);
        Assert.Contains(intro, replies[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("Langkah ", replies[1].Text, StringComparison.Ordinal);
        Assert.EndsWith("\n" + question, replies[1].Text, StringComparison.Ordinal);
        Assert.True(replies[1].Text.Split('\n').Length <= 3, replies[1].Text);
    }
}
