using System.Globalization;
using Jamsostek.Bot.SignUps;
using Jamsostek.Bot.SignUps.Sponsors;
using Jamsostek.Bot.Tests.Officers;
using Jamsostek.Bpu;
using Jamsostek.Bot.SignUps.Decisions;
using Jamsostek.Bot.Tests.TestSupport;

namespace Jamsostek.Bot.Tests.SignUps;

/// <summary>What the worker is told on approval (first month and amount from the tariff) and on rejection.</summary>
public sealed class DecisionMessagesTests
{
    private static readonly Tariff Tariff = Tariff.LoadEmbedded();

    private static SignUp Approved(string occupation, int periodMonths = 1, decimal quotedAtSignUp = 68_400m)
    {
        var s = SignUpSeed.Make(1, new DateTimeOffset(2027, 1, 5, 1, 0, 0, TimeSpan.Zero));
        s.Occupation = occupation;
        s.PaymentPeriodMonths = periodMonths;
        s.MonthlyContribution = quotedAtSignUp;
        s.Kpj = "12345678901";
        return s;
    }

    private static string ApprovalText(SignUp s, string approvedOn) =>
        DecisionMessages.Approved(s, FirstPayment.For(Tariff, HolidayCalendar.WeekendsOnly, s, DateOnly.Parse(approvedOn, CultureInfo.InvariantCulture), sponsored: false)).Text;

    [Fact]
    public void Approved_QuotesTheTariffOfTheFirstMonth_WhenTheReliefEndedAfterSignUp()
    {
        // An ojek driver quoted Rp68.400 in January 2027 (transport relief until March 2027), approved in April.
        var text = ApprovalText(Approved("ojek"), "2027-04-10");

        Assert.Contains("Iuran Anda Rp84.800 per bulan.", text, StringComparison.Ordinal);
        Assert.Contains("iuran bulan April 2027, dibayar paling lambat 15 April 2027", text, StringComparison.Ordinal);
        Assert.Contains("Berbeda dari yang disebutkan saat mendaftar (Rp68.400)", text, StringComparison.Ordinal);
        Assert.DoesNotContain("keringanan", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2027-04-15", "iuran bulan April 2027, dibayar paling lambat 15 April 2027")]
    [InlineData("2027-04-16", "iuran bulan Mei 2027, dibayar paling lambat 17 Mei 2027")] // 15 May 2027 is a Saturday
    [InlineData("2026-12-31", "iuran bulan Januari 2027, dibayar paling lambat 15 Januari 2027")]
    public void Approved_NamesAConcreteFirstMonthAndDueDate_WhateverTheDayOfApproval(string approvedOn, string expected)
    {
        var text = ApprovalText(Approved("pedagang"), approvedOn);

        Assert.Contains(expected, text, StringComparison.Ordinal);
        Assert.DoesNotContain("secepatnya", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Approved_SaysUntilWhenTheReliefRunsAndTheFullAmount_WhenTheReliefApplies()
    {
        var text = ApprovalText(Approved("pedagang"), "2026-05-11");

        Assert.Contains("Iuran Anda Rp68.400 per bulan", text, StringComparison.Ordinal);
        Assert.Contains("keringanan 50% (PP 50/2025) sampai iuran bulan Desember 2026; sesudahnya Rp84.800 per bulan", text, StringComparison.Ordinal);
        Assert.DoesNotContain("berbeda", text, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData(1, "2026-05-11")]
    [InlineData(12, "2026-12-20")]
    public void ApprovedMessages_NameThePersonAndEachFitOnePhoneScreen_WithALongName(int periodMonths, string approvedOn)
    {
        var s = Approved("ojek", periodMonths, quotedAtSignUp: 1m); // a different quote adds the longest line
        s.FullName = new string('N', 50);

        var messages = DecisionMessages.ApprovedMessages(s, FirstPayment.For(Tariff, HolidayCalendar.LoadEmbedded(), s, DateOnly.Parse(approvedOn, CultureInfo.InvariantCulture), sponsored: false));

        Assert.Equal(2, messages.Count);
        Assert.Contains(s.FullName, messages[0].Text, StringComparison.Ordinal);
        Assert.Contains(s.Reference, messages[0].Text, StringComparison.Ordinal);
        Assert.Contains("Nomor kepesertaan (KPJ): 12345678901", messages[0].Text, StringComparison.Ordinal);
        Assert.Contains("Cara membayar", messages[1].Text, StringComparison.Ordinal);
        Assert.All(messages, m => Assert.True(m.Text.Split('\n').Length <= 8 && m.Text.Length <= 500, $"{m.Text.Length} characters:\n{m.Text}"));
    }

    [Fact]
    public void Approved_SumsEachMonthAtItsOwnRate_WhenAnAdvancePaymentOutlastsTheRelief()
    {
        // February and March 2027 at the transport relief (Rp68.400), April at the full rate (Rp84.800).
        var text = ApprovalText(Approved("ojek", periodMonths: 3), "2027-02-03");

        Assert.Contains("sekaligus 3 bulan (iuran bulan Februari 2027 sampai April 2027) sebesar Rp221.600, dibayar paling lambat 15 Februari 2027", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ApprovedSponsored_SaysTheRegencyPays_WithNoPaymentLines()
    {
        var sponsor = new Sponsor { Code = "hss2026", Name = "Pemkab HSS 2026", RegencyCode = "63.06" };

        var text = DecisionMessages.ApprovedSponsored(Approved("pedagang"), sponsor).Text;

        Assert.Contains("12345678901", text, StringComparison.Ordinal);
        Assert.Contains("dibayar oleh Pemkab HSS 2026", text, StringComparison.Ordinal);
        Assert.Contains("tidak perlu membayar", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Rp", text, StringComparison.Ordinal);
        Assert.DoesNotContain("jatuh tempo", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Cara membayar", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("lainnya", "Alamat kurang lengkap, mohon tulis RT/RW", "Alasan: Alamat kurang lengkap, mohon tulis RT/RW.\n")]
    [InlineData("nik", "Angka ke-7 tidak sama dengan KTP.", "Alasan: NIK tidak sesuai dengan KTP. Angka ke-7 tidak sama dengan KTP.\n")]
    [InlineData("alamat", null, "Alasan: Alamat atau desa tidak jelas.\nCara memperbaiki: Tulis alamat lengkap")]
    public void Rejected_ReadsNaturally_ForListedAndFreeTextReasons(string code, string? note, string expected)
    {
        var text = DecisionMessages.Rejected(SignUpSeed.Make(1, DateTimeOffset.UnixEpoch), RejectionReason.Find(code)!, note).Text;

        Assert.Contains(expected, text, StringComparison.Ordinal);
        Assert.DoesNotContain("Alasan lain", text, StringComparison.Ordinal);
        Assert.Contains("ketik *daftar*: jawaban Anda yang lain sudah terisi", text, StringComparison.Ordinal);
        Assert.Contains("Nomor referensinya tetap sama", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejected_DoesNotInviteAResubmission_WhenTheNikIsAlreadyAMember()
    {
        var text = DecisionMessages.Rejected(SignUpSeed.Make(1, DateTimeOffset.UnixEpoch), RejectionReason.Find("terdaftar")!, null).Text;

        Assert.Contains("layanan 175", text, StringComparison.Ordinal);
        Assert.DoesNotContain("*daftar*", text, StringComparison.Ordinal);
    }
}
