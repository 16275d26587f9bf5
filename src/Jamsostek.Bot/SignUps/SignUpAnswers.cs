using System.Globalization;
using Jamsostek.Dialogs.Engine;

namespace Jamsostek.Bot.SignUps;

/// <summary>Builds a pending <see cref="SignUp"/> from the registration flow's slots (see registrasi-bpu.yaml).</summary>
public static class SignUpAnswers
{
    public static SignUp ToSignUp(SubmitSignUpEffect effect, string channel, string chatId, DateTimeOffset now)
    {
        var a = effect.Answers;
        return new SignUp
        {
            Reference = effect.Reference,
            Status = SignUpStatus.Pending,
            Nik = Required(a, "nik"),
            FullName = Required(a, "nama"),
            BirthDate = DateOnly.ParseExact(Required(a, "tanggal_lahir"), "yyyy-MM-dd", CultureInfo.InvariantCulture),
            Sex = Required(a, "jenis_kelamin") is "L" or "P" ? a["jenis_kelamin"] : throw new FormatException("jenis_kelamin must be L or P."),
            RegencyCode = Required(a, "kabupaten"),
            DistrictCode = Required(a, "kecamatan"),
            VillageCode = Required(a, "desa"),
            Address = Required(a, "alamat"),
            Phone = Required(a, "no_hp"),
            Occupation = Required(a, "pekerjaan"),
            OccupationOther = Optional(a, "pekerjaan_lain"),
            MonthlyIncome = Money(a, "penghasilan"),
            IncomeBase = Money(a, "dasar_penghasilan"),
            MonthlyContribution = Money(a, "iuran_bulanan"),
            Programs = Required(a, "program"),
            PaymentPeriodMonths = int.Parse(Required(a, "periode_bayar"), NumberStyles.None, CultureInfo.InvariantCulture),
            HeirName = Required(a, "ahli_waris_nama"),
            HeirRelationship = Required(a, "ahli_waris_hubungan"),
            Channel = channel,
            ChatId = chatId,
            Source = effect.Source,
            CreatedAt = now,
            UpdatedAt = now,
        };
    }

    /// <summary>The reverse of <see cref="ToSignUp"/>: a stored sign-up's answers as the flow's slots, to correct it after a rejection.</summary>
    public static Dictionary<string, string> ToAnswers(SignUp s)
    {
        ArgumentNullException.ThrowIfNull(s);
        var answers = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["nik"] = s.Nik,
            ["nama"] = s.FullName,
            ["tanggal_lahir"] = s.BirthDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["jenis_kelamin"] = s.Sex,
            ["kabupaten"] = s.RegencyCode,
            ["kecamatan"] = s.DistrictCode,
            ["desa"] = s.VillageCode,
            ["alamat"] = s.Address,
            ["no_hp"] = s.Phone,
            ["pekerjaan"] = s.Occupation,
            ["penghasilan"] = decimal.Round(s.MonthlyIncome).ToString(CultureInfo.InvariantCulture),
            ["program"] = s.Programs,
            ["periode_bayar"] = s.PaymentPeriodMonths.ToString(CultureInfo.InvariantCulture),
            ["ahli_waris_nama"] = s.HeirName,
            ["ahli_waris_hubungan"] = s.HeirRelationship,
        };
        if (s.OccupationOther is { } other)
        {
            answers["pekerjaan_lain"] = other;
        }

        return answers;
    }

    private static string Required(IReadOnlyDictionary<string, string> answers, string slot) =>
        answers.TryGetValue(slot, out var value) && !string.IsNullOrWhiteSpace(value)
            ? value.Trim()
            : throw new KeyNotFoundException($"The sign-up answer '{slot}' is missing.");

    private static string? Optional(IReadOnlyDictionary<string, string> answers, string slot) =>
        answers.TryGetValue(slot, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    private static decimal Money(IReadOnlyDictionary<string, string> answers, string slot) =>
        decimal.Parse(Required(answers, slot), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
}
