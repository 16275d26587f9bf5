using System.Globalization;
using Jamsostek.Bot.SignUps;
using Jamsostek.Dialogs.Engine;

namespace Jamsostek.Bot.Tests.TestSupport;

/// <summary>Pending sign-ups for tests: valid NIK of Kab. Hulu Sungai Selatan (63.06), one chat each.</summary>
public static class SignUpSeed
{
    public static SignUp Make(int n, DateTimeOffset createdAt) => new()
    {
        Reference = $"BPU-T{n.ToString("D6", CultureInfo.InvariantCulture)}",
        Status = SignUpStatus.Pending,
        Nik = $"63060552089{n % 100000:D5}",
        FullName = $"Pekerja {n}",
        BirthDate = new DateOnly(1990, 8, 12),
        Sex = "P",
        RegencyCode = "63.06",
        DistrictCode = "63.06.05",
        VillageCode = "63.06.05.2001",
        Address = "Jl. Pasar Baru RT 02",
        Phone = $"+62812{n:D8}",
        Occupation = "pedagang",
        MonthlyIncome = 2_500_000m,
        IncomeBase = 2_600_000m,
        Programs = "JKK,JKM,JHT",
        PaymentPeriodMonths = 1,
        MonthlyContribution = 68_400m,
        HeirName = "Budi Santoso",
        HeirRelationship = "suami",
        Channel = "telegram",
        ChatId = $"chat-{n}",
        CreatedAt = createdAt,
        UpdatedAt = createdAt,
    };
}
