using Jamsostek.Bpu;
using Jamsostek.Dialogs.Answers;
using Jamsostek.Dialogs.Engine;

namespace Jamsostek.Dialogs.Tests.Answers;

/// <summary>The member's lines under an approved sign-up's status: who pays which programme, and the member's own part.</summary>
public sealed class MemberStatusLinesTests
{
    private static readonly DateOnly December = new(2026, 12, 1);

    [Fact]
    public void Describe_SaysTheSponsorPaysJkkAndJkm_WhenMemberPaysOwnJht()
    {
        var member = new MemberStatus("12345678901", Sponsored: false, RemindersOn: true, new DateOnly(2026, 11, 1), December, new DateOnly(2026, 12, 15), 52_000m, 0, false,
            new SponsorTerms("Pemkab HSS 2026", [BpuProgram.Jkk, BpuProgram.Jkm]), [BpuProgram.Jht]);

        var lines = MemberStatusLines.Describe(member).Split('\n');

        Assert.Equal(
            [
                "KPJ 12345678901: iuran JHT sudah tercatat dibayar sampai bulan November 2026.",
                "Iuran JKK dan JKM Anda dibayar oleh Pemkab HSS 2026; iuran JHT Anda bayar sendiri.",
                "Iuran JHT berikutnya: bulan Desember 2026, Rp52.000, paling lambat 15 Desember 2026.",
            ],
            lines);
    }

    [Theory]
    [InlineData(true, "KPJ 12345678901: belum ada iuran yang tercatat dibayar.\nIuran Anda dibayar pemerintah daerah; Anda tidak perlu membayar sendiri.")]
    [InlineData(false, "KPJ 12345678901: belum ada iuran yang tercatat dibayar.\nIuran berikutnya: bulan Desember 2026, Rp68.400, paling lambat 15 Desember 2026.")]
    public void Describe_ReadsAsBefore_WhenSponsorPaysAllOrNoSponsor(bool sponsored, string expected)
    {
        var member = new MemberStatus("12345678901", sponsored, RemindersOn: true, null, December,
            sponsored ? null : new DateOnly(2026, 12, 15), sponsored ? null : 68_400m, 0, false);

        Assert.Equal(expected, MemberStatusLines.Describe(member));
    }
}
