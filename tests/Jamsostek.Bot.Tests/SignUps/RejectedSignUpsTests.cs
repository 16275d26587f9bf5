using Jamsostek.Bot.SignUps;
using Jamsostek.Bot.Tests.TestSupport;
using Jamsostek.Dialogs.Engine;

namespace Jamsostek.Bot.Tests.SignUps;

/// <summary>The one rule for which rejected sign-up a registration continues, over a chat's sign-ups newest first.</summary>
public sealed class RejectedSignUpsTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 1, 2, 0, 0, TimeSpan.Zero);

    /// <param name="chat">Oldest first: "R" rejected, "P" pending, "A" approved; a digit is the person (the NIK).</param>
    [Theory]
    [InlineData("R1", null, false, 0)]
    [InlineData("A1 R2", null, false, 1)]
    [InlineData("R1 P2", null, false, 0)] // the wife registered after it does not hide the worker's own
    [InlineData("R1 P1", null, false, -1)] // sent again since: nothing left to correct
    [InlineData("P1", null, false, -1)]
    [InlineData("R1", SignUp.AgentSource, false, -1)]
    [InlineData("R1", "hss2026", false, 0)]
    [InlineData("R1", null, true, -1)]
    public void Continued_FindsTheRejectedSignUp_OfThePersonAndSource(string chat, string? source, bool forSomeoneElse, int expected)
    {
        var rows = chat.Split(' ').Select((c, i) => Row(i, c)).ToList();

        var continued = RejectedSignUps.Continued(Enumerable.Reverse(rows), source, forSomeoneElse);

        Assert.Equal(expected < 0 ? null : rows[expected].Reference, continued?.Reference);
    }

    [Theory]
    [InlineData("NIK sudah terdaftar sebagai peserta. Hubungi kantor cabang.", false)]
    [InlineData("Data ahli waris tidak lengkap. Nama ahli waris hanya satu huruf.", true)]
    [InlineData("Mohon foto KTP diperjelas", true)]
    public void Continued_LeavesARejection_ThatACorrectionCannotFix(string reason, bool continues)
    {
        var rejected = Row(0, "R1");
        rejected.RejectionReason = reason;

        Assert.Equal(continues, RejectedSignUps.Continued([rejected], null, forSomeoneElse: false) is not null);
    }

    private static SignUp Row(int index, string code)
    {
        var row = SignUpSeed.Make(index + 1, Start.AddDays(index));
        row.Status = code[0] switch { 'R' => SignUpStatus.Rejected, 'A' => SignUpStatus.Approved, _ => SignUpStatus.Pending };
        row.Nik = "630605520890000" + code[1];
        row.NikHash = null;
        return row;
    }
}
