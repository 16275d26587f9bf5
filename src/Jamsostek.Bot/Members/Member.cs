using Jamsostek.Bot.SignUps;
using Jamsostek.Bpu;

namespace Jamsostek.Bot.Members;

/// <summary>
/// A BPU member, made when an officer approves a sign-up (same transaction): what the payment schedule and
/// the reminders need, copied from the sign-up so a planning pass reads one table.
/// </summary>
public sealed class Member
{
    public long Id { get; set; }

    public long SignUpId { get; set; }

    public required string Kpj { get; set; }

    public required string Nik { get; set; }

    public required string FullName { get; set; }

    public required string RegencyCode { get; set; }

    public required string VillageCode { get; set; }

    /// <summary>Comma-separated programme codes, e.g. "JKK,JKM,JHT".</summary>
    public required string Programs { get; set; }

    public int PaymentPeriodMonths { get; set; }

    public decimal MonthlyIncome { get; set; }

    public required string Occupation { get; set; }

    /// <summary>The first contribution month (first day), the one the approval notice quoted.</summary>
    public DateOnly FirstContributionMonth { get; set; }

    /// <summary>IANA id of the member's zone (from the regency): Asia/Jakarta, Asia/Pontianak, Asia/Makassar, Asia/Jayapura.</summary>
    public required string TimeZone { get; set; }

    public required string Channel { get; set; }

    public required string ChatId { get; set; }

    /// <summary>A regency programme pays (APBD) the programmes its agreement covers: no payment reminders for those.</summary>
    public bool Sponsored { get; set; }

    public string? SponsorCode { get; set; }

    /// <summary>
    /// What a sponsored member pays themselves, comma-separated ("JHT" added under a JKK+JKM programme), from the
    /// programme's terms at approval; null when the sponsor pays everything, and for a member with no sponsor (who
    /// pays all of <see cref="Programs"/>).
    /// </summary>
    public string? SelfPaidPrograms { get; set; }

    /// <summary>The member has something to pay themselves: reminders, arrears, "sudah bayar".</summary>
    public bool PaysSelf => !Sponsored || SelfPaidPrograms != null;

    /// <summary>The programmes the member pays themselves: all of them without a sponsor.</summary>
    public string OwnPrograms => Sponsored ? SelfPaidPrograms ?? string.Empty : Programs;

    /// <summary>The last contribution month paid (first day); null before the first payment.</summary>
    public DateOnly? PaidThrough { get; set; }

    /// <summary>False after "berhenti"; "mulai" turns it on again.</summary>
    public bool RemindersOn { get; set; } = true;

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>What the contribution schedule reads of this member (Jamsostek.Bpu knows no entity): what they pay themselves.</summary>
    public MemberTerms Terms() => new(FirstContributionMonth, PaymentPeriodMonths, PaidThrough, MonthlyIncome, SignUpPrograms.Parse(OwnPrograms), Occupation);
}
