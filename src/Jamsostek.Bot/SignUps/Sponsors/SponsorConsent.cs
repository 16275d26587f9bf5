using Jamsostek.Bot.Data;
using Microsoft.EntityFrameworkCore;

namespace Jamsostek.Bot.SignUps.Sponsors;

/// <summary>
/// The worker's side of an invitation. Opening the deep link <c>start=u_…</c> makes the chat a sponsored sign-up (no
/// price quoted); submitting it in chat is the worker's own consent: the invitation is marked consented and the
/// sign-up carries the sponsor's code, so its approval makes a sponsored member. Only when the NIK typed is the one
/// the list holds: a link forwarded to someone else gives an ordinary sign-up.
/// </summary>
public static class SponsorConsent
{
    public const string CodePrefix = "u_";

    /// <summary>The programme of an open invitation's code (the chat says who pays what), else null.</summary>
    public static Sponsor? SponsorOf(BotDbContext db, string code)
    {
        ArgumentNullException.ThrowIfNull(db);
        return code.StartsWith(CodePrefix, StringComparison.Ordinal)
            ? db.SponsorInvitations.Where(i => i.Code == code && i.Status == SponsorInvitationStatus.Invited)
                .Join(db.Sponsors, i => i.SponsorId, p => p.Id, (_, p) => p).AsNoTracking().FirstOrDefault()
            : null;
    }

    /// <summary>Inside the turn's transaction, before the new sign-up is saved.</summary>
    /// <returns>The invitation consented to, for <see cref="Link"/> once the sign-up row is known; else null.</returns>
    public static async Task<SponsorInvitation?> ApplyAsync(BotDbContext db, SignUp signUp, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(signUp);
        if (signUp.Source is not { } code || !code.StartsWith(CodePrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var invitation = await db.SponsorInvitations.SingleOrDefaultAsync(i => i.Code == code && i.Status == SponsorInvitationStatus.Invited, cancellationToken);
        if (invitation is null || NikLookup.KeyOf(db, invitation.Nik) != NikLookup.KeyOf(db, signUp.Nik))
        {
            return null;
        }

        invitation.Status = SponsorInvitationStatus.Consented;
        signUp.Source = await db.Sponsors.Where(p => p.Id == invitation.SponsorId).Select(p => p.Code).SingleAsync(cancellationToken);
        return invitation;
    }

    /// <summary>
    /// The worker said no at the consent step: their open invitation of that code is declined (the notices pass then
    /// sends no more reminders, and the link gives an ordinary sign-up). A sponsor's own code has no invitation: nothing.
    /// </summary>
    public static async Task DeclineAsync(BotDbContext db, string code, string actor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (!code.StartsWith(CodePrefix, StringComparison.Ordinal)
            || await db.SponsorInvitations.SingleOrDefaultAsync(i => i.Code == code && i.Status == SponsorInvitationStatus.Invited, cancellationToken) is not { } invitation)
        {
            return;
        }

        invitation.Status = SponsorInvitationStatus.Declined;
        db.AuditEntries.Add(Audit.AuditEntry.Of(now, actor, "invitation-declined", nameof(SponsorInvitation), code, new { status = "declined" }));
    }

    /// <summary>
    /// The sign-up row that holds the consent: the new one (its id is given on save) or the rejected one it corrected.
    /// Never the untracked answers of a resubmission, which a navigation would insert as a second row.
    /// </summary>
    public static void Link(SponsorInvitation? invitation, SignUp saved)
    {
        if (invitation is not null)
        {
            invitation.SignUp = saved;
        }
    }
}
