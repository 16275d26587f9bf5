using Jamsostek.Bot.Conversations;
using Jamsostek.Bot.Data;
using Jamsostek.Bot.Officers;
using Jamsostek.Bot.Officers.Access;
using Jamsostek.Bot.SignUps;
using Jamsostek.Bot.SignUps.Sponsors;
using Jamsostek.Bpu;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Jamsostek.Bot.SignUps.Decisions;
using Jamsostek.Bot.Shared;
using Jamsostek.Bot.Audit;

namespace Jamsostek.Bot.Pages.Petugas;

/// <summary>/petugas/pendaftaran/{id}: every answer, the checks, the transcript, the audit, and approve or reject.</summary>
public sealed class PendaftaranModel(
    IDbContextFactory<BotDbContext> dbFactory,
    OfficerScopeResolver scopes,
    SignUpChecks checks,
    SignUpDecisions decisions,
    RegionCatalog regions,
    AnswerLabels labels,
    Tariff tariff,
    HolidayCalendar holidays,
    AccessLog access) : PageModel
{
    public const int TranscriptLimit = 300;

    public SignUp SignUp { get; private set; } = null!;

    public Sponsor? Sponsor { get; private set; }

    public IReadOnlyList<CheckResult> Checks { get; private set; } = [];

    public IReadOnlyList<ConversationMessage> Transcript { get; private set; } = [];

    public IReadOnlyList<AuditEntry> Audit { get; private set; } = [];

    /// <summary>Messages to the worker's chats that were refused for good (a WhatsApp 131026, a blocked bot), newest first.</summary>
    public IReadOnlyList<Outbox.UndeliveredMessage> Undelivered { get; private set; } = [];

    public string? Error { get; private set; }

    /// <summary>What the officer typed in the form that was refused, shown again so nothing is typed twice.</summary>
    public string? Kpj { get; private set; }

    public string? Alasan { get; private set; }

    public string? Keterangan { get; private set; }

    /// <summary>The latest return to the queue after a rejection, while the sign-up waits again; null otherwise.</summary>
    public AuditEntry? Resubmission =>
        SignUp.Status == Jamsostek.Dialogs.Engine.SignUpStatus.Pending ? Audit.LastOrDefault(a => a.Action == "resubmitted") : null;

    public IReadOnlyList<CheckResult> FailedChecks => [.. Checks.Where(c => !c.Passed)];

    [TempData]
    public string? Notice { get; set; }

    public RegionCatalog Regions => regions;

    /// <summary>What the chat told the worker about paying (all the amounts and the period's total), from the tariff.</summary>
    public string Contribution { get; private set; } = string.Empty;

    /// <summary>The transcript a day at a time: one date header per day, the time alone on each line.</summary>
    public IEnumerable<IGrouping<DateOnly, ConversationMessage>> TranscriptDays =>
        Transcript.GroupBy(m => DateOnly.FromDateTime(WorkerZone.Of(SignUp.RegencyCode).ToLocal(m.At).DateTime));

    public string Time(DateTimeOffset utc)
    {
        var zone = WorkerZone.Of(SignUp.RegencyCode);
        return zone.ToLocal(utc).ToString("HH.mm", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The channel in plain words ("terminal" is the operators' test chat, not something a worker uses).</summary>
    public static string ChannelLabel(string channel) => channel switch
    {
        "telegram" => "Telegram",
        "whatsapp" => "WhatsApp",
        "terminal" => "Uji coba oleh operator (bukan dari pekerja)",
        _ => channel,
    };

    public AnswerLabels Labels => labels;

    /// <summary>The id is an agent's sign-up the worker has not confirmed yet (Agents/): the page says only that.</summary>
    public bool HeldForWorker { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            if (HeldForWorker)
            {
                // Consistent with the queue, which never lists it: nothing of the worker, only why.
                Response.StatusCode = StatusCodes.Status404NotFound;
                return Page();
            }

            // Walking ids outside one's regencies is worth an admin's eye: the page says only "not found".
            await access.RecordAsync(HttpContext, AccessActions.ViewSignUpRefused, $"id {id}", cancellationToken);
            return NotFound();
        }

        await access.RecordAsync(HttpContext, AccessActions.ViewSignUp, $"{SignUp.Reference} (id {SignUp.Id})", cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostApproveAsync(long id, string? kpj, bool konfirmasi, CancellationToken cancellationToken)
    {
        if (await scopes.ResolveAsync(User) is not { } scope)
        {
            return Challenge();
        }

        Kpj = kpj;
        var result = konfirmasi
            ? await decisions.ApproveAsync(id, kpj, scope, cancellationToken)
            : DecisionResult.Refused("Centang konfirmasi sebelum menyetujui.");
        return await AfterDecisionAsync(id, result, $"Pendaftaran {result.Reference} disetujui dengan KPJ {KpjNumber.Normalise(kpj?.Trim())}. Pekerja sudah diberi tahu.", cancellationToken);
    }

    public async Task<IActionResult> OnPostRejectAsync(long id, string? alasan, string? keterangan, bool konfirmasi, CancellationToken cancellationToken)
    {
        if (await scopes.ResolveAsync(User) is not { } scope)
        {
            return Challenge();
        }

        (Alasan, Keterangan) = (alasan, keterangan);
        var result = konfirmasi
            ? await decisions.RejectAsync(id, alasan, keterangan, scope, cancellationToken)
            : DecisionResult.Refused("Centang konfirmasi sebelum menolak.");
        return await AfterDecisionAsync(id, result, $"Pendaftaran {result.Reference} ditolak. Pekerja sudah diberi tahu.", cancellationToken);
    }

    /// <summary>?handler=audit: the sign-up's audit entries as CSV.</summary>
    public async Task<IActionResult> OnGetAuditAsync(long id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        await access.RecordAsync(HttpContext, AccessActions.ExportSignUpAudit, $"{SignUp.Reference} (id {SignUp.Id})", cancellationToken);
        var text = AuditExport.Csv(Audit);
        return File(Csv.Utf8WithBom(text), "text/csv; charset=utf-8", $"riwayat-{SignUp.Reference}.csv");
    }

    public string When(DateTimeOffset utc) => WorkerZone.Format(utc, SignUp.RegencyCode);

    private string ContributionText(SignUp signUp, Sponsor? sponsor)
    {
        try
        {
            return QuotedContribution.Describe(tariff, holidays, signUp, sponsor);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or KeyNotFoundException)
        {
            return $"{Jamsostek.Dialogs.Text.IndonesianFormat.Money(signUp.MonthlyContribution)}/bulan (rincian tidak dapat dihitung ulang dari tarif)";
        }
    }

    private async Task<IActionResult> AfterDecisionAsync(long id, DecisionResult result, string notice, CancellationToken cancellationToken)
    {
        if (result.NotFound)
        {
            return NotFound();
        }

        if (result.Succeeded)
        {
            // On to the next case of the queue (oldest first, after this one), not back to the top of the list.
            Notice = notice;
            return Redirect(await NextPendingAsync(id, cancellationToken) is { } next ? $"/petugas/pendaftaran/{next}" : "/petugas");
        }

        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Error = result.Error;
        return Page();
    }

    /// <summary>The pending sign-up after this one in queue order (oldest first), wrapping to the oldest; null when none is left.</summary>
    private async Task<long?> NextPendingAsync(long decided, CancellationToken cancellationToken)
    {
        if (await scopes.ResolveAsync(User) is not { } scope)
        {
            return null;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var pending = scope.Apply(db.SignUps.AsNoTracking()).Where(s => s.Status == Jamsostek.Dialogs.Engine.SignUpStatus.Pending && s.Id != decided);
        var current = await db.SignUps.AsNoTracking().Where(s => s.Id == decided).Select(s => new { s.CreatedAt, s.Id }).SingleAsync(cancellationToken);
        var after = await pending.Where(s => s.CreatedAt > current.CreatedAt || (s.CreatedAt == current.CreatedAt && s.Id > current.Id))
            .OrderBy(s => s.CreatedAt).ThenBy(s => s.Id).Select(s => (long?)s.Id).FirstOrDefaultAsync(cancellationToken);
        return after ?? await pending.OrderBy(s => s.CreatedAt).ThenBy(s => s.Id).Select(s => (long?)s.Id).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>
    /// The lines of this sign-up's own registration attempt; the chat's lines outside any registration (questions,
    /// status, handoff) only when the officer may see every sign-up of that chat, as they may be about any of them.
    /// Lines of another person's attempt, submitted or not, are never shown here.
    /// </summary>
    private static async Task<List<ConversationMessage>> TranscriptAsync(BotDbContext db, SignUp signUp, OfficerScope scope, CancellationToken cancellationToken)
    {
        var regencies = await db.SignUps.AsNoTracking()
            .Where(s => s.Channel == signUp.Channel && s.ChatId == signUp.ChatId)
            .Select(s => s.RegencyCode).Distinct()
            .ToListAsync(cancellationToken);
        var seesWholeChat = regencies.All(scope.Allows);
        var session = signUp.RegistrationSession;
        var lines = db.ConversationMessages.AsNoTracking()
            .Where(m => m.Channel == signUp.Channel && m.ChatId == signUp.ChatId)
            .Where(m => (session != null && m.SessionId == session) || (seesWholeChat && m.SessionId == null));
        var latest = await lines.OrderByDescending(m => m.At).ThenByDescending(m => m.Id).Take(TranscriptLimit).ToListAsync(cancellationToken);
        latest.Reverse();
        return latest;
    }

    private async Task<bool> LoadAsync(long id, CancellationToken cancellationToken)
    {
        if (await scopes.ResolveAsync(User) is not { } scope)
        {
            return false;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var signUp = await scope.Apply(db.SignUps.AsNoTracking()).SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (signUp is null)
        {
            return false;
        }

        if (signUp.Status == Jamsostek.Dialogs.Engine.SignUpStatus.Held)
        {
            HeldForWorker = true;
            return false;
        }

        SignUp = signUp;
        Sponsor = signUp.Source is null ? null : await db.Sponsors.AsNoTracking().SingleOrDefaultAsync(s => s.Code == signUp.Source, cancellationToken);
        Audit = await db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == nameof(SignUps.SignUp) && a.EntityId == signUp.Reference)
            .OrderBy(a => a.At).ThenBy(a => a.Id).ToListAsync(cancellationToken);
        Transcript = await TranscriptAsync(db, signUp, scope, cancellationToken);
        var chats = await db.SignUpChats.AsNoTracking().Where(c => c.SignUpId == signUp.Id && c.ConfirmedAt != null)
            .Select(c => new { c.Channel, c.ChatId }).ToListAsync(cancellationToken);
        Undelivered = await Outbox.UndeliveredMessages.OfChatsAsync(
            db, [(signUp.Channel, signUp.ChatId), .. chats.Select(c => (c.Channel, c.ChatId))], cancellationToken);
        Checks = await checks.RunAsync(signUp, cancellationToken);
        Contribution = ContributionText(signUp, Sponsor);
        return true;
    }
}
