using System.Globalization;
using Jamsostek.Bot.SignUps.Decisions;

namespace Jamsostek.Bot.SignUps.Queue;

/// <summary>One sign-up as <c>signups list --json</c> prints it.</summary>
public sealed record SignUpListItem(
    long Id,
    string Reference,
    string Status,
    string Nik,
    string FullName,
    string BirthDate,
    string Sex,
    string RegencyCode,
    string DistrictCode,
    string VillageCode,
    string Address,
    string Phone,
    string Occupation,
    string? OccupationOther,
    decimal MonthlyIncome,
    decimal IncomeBase,
    IReadOnlyList<string> Programs,
    int PaymentPeriodMonths,
    decimal MonthlyContribution,
    SignUpHeir Heir,
    string Channel,
    string? Source,
    string CreatedAt,
    string? DecidedAt,
    string? DecidedBy,
    string? Kpj,
    string? RejectionReason)
{
    public static SignUpListItem From(SignUp s) => new(
        s.Id,
        s.Reference,
        SignUpStatusCodes.ToText(s.Status),
        s.Nik,
        s.FullName,
        s.BirthDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        s.Sex,
        s.RegencyCode,
        s.DistrictCode,
        s.VillageCode,
        s.Address,
        s.Phone,
        s.Occupation,
        s.OccupationOther,
        s.MonthlyIncome,
        s.IncomeBase,
        s.Programs.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        s.PaymentPeriodMonths,
        s.MonthlyContribution,
        new SignUpHeir(s.HeirName, s.HeirRelationship),
        s.Channel,
        s.Source,
        Iso(s.CreatedAt),
        s.DecidedAt is { } decided ? Iso(decided) : null,
        s.DecidedBy,
        s.Kpj,
        s.RejectionReason);

    /// <summary>UTC, ISO-8601 with a Z: 2026-05-01T01:00:00Z.</summary>
    public static string Iso(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}

public sealed record SignUpHeir(string Name, string Relationship);
