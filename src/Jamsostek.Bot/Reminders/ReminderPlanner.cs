using Jamsostek.Bot.Data;
using Jamsostek.Bot.Outbox;
using Jamsostek.Bpu;
using Jamsostek.Dialogs.Engine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Jamsostek.Bot.Reminders;

/// <summary>
/// One planning pass: for every member with something to pay themselves (a sponsored member: the JHT they added) with reminders on, whose local time is inside the window,
/// the reminders of their local day are written to the ledger together with their outbox message. The
/// ledger's unique (member, month, kind) makes passes repeatable and concurrent passes harmless.
/// </summary>
public sealed class ReminderPlanner(
    IDbContextFactory<BotDbContext> dbFactory,
    ContributionSchedule schedule,
    ReminderTexts texts,
    IOptions<RemindersOptions> options,
    OutboxSignal outboxSignal,
    TimeProvider time,
    ILogger<ReminderPlanner> logger,
    Observability.BotMetrics? metrics = null)
{
    // A compiled query is bound to one EF model, and the model holds the field cipher (one per key ring): one query per model.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Microsoft.EntityFrameworkCore.Metadata.IModel, Func<BotDbContext, long, int, IAsyncEnumerable<MemberScheduleRow>>> Compiled = [];

    private static IAsyncEnumerable<MemberScheduleRow> MembersAfter(BotDbContext db, long after, int take) =>
        Compiled.GetValue(db.Model, _ => Compile())(db, after, take);

    private static Func<BotDbContext, long, int, IAsyncEnumerable<MemberScheduleRow>> Compile() =>
        EF.CompileAsyncQuery((BotDbContext db, long after, int take) => db.Members.AsNoTracking()
            .Where(m => m.Id > after && (!m.Sponsored || m.SelfPaidPrograms != null) && m.RemindersOn)
            .OrderBy(m => m.Id)
            .Take(take)
            .Select(m => new MemberScheduleRow(m.Id, m.Kpj, m.Sponsored ? m.SelfPaidPrograms! : m.Programs, m.PaymentPeriodMonths, m.MonthlyIncome, m.Occupation,
                m.FirstContributionMonth, m.PaidThrough, m.TimeZone, m.Channel, m.ChatId)));

    /// <summary>The recurring job's entry point: a pass at the current instant.</summary>
    public Task<IReadOnlyList<PlannedReminder>> RunAsync(CancellationToken cancellationToken = default) =>
        PlanAsync(time.GetUtcNow(), cancellationToken);

    public async Task<IReadOnlyList<PlannedReminder>> PlanAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        var queued = new List<PlannedReminder>();
        var after = 0L;
        while (true)
        {
            var batch = new List<MemberScheduleRow>(settings.BatchSize);
            await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
            {
                await foreach (var row in MembersAfter(db, after, settings.BatchSize).WithCancellation(cancellationToken))
                {
                    batch.Add(row);
                }
            }

            if (batch.Count == 0)
            {
                break;
            }

            after = batch[^1].Id;
            var due = DueToday(batch, now, settings);
            if (due.Count > 0)
            {
                await QueueAsync(due, now, settings, queued, cancellationToken);
            }
        }

        metrics?.RemindersPlanned(queued.Count);
        if (queued.Count > 0)
        {
            outboxSignal.Poke();
            logger.LogInformation("Reminder planning queued {Count} reminders", queued.Count);
        }

        return queued;
    }

    private List<(MemberScheduleRow Member, DueReminder Due)> DueToday(List<MemberScheduleRow> batch, DateTimeOffset now, RemindersOptions settings)
    {
        var due = new List<(MemberScheduleRow, DueReminder)>();
        foreach (var member in batch)
        {
            var local = member.Zone.ToLocal(now);
            if (!settings.InWindow(local.TimeOfDay))
            {
                continue; // queued at a decent local hour only; a later pass the same day picks it up
            }

            foreach (var reminder in schedule.RemindersOn(member.Terms(), DateOnly.FromDateTime(local.DateTime)))
            {
                due.Add((member, reminder));
            }
        }

        return due;
    }

    private async Task QueueAsync(List<(MemberScheduleRow Member, DueReminder Due)> due, DateTimeOffset now, RemindersOptions settings, List<PlannedReminder> queued, CancellationToken cancellationToken)
    {
        var ids = due.Select(d => d.Member.Id).Distinct().ToList();
        var pausedSince = now.AddDays(-settings.ClaimPauseDays);
        HashSet<(long, DateOnly, string)> existing;
        HashSet<(long, DateOnly)> paused;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            var oldest = due.Min(d => d.Due.ContributionMonth);
            existing = (await db.Reminders.AsNoTracking()
                    .Where(r => ids.Contains(r.MemberId) && r.ContributionMonth >= oldest)
                    .Select(r => new { r.MemberId, r.ContributionMonth, r.Kind })
                    .ToListAsync(cancellationToken))
                .Select(r => (r.MemberId, r.ContributionMonth, r.Kind)).ToHashSet();
            paused = (await db.PaymentClaims.AsNoTracking()
                    .Where(c => ids.Contains(c.MemberId) && c.ClosedAt == null && c.ClaimedAt > pausedSince)
                    .Select(c => new { c.MemberId, c.ContributionMonth })
                    .ToListAsync(cancellationToken))
                .Select(c => (c.MemberId, c.ContributionMonth)).ToHashSet();
        }

        var fresh = due.Where(d => !existing.Contains((d.Member.Id, d.Due.ContributionMonth, d.Due.Kind))
            && !paused.Contains((d.Member.Id, d.Due.ContributionMonth))).ToList();
        if (fresh.Count == 0)
        {
            return;
        }

        try
        {
            await SaveAsync(fresh, now, cancellationToken);
            queued.AddRange(fresh.Select(d => Planned(d.Member, d.Due, now)));
        }
        catch (System.Data.Common.DbException ex) when (DbErrors.IsUniqueViolation(ex))
        {
            // Another pass wrote some of these meanwhile: the batch was rolled back, so write one at a time.
            foreach (var item in fresh)
            {
                try
                {
                    await SaveAsync([item], now, cancellationToken);
                    queued.Add(Planned(item.Member, item.Due, now));
                }
                catch (System.Data.Common.DbException one) when (DbErrors.IsUniqueViolation(one))
                {
                    // already in the ledger: queued by the other pass
                }
            }
        }
    }

    private async Task SaveAsync(IReadOnlyList<(MemberScheduleRow Member, DueReminder Due)> items, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var ids = items.Select(i => i.Member.Id).Distinct().ToList();
        var people = await db.Members.AsNoTracking().Where(m => ids.Contains(m.Id))
            .Select(m => new { m.Id, m.FullName, m.SignUpId }).ToDictionaryAsync(m => m.Id, cancellationToken);
        var names = people.ToDictionary(p => p.Key, p => p.Value.FullName);

        // A member who has written since from another app (SignUps/Chats) is reminded on the chat they used last.
        var lastUsed = await SignUps.Chats.SignUpChats.LastUsedAsync(
            db, [.. items.Select(i => (people[i.Member.Id].SignUpId, i.Member.Channel, i.Member.ChatId))], cancellationToken);
        (string Channel, string ChatId) ChatOf(MemberScheduleRow m) => lastUsed.GetValueOrDefault(people[m.Id].SignUpId, (m.Channel, m.ChatId));
        var rows = items.Select(item => (
            new Reminder
            {
                MemberId = item.Member.Id,
                ContributionMonth = item.Due.ContributionMonth,
                Kind = item.Due.Kind,
                DueDate = item.Due.DueDate,
                Amount = item.Due.Amount,
                SendAt = now,
            },
            ReminderNotice.Tag(
                OutboxChoices.ToOutbox(Reply.Plain(texts.Render(item.Due, item.Member.Kpj)), ChatOf(item.Member).Channel, ChatOf(item.Member).ChatId, turnMessageId: null, now),
                names.GetValueOrDefault(item.Member.Id, string.Empty), item.Member.Kpj, item.Due))).ToList();
        await LedgerWriter.WriteAsync(db, rows, cancellationToken); // one transaction: ledger rows and their messages together
    }

    private static PlannedReminder Planned(MemberScheduleRow member, DueReminder due, DateTimeOffset now) =>
        new(member.Id, member.Kpj, due.Kind, due.ContributionMonth, due.DueDate, now, member.Zone.ToLocal(now), due.Amount);
}
