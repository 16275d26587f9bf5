namespace Jamsostek.Dialogs.Engine;

/// <summary>A member's payment standing, for the status answer of an approved sign-up.</summary>
/// <param name="PaidThrough">The last contribution month paid (first day), null before the first payment.</param>
/// <param name="NextMonth">The oldest unpaid month (first day).</param>
/// <param name="NextDueDate">Its due date; null for a sponsored member.</param>
/// <param name="NextAmount">One period's amount from that month; null for a sponsored member.</param>
/// <param name="Sponsor">
/// For a sponsored member who pays part themselves (JHT added under a JKK+JKM programme; <see cref="Sponsored"/> is then
/// false): the programme and what it pays for this member. The paid-through month, arrears and next amount are the
/// member's own part, <paramref name="SelfPaid"/>.
/// </param>
public sealed record MemberStatus(
    string Kpj,
    bool Sponsored,
    bool RemindersOn,
    DateOnly? PaidThrough,
    DateOnly NextMonth,
    DateOnly? NextDueDate,
    decimal? NextAmount,
    int MonthsInArrears,
    bool Lapsed,
    SponsorTerms? Sponsor = null,
    IReadOnlyList<Jamsostek.Bpu.BpuProgram>? SelfPaid = null);
