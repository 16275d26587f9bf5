using Jamsostek.Dialogs.Engine;

namespace Jamsostek.Dialogs.Tests.Engine;

public sealed class StatusFollowUpTranscriptTests
{
    private static readonly DateTimeOffset Created = new(2026, 11, 20, 3, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(SignUpStatus.Approved, "Kartu & nomor KPJ|Cara bayar iuran")]
    [InlineData(SignUpStatus.Rejected, "Perbaiki & kirim ulang|Tanya petugas")]
    [InlineData(SignUpStatus.Pending, "Apa selanjutnya?|Tanya petugas")]
    public void Handle_OffersFollowUpsOfStatus_WhenStatusTyped(SignUpStatus status, string labels)
    {
        var chat = WithSignUp(status);

        chat.Say("status");

        Assert.Equal(labels.Split('|'), chat.LastReplies[^1].Choices.Select(c => c.Label));
    }

    [Theory]
    [InlineData(SignUpStatus.Rejected)]
    [InlineData(SignUpStatus.Pending)]
    public void Handle_OffersNoCardOrPayment_WhenNotApproved(SignUpStatus status)
    {
        foreach (var ask in new[] { "status", "BPU-AAAA-22", "3" })
        {
            var chat = WithSignUp(status);
            if (ask == "3")
            {
                chat.Say("menu");
            }

            chat.Say(ask);

            var labels = chat.LastReplies.SelectMany(r => r.Choices).Select(c => c.Label).ToList();
            Assert.NotEmpty(labels);
            Assert.DoesNotContain("Kartu & nomor KPJ", labels);
            Assert.DoesNotContain("Cara bayar iuran", labels);
        }
    }

    [Fact]
    public void Handle_StartsRegistration_WhenRejectedPersonPicksResubmit()
    {
        var chat = WithSignUp(SignUpStatus.Rejected);
        chat.Say("status");

        chat.Say("1");

        Assert.Equal("registrasi-bpu", chat.State.FlowId);
        Assert.Equal("persetujuan", chat.State.StepId);
    }

    [Fact]
    public void Handle_TellsWhatHappensNext_WhenPendingPersonAsks()
    {
        var chat = WithSignUp(SignUpStatus.Pending);
        chat.Say("status");

        chat.Say("1");

        Assert.Contains("Petugas memeriksa data Anda", chat.LastText, StringComparison.Ordinal);
        Assert.Contains("Anda tidak perlu mendaftar lagi", chat.LastText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1", "11 angka")]
    [InlineData("2", "bayar")]
    public void Handle_AnswersTopic_WhenApprovedPersonPicksFollowUp(string pick, string expected)
    {
        var chat = WithSignUp(SignUpStatus.Approved);
        chat.Say("status");

        chat.Say(pick);

        Assert.Contains(expected, chat.LastText, StringComparison.OrdinalIgnoreCase);
    }

    private static EngineHarness WithSignUp(SignUpStatus status)
    {
        var chat = new EngineHarness();
        chat.Lookups.Latest = new ExistingSignUp(
            "BPU-AAAA-22", status, Created, status == SignUpStatus.Approved ? "12345678901" : null, status == SignUpStatus.Rejected ? "Alamat kurang lengkap." : null);
        return chat;
    }
}
