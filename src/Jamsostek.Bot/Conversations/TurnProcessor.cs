using Jamsostek.Bot.Data;
using Jamsostek.Bot.Outbox;
using Jamsostek.Bot.Shared;
using Jamsostek.Bot.SignUps;
using Jamsostek.Dialogs.Engine;
using Microsoft.EntityFrameworkCore;

namespace Jamsostek.Bot.Conversations;

/// <summary>
/// Runs one turn (docs/architecture.md, "A message's path", step 3): first outside any transaction, reading without
/// tracking, the dedupe check, the chat's rows and the engine; then only the inserts and updates (dedupe mark, effects,
/// state, transcript, outbox) in the transaction shared with other chats' turns (<see cref="TurnWriter"/>, group
/// commit, <see cref="PreparedTurn"/>); the outcome is returned only after it committed. Nothing is sent here. One chat
/// at a time in this process (<see cref="KeyedAsyncLock"/>); across processes the conversation's concurrency token
/// makes a turn computed on a stale state start again.
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
    Microsoft.Extensions.Options.IOptions<Reminders.RemindersOptions>? reminders = null,
    Observability.BotMetrics? metrics = null,
    ITurnInterceptor? interceptor = null)
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
        ProcessAsync(message, sendingAs: null, heldChat: null, cancellationToken);

    /// <summary>The key of a chat in <see cref="KeyedAsyncLock"/>: a channel that serialises more than the turn takes it itself.</summary>
    public static string ChatKey(string channel, string chatId) => $"{channel}\n{chatId}";

    /// <param name="message">The inbound message.</param>
    /// <param name="sendingAs">
    /// A lease holder that will send the replies itself right after the commit: the turn's outbox rows are written leased
    /// to it (<see cref="TurnOutcome.ClaimedReplies"/>) unless older replies of the chat still wait, which go first.
    /// </param>
    /// <param name="heldChat">
    /// The chat's lock when the caller already holds it (Telegram holds it over the whole update, the direct send included);
    /// null: the turn takes it.
    /// </param>
    /// <param name="cancellationToken">Stops waiting (a turn that started still commits or rolls back whole).</param>
    public async Task<TurnOutcome> ProcessAsync(InboundMessage message, string? sendingAs, KeyedAsyncLock.Holder? heldChat, CancellationToken cancellationToken)
    {
        var key = ChatKey(message.Channel, message.ChatId);
        if (heldChat is not null && heldChat.Key != key)
        {
            throw new ArgumentException("The lock held is another chat's.", nameof(heldChat));
        }

        var started = time.GetTimestamp();
        var outcome = await ProcessOnceLockedAsync(message, sendingAs, key, heldChat, cancellationToken);
        metrics?.TurnCompleted(message.Channel, outcome.Status, time.GetElapsedTime(started));
        return outcome;
    }

    private async Task<TurnOutcome> ProcessOnceLockedAsync(InboundMessage message, string? sendingAs, string key, KeyedAsyncLock.Holder? heldChat, CancellationToken cancellationToken)
    {
        using var chatLock = heldChat is null ? await chatLocks.AcquireAsync(key, cancellationToken) : null;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                TurnOutcome outcome;
                bool erased;
                if (attempt == 1)
                {
                    PreparedTurn? turn;
                    await using (var read = await dbFactory.CreateDbContextAsync(cancellationToken))
                    {
                        if (!await TryOpenAsync(read, message, cancellationToken))
                        {
                            return new TurnOutcome(TurnStatus.NotCommitted, null, null);
                        }

                        (turn, var duplicate) = await PrepareAsync(read, message, sendingAs, cancellationToken);
                        if (turn is null)
                        {
                            return duplicate!;
                        }
                    }

                    (outcome, erased) = await writer.WriteAsync((db, token) => turn.WriteAsync(db, texts, privacy, sendingAs, token), cancellationToken);
                }
                else
                {
                    // The state read was stale (another process wrote the chat): compute it again inside the transaction,
                    // where nobody can change it before the write, so a chat busy in two processes still moves on.
                    (outcome, erased) = await writer.WriteAsync(
                        async (db, token) => await PrepareAsync(db, message, sendingAs, token) is (PreparedTurn turn, _)
                            ? await turn.WriteAsync(db, texts, privacy, sendingAs, token)
                            : (await DuplicateAsync(db, message, token), false),
                        cancellationToken);
                }

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

    /// <summary>
    /// Opens the read's connection (it then stays open for the read's queries). A database that cannot be reached has
    /// taught the turn nothing: no apology ("send it again") is queued, the channel gets the same message delivered again
    /// and the worker the real answer; an apology would also race the database coming back.
    /// </summary>
    private async Task<bool> TryOpenAsync(BotDbContext read, InboundMessage message, CancellationToken cancellationToken)
    {
        try
        {
            await read.Database.OpenConnectionAsync(cancellationToken);
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError("Database unreachable for a turn on {Channel}; the message is left for redelivery: {Error}",
                message.Channel, PersonalData.Describe(ex));
            return false;
        }
    }

    /// <summary>
    /// The turn before the write lock: dedupe check, the chat's rows read without tracking, the NIK limit, the engine (its
    /// lookups read the same way). A message handled before comes back as the Duplicate outcome, with nothing to write.
    /// </summary>
    private async Task<(PreparedTurn? Turn, TurnOutcome? Duplicate)> PrepareAsync(BotDbContext db, InboundMessage message, string? sendingAs, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
        // A chat seen before (every turn but its first) is read in one query; a first turn row by row.
        var snapshot = await ChatSnapshot.ReadAsync(db, message, cancellationToken);
        if (snapshot?.Handled ?? await db.ProcessedMessages.AnyAsync(m => m.Channel == message.Channel && m.MessageId == message.MessageId, cancellationToken))
        {
            return (null, await DuplicateAsync(db, message, cancellationToken));
        }

        var read = snapshot?.Conversation;
        var conversation = read ?? new Conversation { Channel = message.Channel, ChatId = message.ChatId, UpdatedAt = now };
        var participant = snapshot is null
            ? await db.Participants.SingleOrDefaultAsync(p => p.Channel == message.Channel && p.ChatId == message.ChatId, cancellationToken)
            : snapshot.Participant;
        var mayClaim = sendingAs is not null && !(snapshot?.RepliesWaiting ?? await db.OutboxMessages.AnyAsync(
            m => m.Channel == message.Channel && m.ChatId == message.ChatId && m.SentAt == null && m.AbandonedAt == null, cancellationToken));

        var nik = await privacy.CheckNikEntryAsync(db, message, conversation.StepId, now, cancellationToken);
        TurnResult? result = null;
        if (nik?.Refusal is null)
        {
            var state = ConversationStateMapper.ToState(conversation);
            var context = new TurnContext(now, new DbDialogLookups(db, message.Channel, message.ChatId, schedule, now, reminderSettings), () => NextReference(db, message, state));
            result = interceptor is null
                ? engine.Handle(state, message.Input, context)
                : await interceptor.HandleAsync(db, message, state, (s, input) => engine.Handle(s, input, context), cancellationToken);
        }

        return (new PreparedTurn
        {
            Message = message,
            Now = now,
            Conversation = conversation,
            ConversationIsNew = read is null,
            Participant = participant ?? new Participant { Channel = message.Channel, ChatId = message.ChatId, CreatedAt = now },
            ParticipantIsNew = participant is null,
            MayClaim = mayClaim,
            ContactKeyboardShown = snapshot?.ContactKeyboardShown,
            NikEntry = nik,
            Result = result,
        }, null);
    }

    /// <summary>
    /// A corrected sign-up sent after a rejection keeps the rejected row and its reference (EffectApplier), so the
    /// engine must quote that reference to the worker, not a fresh one that no officer or agent could find. A
    /// registration for someone else never takes over that row (<see cref="RejectedSignUps.Continued"/>): a fresh one.
    /// </summary>
    private string NextReference(BotDbContext db, InboundMessage message, ConversationState state)
    {
        // Read only when the turn submits (TurnContext makes it lazily), inside the engine's synchronous lookups.
        var own = RejectedSignUps.OwnNewestFirst(db.SignUps.AsNoTracking(), message.Channel, message.ChatId).ToList();
        return RejectedSignUps.Continued(own, state.Source, RegistrationFor.IsSomeoneElse(state))?.Reference ?? references.Next();
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
