using Jamsostek.Bot.SignUps.Sponsors;
using Jamsostek.Bpu;

namespace Jamsostek.Bot.Tests.SignUps.Sponsors;

/// <summary>The programme's fields as typed (console and CLI): each bad one named with its own message.</summary>
public sealed class SponsorProgrammeFormTests
{
    private static readonly RegionCatalog Regions = RegionCatalog.LoadEmbedded();

    private static SponsorProgrammeForm Good() => new()
    {
        Code = "hss2026", Name = "Pemkab HSS", Regency = "63.06", BudgetYear = "2026", PeriodStart = "2026-01", PeriodEnd = "2026-12",
        Quota = "5.000", QuotaPerVillage = "100", VillageQuotas = "63.06.05.1001 = 120\n6306051002: 80", Programs = "JKK,JKM",
    };

    [Fact]
    public void Check_FillsTheProgramme_WhenEveryFieldIsRight()
    {
        var sponsor = new Sponsor { Code = "", Name = "", RegencyCode = "" };

        var errors = Good().Check(Regions, sponsor);

        Assert.Empty(errors);
        Assert.Equal((5000, "6306051001=120\n6306051002=80", 80, "JKK,JKM"), (sponsor.Quota, sponsor.VillageQuotas, sponsor.QuotaFor("63.06.05.1002"), sponsor.Programs));
    }

    [Theory]
    [InlineData(nameof(SponsorProgrammeForm.Code), "u_abc", "tidak diawali u_")]
    [InlineData(nameof(SponsorProgrammeForm.Code), "hss 2026", "1-40 huruf")]
    [InlineData(nameof(SponsorProgrammeForm.Name), " ", "Isi nama program")]
    [InlineData(nameof(SponsorProgrammeForm.Regency), "99.99", "tidak dikenal")]
    [InlineData(nameof(SponsorProgrammeForm.BudgetYear), "26", "empat angka")]
    [InlineData(nameof(SponsorProgrammeForm.PeriodStart), "Januari 2026", "TAHUN-BULAN")]
    [InlineData(nameof(SponsorProgrammeForm.Quota), "-5", "bilangan bulat")]
    [InlineData(nameof(SponsorProgrammeForm.QuotaPerVillage), "0", "bilangan bulat")]
    [InlineData(nameof(SponsorProgrammeForm.VillageQuotas), "63.07.01.2001 = 10", "tidak ada di")]
    [InlineData(nameof(SponsorProgrammeForm.VillageQuotas), "63.06.05.1001 = 10\n6306051001=20", "tertulis dua kali")]
    [InlineData(nameof(SponsorProgrammeForm.Programs), "JHT", "JKK dan JKM")]
    [InlineData(nameof(SponsorProgrammeForm.Programs), "JKK,JKM,JKP", "JKK dan JKM")]
    public void Check_NamesTheBadField_WhenOneIsWrong(string field, string value, string expected)
    {
        var form = Good();
        typeof(SponsorProgrammeForm).GetProperty(field)!.SetValue(form, value);
        var sponsor = new Sponsor { Code = "", Name = "", RegencyCode = "" };

        var errors = form.Check(Regions, sponsor);

        Assert.Equal([field], errors.Keys);
        Assert.Contains(expected, errors[field], StringComparison.Ordinal);
        Assert.Equal("", sponsor.Code); // nothing taken over
    }
}
