using Jamsostek.Bot.Data;
using Jamsostek.Bot.SignUps.Sponsors;

namespace Jamsostek.Bot.SignUps.Decisions;

/// <summary>
/// The member an approval makes: the first month is the one the approval notice quotes. Added to the decision's own
/// context, so the member is written in the approval's transaction; through Data's set (as every room writes a row),
/// so that SignUps does not use Members, which reads the sign-up's programmes and zone.
/// </summary>
public static class MemberFromSignUp
{
    public static void AddTo(BotDbContext db, SignUp signUp, DateOnly firstMonth, Sponsor? sponsor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(signUp);
        db.Members.Add(new()
        {
            SignUpId = signUp.Id,
            Kpj = signUp.Kpj ?? throw new InvalidOperationException("An approved sign-up has a KPJ."),
            Nik = signUp.Nik,
            FullName = signUp.FullName,
            RegencyCode = signUp.RegencyCode,
            VillageCode = signUp.VillageCode,
            Programs = signUp.Programs,
            PaymentPeriodMonths = Math.Max(1, signUp.PaymentPeriodMonths),
            MonthlyIncome = signUp.MonthlyIncome,
            Occupation = signUp.Occupation,
            FirstContributionMonth = firstMonth,
            TimeZone = WorkerZone.Of(signUp.RegencyCode).IanaId,
            Channel = signUp.Channel,
            ChatId = signUp.ChatId,
            Sponsored = sponsor is not null,
            SponsorCode = sponsor?.Code,
            SelfPaidPrograms = sponsor is null ? null : SelfPaid(signUp, sponsor),
            RemindersOn = true,
            CreatedAt = now,
        });
    }

    /// <summary>The sign-up's programmes the sponsor does not pay ("JHT"), or null when it pays them all.</summary>
    public static string? SelfPaid(SignUp signUp, Sponsor sponsor)
    {
        ArgumentNullException.ThrowIfNull(signUp);
        ArgumentNullException.ThrowIfNull(sponsor);
        var own = OwnPrograms(signUp, sponsor);
        return own.Count == 0 ? null : string.Join(',', own.Select(p => p.ToString().ToUpperInvariant()));
    }

    /// <summary>The sign-up's programmes the sponsor does not pay, in the tariff's order.</summary>
    public static IReadOnlyList<Jamsostek.Bpu.BpuProgram> OwnPrograms(SignUp signUp, Sponsor sponsor)
    {
        ArgumentNullException.ThrowIfNull(signUp);
        ArgumentNullException.ThrowIfNull(sponsor);
        return SignUpPrograms.Parse(signUp.Programs).Except(SignUpPrograms.Parse(sponsor.Programs)).Distinct().Order().ToList();
    }
}
