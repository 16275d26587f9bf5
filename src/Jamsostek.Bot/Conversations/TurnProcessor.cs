using Jamsostek.Bot.Data;
using Jamsostek.Bot.Outbox;
using Jamsostek.Bot.Shared;
using Jamsostek.Bot.SignUps;
using Jamsostek.Dialogs.Engine;
using Microsoft.EntityFrameworkCore;

namespace Jamsostek.Bot.Conversations;

/// <summary>
/// Runs one turn in one transaction (docs/architecture.md, "A message's path", step 3): dedupe, load, engine,
/// effects, state, outbox, commit. Nothing is sent here. The transaction is shared with other chats' turns
/// (<see cref="TurnWriter"/>, group commit); the outcome is returned only after it committed. One chat at a time
/// in this process; across processes the conversation's concurrency token makes a losing turn start again.
/// </summary>
public sealed class TurnProcessor(
    IDbContextFactory<BotDbContext> dbFactory,
    TurnWriter writer,
    IConversationEngine engine,
    TimeProvider time,
    IReferenceGenerator references,
    KeyedAsyncLock chatLocks,
    HostTexts texts,
    ITurnPrivacy privacy,
    ILogger<TurnProcessor> logger,
    Jamsostek.Bpu.ContributionSchedule? schedule = null,
    Microsoft.Extensions.Options.IOptions<Reminders.RemindersOptions>? reminders = null)
{
    private readonly ReminderSettingsView reminderSettings = reminders?.Value is { } r
        ? new ReminderSettingsView(r.ClaimPauseDays, r.WindowStartHour, r.WindowEndHour)
        : ReminderSettingsView.Default;

    public const string Apology =
        "Maaf, ada gangguan di sistem kami. Jawaban Anda sebelumnya tetap tersimpan. Silakan kirim lagi pesan terakhir Anda.";

    public const int MaxAttempts = 5;

    /// <summary>How long a turn's replies stay leased to the request that sends them (as a dispatcher's lease).</summary>
    public static readonly TimeSpan OutboxLeaseDuration = TimeSpan.FromMinutes(2);

    public Task<TurnOutcome> ProcessAsync(InboundMessage message, CancellationToken cancellationToken = default) =>
        ProcessAsync(message, sendingAs: null, cancellationToken);

    /// <param name="message">The inbound message.</param>
    /// <param name="sendingAs">
    /// A lease holder that will send the replies itself right after the commit: the turn's outbox rows are written leased
    /// to it (<see cref="TurnOutcome.ClaimedReplies"/>) unless older replies of the chat still wait, which go first.
    /// </param>
    /// <param name="cancellationToken">Stops waiting (a turn that started still commits or rolls back whole).</param>
    public async Task<TurnOutcome> ProcessAsync(InboundMessage message, string? sendingAs, CancellationToken cancellationToken)
    {
        using var chatLock = await chatLocks.AcquireAsync($"{message.Channel}\n{message.ChatId}", cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var (outcome, erased) = await writer.WriteAsync((db, token) => RunOnceAsync(db, message, sendingAs, token), cancellationToken);
                if (erased)
                {
                    await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
                    await DatabaseCheckpoint.FlushAsync(db, logger, cancellationToken);
                }

                return outcome;
            }
            catch (Exception ex) when (attempt < MaxAttempts && IsRetryable(ex))
            {
                logger.LogInformation("Turn on {Channel} lost a race ({Error}); attempt {Attempt} of {Max} starts again",
                    message.Channel, ex.GetType().Name, attempt + 1, MaxAttempts);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError("Turn failed on {Channel} chat {ChatId} message {MessageId}: {Error}",
                    message.Channel, PersonalData.Mask(message.ChatId), PersonalData.Mask(message.MessageId), PersonalData.Describe(ex));
                return await ApologiseAsync(message, cancellationToken);
            }
        }
    }

    /// <summary>The turn inside the writer's transaction; true with the outcome when personal data was erased.</summary>
    private async Task<(TurnOutcome Outcome, bool Erased)> RunOnceAsync(BotDbContext db, InboundMessage message, string? sendingAs, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();

        if (!await TryMarkProcessedAsync(db, message, now, cancellationToken))
        {
            return (await DuplicateAsync(db, message, cancellationToken), false);
        }

        var conversation = await db.Conversations.SingleOrDefaultAsync(c => c.Channel == message.Channel && c.ChatId == message.ChatId, cancellationToken)
            ?? db.Conversations.Add(new Conversation { Channel = message.Channel, ChatId = message.ChatId, UpdatedAt = now }).Entity;
        var participant = await db.Participants.SingleOrDefaultAsync(p => p.Channel == message.Channel && p.ChatId == message.ChatId, cancellationToken)
            ?? db.Participants.Add(new Participant { Channel = message.Channel, ChatId = message.ChatId, CreatedAt = now }).Entity;

        // A person who blocked the bot and now writes again has unblocked it: reach them again.
        participant.Unreachable = false;

        if (await privacy.CheckNikEntryAsync(db, message, conversation.StepId, now, cancellationToken) is { } refusal)
        {
            // Over the limit the NIK is not read: no lookup, no transcript line, the step stays where it was.
            var refusalRow = db.OutboxMessages.Add(OutboxChoices.ToOutbox(Reply.Plain(refusal), message.Channel, message.ChatId, message.MessageId, now)).Entity;
            db.ConversationMessages.Add(new ConversationMessage { Channel = message.Channel, ChatId = message.ChatId, Direction = ConversationMessage.Outbound, Text = refusal, At = now, SessionId = conversation.RegistrationSession });
            var claimedRefusal = await ClaimAsync(db, message, [refusalRow], sendingAs, now, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return (new TurnOutcome(TurnStatus.Handled, conversation.FlowId, conversation.StepId) { ClaimedReplies = IdsOf(claimedRefusal) }, false);
        }

        var sessionBefore = conversation.RegistrationSession;
        var context = new TurnContext(now, new DbDialogLookups(db, message.Channel, message.ChatId, schedule, now, reminderSettings), await NextReferenceAsync(db, message, cancellationToken));
        var result = engine.Handle(ConversationStateMapper.ToState(conversation), message.Input, context);
        var session = RegistrationSession.Next(sessionBefore, result);
        var lineSession = session ?? sessionBefore;

        var notes = new List<string>();
        foreach (var effect in result.Effects)
        {
            notes.AddRange(await EffectApplier.ApplyAsync(db, participant, effect, now, lineSession, texts, privacy, cancellationToken));
        }

        ConversationStateMapper.Apply(result.State, conversation, now);
        conversation.RegistrationSession = session;
        var entry = db.Entry(conversation);
        if (entry.State == EntityState.Unchanged)
        {
            entry.State = EntityState.Modified; // always check (and renew) the concurrency token
        }

        // The transcript officers read on the detail page: what the worker sent, then each reply.
        var inboundText = message.Input.Text ?? (message.Input.Kind == InputKind.Text ? null : $"[{message.Input.Kind.ToString().ToLowerInvariant()}]");
        // A discarded draft keeps nothing typed for it, this turn's line included (a refused NIK).
        if (!string.IsNullOrEmpty(inboundText) && !result.Effects.Any(e => e is DraftDiscardedEffect))
        {
            db.ConversationMessages.Add(new ConversationMessage { Channel = message.Channel, ChatId = message.ChatId, Direction = ConversationMessage.Inbound, Text = inboundText, At = now, SessionId = lineSession });
        }

        // The transcript keeps each reply as the flow wrote it; the chat gets them joined where one message fits.
        foreach (var reply in result.Replies.Concat(notes.Select(n => Reply.Plain(n))))
        {
            db.ConversationMessages.Add(new ConversationMessage { Channel = message.Channel, ChatId = message.ChatId, Direction = ConversationMessage.Outbound, Text = reply.Text, At = now, SessionId = lineSession });
        }

        var rows = ReplyJoiner.Join(result.Replies).Concat(notes.Select(n => Reply.Plain(n)))
            .Select(reply => db.OutboxMessages.Add(OutboxChoices.ToOutbox(reply, message.Channel, message.ChatId, message.MessageId, now)).Entity)
            .ToList();
        var claimed = await ClaimAsync(db, message, rows, sendingAs, now, cancellationToken);

        await db.SaveChangesAsync(cancellationToken);
        var outcome = new TurnOutcome(TurnStatus.Handled, result.State.FlowId, result.State.StepId) { ClaimedReplies = IdsOf(claimed) };
        return (outcome, result.Effects.Any(e => e is DeletePersonalDataEffect));
    }

    /// <summary>
    /// Leases the turn's new rows to <paramref name="sendingAs"/> (no extra write: they are inserted so), unless older
    /// replies of the chat are still unsent: then the outbox's passes send everything in order.
    /// </summary>
    private static async Task<IReadOnlyList<OutboxMessage>> ClaimAsync(
        BotDbContext db, InboundMessage message, List<OutboxMessage> rows, string? sendingAs, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (sendingAs is null || rows.Count == 0 || await db.OutboxMessages.AnyAsync(
            m => m.Channel == message.Channel && m.ChatId == message.ChatId && m.SentAt == null && m.AbandonedAt == null, cancellationToken))
        {
            return [];
        }

        foreach (var row in rows)
        {
            row.ClaimedBy = sendingAs;
            row.ClaimedUntil = now + OutboxLeaseDuration;
        }

        return rows;
    }

    // Array.Empty when nothing was leased, so outcomes still compare equal as records.
    private static long[] IdsOf(IReadOnlyList<OutboxMessage> rows) => rows.Count == 0 ? [] : rows.Select(r => r.Id).ToArray();

    /// <summary>
    /// A corrected sign-up sent after a rejection keeps the rejected row and its reference (EffectApplier), so the
    /// engine must quote that reference to the worker, not a fresh one that no officer or 175 agent could find.
    /// </summary>
    private async Task<string> NextReferenceAsync(BotDbContext db, InboundMessage message, CancellationToken cancellationToken)
    {
        var latest = await db.SignUps
            .Where(s => s.Channel == message.Channel && s.ChatId == message.ChatId)
            .OrderByDescending(s => s.CreatedAt).ThenByDescending(s => s.Id)
            .Select(s => new { s.Status, s.Reference })
            .FirstOrDefaultAsync(cancellationToken);
        return latest is { Status: SignUpStatus.Rejected } ? latest.Reference : references.Next();
    }

    /// <summary>Inserts the ProcessedMessage row; false when the message id was handled before.</summary>
    private static async Task<bool> TryMarkProcessedAsync(BotDbContext db, InboundMessage message, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (await db.ProcessedMessages.AnyAsync(m => m.Channel == message.Channel && m.MessageId == message.MessageId, cancellationToken))
        {
            return false;
        }

        var row = db.ProcessedMessages.Add(new ProcessedMessage { Channel = message.Channel, MessageId = message.MessageId, ProcessedAt = now });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException ex) when (DbErrors.IsUniqueViolation(ex))
        {
            row.State = EntityState.Detached;
            return false;
        }
    }

    private async Task<TurnOutcome> DuplicateAsync(BotDbContext db, InboundMessage message, CancellationToken cancellationToken)
    {
        logger.LogDebug("Message {MessageId} on {Channel} was handled before", PersonalData.Mask(message.MessageId), message.Channel);
        var where = await db.Conversations.AsNoTracking()
            .Where(c => c.Channel == message.Channel && c.ChatId == message.ChatId)
            .Select(c => new { c.FlowId, c.StepId })
            .SingleOrDefaultAsync(cancellationToken);
        return new TurnOutcome(TurnStatus.Duplicate, where?.FlowId, where?.StepId);
    }

    /// <summary>After a rolled-back turn: one apology, in its own small transaction; the saved answers stay as they were.</summary>
    private async Task<TurnOutcome> ApologiseAsync(InboundMessage message, CancellationToken cancellationToken)
    {
        try
        {
            var duplicate = await writer.WriteAsync<TurnOutcome?>(
                async (db, token) =>
                {
                    var now = time.GetUtcNow();
                    if (!await TryMarkProcessedAsync(db, message, now, token))
                    {
                        return await DuplicateAsync(db, message, token);
                    }

                    db.OutboxMessages.Add(OutboxChoices.ToOutbox(Reply.Plain(Apology), message.Channel, message.ChatId, message.MessageId, now));
                    await db.SaveChangesAsync(token);
                    return null;
                },
                cancellationToken);
            if (duplicate is not null)
            {
                return duplicate;
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogCritical("Could not queue the apology on {Channel}: {Error}", message.Channel, PersonalData.Describe(ex));
            var (lastFlow, lastStep) = await WhereAsync(message, cancellationToken);
            return new TurnOutcome(TurnStatus.NotCommitted, lastFlow, lastStep);
        }

        var (flowId, stepId) = await WhereAsync(message, cancellationToken);
        return new TurnOutcome(TurnStatus.Failed, flowId, stepId);
    }

    private async Task<(string? FlowId, string? StepId)> WhereAsync(InboundMessage message, CancellationToken cancellationToken)
    {
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var where = await db.Conversations.AsNoTracking()
                .Where(c => c.Channel == message.Channel && c.ChatId == message.ChatId)
                .Select(c => new { c.FlowId, c.StepId })
                .SingleOrDefaultAsync(cancellationToken);
            return (where?.FlowId, where?.StepId);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError("Could not read the conversation on {Channel}: {Error}", message.Channel, PersonalData.Describe(ex));
            return (null, null);
        }
    }

    private static bool IsRetryable(Exception exception) => exception switch
    {
        TurnBatchAbortedException => true,
        DbUpdateConcurrencyException => true,
        DbUpdateException update when DbErrors.IsUniqueViolation(update) => true,
        _ => DbErrors.IsBusy(exception),
    };
}
