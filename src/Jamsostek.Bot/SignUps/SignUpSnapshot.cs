using Jamsostek.Bot.Shared;

namespace Jamsostek.Bot.SignUps;

/// <summary>
/// The answers and decision of a sign-up as an audit entry's before/after (serialized to JSON). The NIK and phone
/// are masked here, at write time: the full values live only in the SignUp row, so erasing a worker's data never
/// needs to touch the append-only audit. Names, address and heir stay readable for the officer's history.
/// </summary>
public static class SignUpSnapshot
{
    public static Dictionary<string, object?> Of(SignUp s) => new()
    {
        ["reference"] = s.Reference,
        ["status"] = SignUpStatusCodes.ToText(s.Status),
        ["nik"] = PersonalData.MaskNik(s.Nik),
        ["fullName"] = s.FullName,
        ["birthDate"] = s.BirthDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["sex"] = s.Sex,
        ["villageCode"] = s.VillageCode,
        ["address"] = s.Address,
        ["phone"] = PersonalData.Mask(s.Phone),
        ["occupation"] = s.OccupationOther is null ? s.Occupation : $"{s.Occupation}: {s.OccupationOther}",
        ["monthlyIncome"] = s.MonthlyIncome,
        ["programs"] = s.Programs,
        ["monthlyContribution"] = s.MonthlyContribution,
        ["paymentPeriodMonths"] = s.PaymentPeriodMonths,
        ["heir"] = $"{s.HeirName} ({s.HeirRelationship})",
        ["kpj"] = s.Kpj,
        ["rejectionReason"] = s.RejectionReason,
        ["decidedBy"] = s.DecidedBy,
        ["source"] = s.Source,
    };

    /// <summary>
    /// The answers that differ between two sign-ups, by their snapshot names, compared on the full values: a
    /// corrected NIK is recorded as changed even when its masked form reads the same.
    /// </summary>
    public static IReadOnlyList<string> ChangedAnswers(SignUp before, SignUp after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var pairs = new (string Name, object? Before, object? After)[]
        {
            ("nik", before.Nik, after.Nik),
            ("fullName", before.FullName, after.FullName),
            ("birthDate", before.BirthDate, after.BirthDate),
            ("sex", before.Sex, after.Sex),
            ("villageCode", (before.RegencyCode, before.DistrictCode, before.VillageCode), (after.RegencyCode, after.DistrictCode, after.VillageCode)),
            ("address", before.Address, after.Address),
            ("phone", before.Phone, after.Phone),
            ("occupation", (before.Occupation, before.OccupationOther), (after.Occupation, after.OccupationOther)),
            ("monthlyIncome", before.MonthlyIncome, after.MonthlyIncome),
            ("programs", before.Programs, after.Programs),
            ("monthlyContribution", before.MonthlyContribution, after.MonthlyContribution),
            ("paymentPeriodMonths", before.PaymentPeriodMonths, after.PaymentPeriodMonths),
            ("heir", (before.HeirName, before.HeirRelationship), (after.HeirName, after.HeirRelationship)),
        };
        return pairs.Where(p => !Equals(p.Before, p.After)).Select(p => p.Name).ToList();
    }

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
