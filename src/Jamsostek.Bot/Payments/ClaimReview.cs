using System.Globalization;
using Jamsostek.Bot.Data;
using Jamsostek.Bot.Officers;
using Jamsostek.Bpu;
using Microsoft.EntityFrameworkCore;
using Jamsostek.Bot.Audit;
using Jamsostek.Bot.SignUps;

namespace Jamsostek.Bot.Payments;

/// <summary>
/// The officer's review of what needs a person: open "sudah bayar" claims (confirmed by recording the payment
/// with the reference the officer found, or dismissed so reminders resume) and payments flagged for an amount
/// unlike the tariff. Only members of the officer's regencies; every decision is audited.
/// </summary>
public sealed class ClaimReview(IDbContextFactory<BotDbContext> dbFactory, PaymentRecorder recorder, ContributionSchedule schedule, TimeProvider time)
{
    public const int MaxRows = 200;
    public const string Source = "petugas";

    public async Task<IReadOnlyList<OpenClaimRow>> OpenClaimsAsync(OfficerScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await (from c in db.PaymentClaims.AsNoTracking()
                          join m in Scoped(db, scope) on c.MemberId equals m.Id
                          where c.ClosedAt == null
                          orderby c.ClaimedAt, c.Id
                          select new { Claim = c, Member = m })
            .Take(MaxRows)
            .ToListAsync(cancellationToken);
        return rows.Select(r =>
        {
            var terms = r.Member.Terms();
            var months = Math.Max(1, r.Member.PaymentPeriodMonths);
            return new OpenClaimRow(r.Claim.Id, r.Member.Kpj, r.Member.FullName, r.Member.RegencyCode, r.Claim.ContributionMonth, r.Claim.ClaimedAt,
                months, schedule.AmountFor(terms, terms.NextUnpaidMonth, months));
        }).ToList();
    }

    public async Task<IReadOnlyList<FlaggedPaymentRow>> FlaggedPaymentsAsync(OfficerScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await (from p in db.Payments.AsNoTracking()
                          join m in Scoped(db, scope) on p.MemberId equals m.Id
                          where p.AmountMismatch
                          orderby p.Id descending
                          select new FlaggedPaymentRow(p.Id, m.Kpj, m.FullName, m.RegencyCode, p.Reference, p.FirstMonth, p.Months, p.Amount, p.ExpectedAmount, p.PaidAt, p.Source))
            .Take(MaxRows)
            .ToListAsync(cancellationToken);
        return rows;
    }

    /// <summary>Records the claimed payment (the member's period at the tariff unless <paramref name="amount"/> is given), which closes the claim.</summary>
    public async Task<ClaimReviewResult> ConfirmAsync(long claimId, string? reference, decimal? amount, OfficerScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        reference = reference?.Trim();
        if (string.IsNullOrEmpty(reference))
        {
            return ClaimReviewResult.Refused("Tulis nomor referensi pembayaran yang Anda periksa.");
        }

        var open = await FindOpenAsync(claimId, scope, cancellationToken);
        if (open is null)
        {
            return ClaimReviewResult.Missing;
        }

        var (claim, member) = open.Value;
        var terms = member.Terms();
        var months = Math.Max(1, member.PaymentPeriodMonths);
        var paid = amount ?? schedule.AmountFor(terms, terms.NextUnpaidMonth, months);
        var outcome = (await recorder.RecordAsync([new PaymentInput(member.Nik, member.Kpj, months, paid, claim.ClaimedAt, reference)], Source, scope.UserName, allOrNothing: true, cancellationToken)).Single();
        if (outcome.Status != PaymentOutcome.Recorded)
        {
            return ClaimReviewResult.Refused(outcome.Status == PaymentOutcome.Duplicate
                ? $"Referensi {reference} sudah tercatat sebelumnya; klaim tidak diubah."
                : $"Pembayaran tidak dicatat: {outcome.Error}.");
        }

        await CloseAsync(claimId, scope, "payment-claim-confirmed", new { reference, months, amount = paid, outcome.PaidThrough, outcome.AmountMismatch }, cancellationToken);
        return ClaimReviewResult.Done;
    }

    /// <summary>The officer found no payment: the claim is closed and the month's reminders resume at the next pass.</summary>
    public async Task<ClaimReviewResult> DismissAsync(long claimId, OfficerScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (await FindOpenAsync(claimId, scope, cancellationToken) is null)
        {
            return ClaimReviewResult.Missing;
        }

        await CloseAsync(claimId, scope, "payment-claim-dismissed", new { dismissedBy = scope.UserName }, cancellationToken);
        return ClaimReviewResult.Done;
    }

    private static IQueryable<Members.Member> Scoped(BotDbContext db, OfficerScope scope)
    {
        var members = db.Members.AsNoTracking();
        if (scope.AllRegencies)
        {
            return members;
        }

        var allowed = scope.Regencies.ToList();
        return members.Where(m => allowed.Contains(m.RegencyCode));
    }

    private async Task<(PaymentClaim Claim, Members.Member Member)?> FindOpenAsync(long claimId, OfficerScope scope, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var found = await (from c in db.PaymentClaims.AsNoTracking()
                           join m in Scoped(db, scope) on c.MemberId equals m.Id
                           where c.Id == claimId && c.ClosedAt == null
                           select new { Claim = c, Member = m })
            .SingleOrDefaultAsync(cancellationToken);
        return found is null ? null : (found.Claim, found.Member);
    }

    /// <summary>Closes the claim (a recorded payment may already have) and writes the officer's decision to the audit.</summary>
    private async Task CloseAsync(long claimId, OfficerScope scope, string action, object after, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var claim = await db.PaymentClaims.SingleAsync(c => c.Id == claimId, cancellationToken);
        claim.ClosedAt ??= now;
        db.AuditEntries.Add(AuditEntry.Of(now, $"petugas:{scope.UserName}", action, nameof(PaymentClaim), claimId.ToString(CultureInfo.InvariantCulture), after));
        await db.SaveChangesAsync(cancellationToken);
    }
}
