using Jamsostek.Bot.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Jamsostek.Bot.Privacy;

/// <summary>
/// Applies <see cref="RetentionOptions"/>: deletes or clears what has outlived its period, in bounded batches.
/// It knows nothing of its schedule (a Hangfire recurring job, see Reminders/RecurringJobsRegistrar). Sign-ups are never touched.
/// </summary>
public sealed class RetentionJob(IDbContextFactory<BotDbContext> dbFactory, IOptions<RetentionOptions> options, TimeProvider time, ILogger<RetentionJob> logger)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var o = options.Value;
        var now = time.GetUtcNow();
        var drafts = now.AddDays(-o.AbandonedRegistrationDays);
        var transcripts = now.AddDays(-o.TranscriptDays);
        var outbox = now.AddDays(-o.SentOutboxDays);
        var keys = now.AddDays(-o.ProcessedKeyDays);

        var draftsCleared = await ClearAbandonedDraftsAsync(drafts, cancellationToken);
        // Lines of an attempt that never became a sign-up: nobody reads them, and they may hold a NIK or name.
        var draftLines = await DeleteAsync(db => db.ConversationMessages.Where(m =>
            m.At < drafts && m.SessionId != null && !db.SignUps.Any(s => s.RegistrationSession == m.SessionId)), cancellationToken);
        var lines = await DeleteAsync(db => db.ConversationMessages.Where(m => m.At < transcripts), cancellationToken);
        var replies = await DeleteAsync(db => db.OutboxMessages.Where(m => m.SentAt < outbox || m.AbandonedAt < outbox), cancellationToken);
        var processed = await DeleteAsync(db => db.ProcessedMessages.Where(m => m.ProcessedAt < keys), cancellationToken);
        var nikEntries = await DeleteAsync(db => db.NikEntries.Where(e => e.At < transcripts), cancellationToken);
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            await DatabaseCheckpoint.FlushAsync(db, logger, cancellationToken);
        }

        logger.LogInformation(
            "Retention: {Drafts} abandoned registrations cleared, {DraftLines} of their transcript lines, {Lines} old transcript lines, {Replies} old replies, {Keys} processed-message keys and {NikEntries} NIK entry counts deleted",
            draftsCleared, draftLines, lines, replies, processed, nikEntries);
    }

    /// <summary>
    /// A conversation idle in a flow for the whole period: its saved answers go and it starts afresh. Saved through
    /// the context, so the concurrency token keeps a turn arriving at that very moment from being overwritten.
    /// </summary>
    private async Task<int> ClearAbandonedDraftsAsync(DateTimeOffset before, CancellationToken cancellationToken)
    {
        var total = 0;
        var lastId = 0L;
        while (true)
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var batch = await db.Conversations
                .Where(c => c.Id > lastId && c.UpdatedAt < before && (c.FlowId != null || c.SlotsJson != null || c.Pending != null))
                .OrderBy(c => c.Id).Take(options.Value.BatchSize)
                .ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                return total;
            }

            // SlotsJson is encrypted, so "has answers" is decided here: a conversation already empty saves nothing.
            foreach (var c in batch)
            {
                (c.FlowId, c.StepId, c.FlowVersion, c.SlotsJson, c.TrailJson, c.Attempts, c.Pending, c.RegistrationSession) = (null, null, 0, "{}", "[]", 0, null, null);
            }

            try
            {
                total += await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                // a turn of one of these chats just ran: the next run looks at them again
            }

            lastId = batch[^1].Id;
        }
    }

    /// <summary>Deletes the query's rows a batch at a time (by id), so no statement runs long.</summary>
    private async Task<int> DeleteAsync<T>(Func<BotDbContext, IQueryable<T>> expired, CancellationToken cancellationToken)
        where T : class
    {
        var total = 0;
        while (true)
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var ids = await expired(db)
                .OrderBy(x => EF.Property<long>(x, "Id"))
                .Select(x => EF.Property<long>(x, "Id"))
                .Take(options.Value.BatchSize)
                .ToListAsync(cancellationToken);
            if (ids.Count == 0)
            {
                return total;
            }

            total += await db.Set<T>().Where(x => ids.Contains(EF.Property<long>(x, "Id"))).ExecuteDeleteAsync(cancellationToken);
            if (ids.Count < options.Value.BatchSize)
            {
                return total;
            }
        }
    }
}
