namespace Jamsostek.Bot.SignUps;

/// <summary>The answers and decision of a sign-up as an audit entry's before/after (serialized to JSON).</summary>
public static class SignUpSnapshot
{
    public static Dictionary<string, object?> Of(SignUp s) => new()
    {
        ["reference"] = s.Reference,
        ["status"] = SignUpStatusCodes.ToText(s.Status),
        ["nik"] = s.Nik,
        ["fullName"] = s.FullName,
        ["birthDate"] = s.BirthDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["sex"] = s.Sex,
        ["villageCode"] = s.VillageCode,
        ["address"] = s.Address,
        ["phone"] = s.Phone,
        ["occupation"] = s.OccupationOther is null ? s.Occupation : $"{s.Occupation}: {s.OccupationOther}",
        ["monthlyIncome"] = s.MonthlyIncome,
        ["programs"] = s.Programs,
        ["monthlyContribution"] = s.MonthlyContribution,
        ["paymentPeriodMonths"] = s.PaymentPeriodMonths,
        ["heir"] = $"{s.HeirName} ({s.HeirRelationship})",
        ["kpj"] = s.Kpj,
        ["rejectionReason"] = s.RejectionReason,
        ["decidedBy"] = s.DecidedBy,
    };

    /// <summary>Copies the worker's answers (not the decision, reference or history) from one sign-up to another.</summary>
    public static void CopyAnswers(SignUp from, SignUp to)
    {
        to.Nik = from.Nik;
        to.FullName = from.FullName;
        to.BirthDate = from.BirthDate;
        to.Sex = from.Sex;
        to.RegencyCode = from.RegencyCode;
        to.DistrictCode = from.DistrictCode;
        to.VillageCode = from.VillageCode;
        to.Address = from.Address;
        to.Phone = from.Phone;
        to.Occupation = from.Occupation;
        to.OccupationOther = from.OccupationOther;
        to.MonthlyIncome = from.MonthlyIncome;
        to.IncomeBase = from.IncomeBase;
        to.Programs = from.Programs;
        to.PaymentPeriodMonths = from.PaymentPeriodMonths;
        to.MonthlyContribution = from.MonthlyContribution;
        to.HeirName = from.HeirName;
        to.HeirRelationship = from.HeirRelationship;
        to.Source = from.Source ?? to.Source;
    }
}
