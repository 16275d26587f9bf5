using System.Security.Cryptography;
using Jamsostek.Bot.Data;
using Jamsostek.Dialogs.Engine;
using Microsoft.EntityFrameworkCore;

namespace Jamsostek.Bot.SignUps.Sponsors;

/// <summary>
/// Checks a sponsor's beneficiary list row by row and, unless it is a dry run, turns the valid rows into invitations
/// (one transaction). Besides <see cref="SponsorRowChecks"/>, a row is refused when its NIK is in an earlier row, in a
/// pending or approved sign-up (an approved one is a member) found by <see cref="NikLookup"/>, or in a live
/// invitation of this or another sponsor, or when it is past the programme's quota (<see cref="SponsorQuota"/>). A file that cannot be read throws <see cref="InvalidDataException"/>.
/// </summary>
public sealed class SponsorImport(IDbContextFactory<BotDbContext> dbFactory, SponsorRowChecks checks, TimeProvider time)
{
    public async Task<SponsorImportReport> RunAsync(Sponsor sponsor, SponsorListFile file, bool dryRun, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sponsor);
        ArgumentNullException.ThrowIfNull(file);
        var now = time.GetUtcNow();
        var today = DateOnly.FromDateTime(WorkerZone.Of(sponsor.RegencyCode).ToLocal(now).DateTime);
        var villages = checks.VillagesOf(sponsor);
        var results = file.Rows.Select(row => checks.Check(file, row, sponsor, villages, today)).ToList();

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await RefuseDuplicatesAsync(db, sponsor, results, cancellationToken);
        await SponsorQuota.RefuseOverQuotaAsync(db, sponsor, results, cancellationToken);

        var invited = 0;
        if (!dryRun)
        {
            foreach (var ok in results.Where(r => r.Ok))
            {
                db.SponsorInvitations.Add(new SponsorInvitation
                {
                    SponsorId = sponsor.Id, Code = NewCode(), Status = SponsorInvitationStatus.Invited, Nik = ok.Nik!, FullName = ok.Name,
                    Phone = ok.Phone, RegencyCode = sponsor.RegencyCode, VillageCode = ok.Village!.Code, Occupation = ok.Occupation,
                    SourceLine = ok.Line, CreatedAt = now,
                });
                invited++;
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        return new SponsorImportReport(file, results, invited, dryRun);
    }

    private static async Task RefuseDuplicatesAsync(BotDbContext db, Sponsor sponsor, List<SponsorRowResult> results, CancellationToken cancellationToken)
    {
        var firstLine = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var r in results.Where(r => r.Nik is not null))
        {
            if (firstLine.TryGetValue(r.Nik!, out var earlier))
            {
                r.Reasons.Add($"NIK sama dengan baris {earlier}.");
            }
            else
            {
                firstLine[r.Nik!] = r.Line;
            }
        }

        var niks = firstLine.Keys.ToList();
        if (niks.Count == 0)
        {
            return;
        }

        var signUps = (await NikLookup.SignUpsWith(db, niks).AsNoTracking()
            .Where(s => s.Status == SignUpStatus.Pending || s.Status == SignUpStatus.Approved)
            .Select(s => new { s.NikHash, s.Nik, s.Reference, s.Status })
            .ToListAsync(cancellationToken))
            .ToLookup(s => s.NikHash ?? s.Nik);
        var keys = niks.Select(n => NikLookup.KeyOf(db, n)).ToList();
        var hashed = db.Cipher is not null;
        var invitations = (await db.SponsorInvitations.AsNoTracking()
            .Where(i => i.Status != SponsorInvitationStatus.Declined)
            .Where(i => hashed ? i.NikHash != null && keys.Contains(i.NikHash) : keys.Contains(i.Nik))
            .Join(db.Sponsors, i => i.SponsorId, p => p.Id, (i, p) => new { i.NikHash, i.Nik, p.Id, p.Name })
            .ToListAsync(cancellationToken))
            .ToLookup(i => i.NikHash ?? i.Nik);

        foreach (var r in results.Where(r => r.Nik is not null))
        {
            var key = NikLookup.KeyOf(db, r.Nik!);
            foreach (var s in signUps[key].Take(1))
            {
                r.Reasons.Add(s.Status == SignUpStatus.Approved
                    ? $"Sudah menjadi peserta (pendaftaran {s.Reference})."
                    : $"Sudah mendaftar dan menunggu keputusan petugas (pendaftaran {s.Reference}).");
            }

            foreach (var i in invitations[key].Take(1))
            {
                r.Reasons.Add(i.Id == sponsor.Id ? "Sudah diundang dalam program ini (impor sebelumnya)." : $"Sudah diundang oleh program lain: {i.Name}.");
            }
        }
    }

    /// <summary>A Telegram start payload: at most 64 of [A-Za-z0-9_-]; 60 random bits, unguessable enough for a one-off link.</summary>
    private static string NewCode() => SponsorConsent.CodePrefix + RandomNumberGenerator.GetString("abcdefghijkmnpqrstuvwxyz23456789", 12);
}
