using Jamsostek.Bot.SignUps;
using Jamsostek.Bot.SignUps.Sponsors;

namespace Jamsostek.Bot.Members;

/// <summary>The member an approval makes: the first month is the one the approval notice quotes.</summary>
public static class MemberFromSignUp
{
    public static Member Create(SignUp signUp, DateOnly firstMonth, Sponsor? sponsor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(signUp);
        return new Member
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
            RemindersOn = true,
            CreatedAt = now,
        };
    }
}
