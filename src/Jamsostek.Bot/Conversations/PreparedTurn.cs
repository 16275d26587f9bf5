using Jamsostek.Bot.Data;
using Jamsostek.Bot.Outbox;
using Jamsostek.Dialogs.Engine;
using Microsoft.EntityFrameworkCore;

namespace Jamsostek.Bot.Conversations;

/// <summary>
/// A turn computed before the write lock (<see cref="TurnProcessor"/> reads without tracking and runs the engine), holding
/// what it read; <see cref="WriteAsync"/> then only inserts and updates inside the shared transaction. The conversation
/// is written with the Version it was read with, so a turn computed on a state another process changed meanwhile fails
/// its UPDATE (a concurrency error) and is computed again; a chat seen for the first time by two processes meets the
/// unique index instead. Effects (a sign-up, an erasure, a handoff) still read what they need inside the transaction.
/// </summary>
internal sealed class PreparedTurn
{
    public required InboundMessage Message { get; init; }

    public required DateTimeOffset Now { get; init; }

    /// <summary>As read (not tracked), or new; its state is applied only inside the transaction.</summary>
    public required Conversation Conversation { get; init; }

    public required bool ConversationIsNew { get; init; }

    public required Participant Participant { get; init; }

    public required bool ParticipantIsNew { get; init; }

    public NikEntryCheck? NikEntry { get; init; }

    /// <summary>The engine's result; null when the NIK limit refused the entry (the engine did not run).</summary>
    public TurnResult? Result { get; init; }

    /// <summary>Whether the replies may be leased to the request (no older reply of the chat waits).</summary>
    public required bool MayClaim { get; init; }

    /// <summary>Whether the chat's latest reply sent showed the request_contact keyboard; null when not read (a first turn).</summary>
    public bool? ContactKeyboardShown { get; init; }

    /// <summary>The turn's rows, inside the caller's transaction; true with the outcome when personal data was erased.</summary>
    public async Task<(TurnOutcome Outcome, bool Erased)> WriteAsync(BotDbContext db, HostTexts texts, ITurnPrivacy privacy, string? sendingAs, CancellationToken cancellationToken)
    {
        var (message, now) = (Message, Now);

        // The effects below read and change rows in this context (a rejected sign-up resubmitted): they must be tracked,
        // also when the turn was prepared in this same context without tracking (computed again after a lost race).
        db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.TrackAll;

        // A unique violation here means the message was handled meanwhile (another process): the turn is computed again.
        var mark = new ProcessedMessage { Channel = message.Channel, MessageId = message.MessageId, ProcessedAt = now };
        var conversation = Conversation;
        var participant = Participant;
        var byHand = WrittenByHand;
        if (!byHand)
        {
            db.ProcessedMessages.Add(mark);
            if (ConversationIsNew)
            {
                db.Conversations.Add(conversation);
            }
            else
            {
                db.Conversations.Attach(conversation); // original values as read: the UPDATE checks the Version read
            }

            if (ParticipantIsNew)
            {
                db.Participants.Add(participant);
            }
            else
            {
                db.Participants.Attach(participant); // only what changes below is written
            }

            // A person who blocked the bot and now writes again has unblocked it: reach them again.
            participant.Unreachable = false;
            if (NikEntry is { } nik)
            {
                db.Add(nik.Row);
            }
        }

        if (Result is not { } result)
        {
            // Over the NIK limit the NIK is not read: no lookup, no transcript line, the step stays where it was.
            var refusal = NikEntry!.Refusal!;
            var refusalRow = OutboxChoices.ToOutbox(Reply.Plain(refusal), message.Channel, message.ChatId, message.MessageId, now);
            var refusalLine = new ConversationMessage { Channel = message.Channel, ChatId = message.ChatId, Direction = ConversationMessage.Outbound, Text = refusal, At = now, SessionId = conversation.RegistrationSession };
            await db.SaveChangesAsync(cancellationToken);
            var claimedRefusal = await InsertAsync(db, [refusalLine], [refusalRow], sendingAs, cancellationToken);
            return (new TurnOutcome(TurnStatus.Handled, conversation.FlowId, conversation.StepId) { ClaimedReplies = claimedRefusal }, false);
        }

        var sessionBefore = conversation.RegistrationSession;
        var session = RegistrationSession.Next(sessionBefore, result);
        var lineSession = session ?? sessionBefore;

        var notes = new List<string>();
        foreach (var effect in result.Effects)
        {
            notes.AddRange(await EffectApplier.ApplyAsync(db, participant, effect, now, lineSession, texts, privacy, cancellationToken));
        }

        ConversationStateMapper.Apply(result.State, conversation, now);
        conversation.RegistrationSession = session;
        if (byHand)
        {
            await TurnRows.WriteAsync(db, mark, conversation, cancellationToken);
        }
        else
        {
            var entry = db.Entry(conversation);
            if (entry.State == EntityState.Unchanged)
            {
                entry.State = EntityState.Modified; // always check (and renew) the concurrency token
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        // The transcript officers read on the detail page: what the worker sent, then each reply.
        var lines = new List<ConversationMessage>(result.Replies.Count + notes.Count + 1);
        var inboundText = message.Input.Text ?? (message.Input.Kind == InputKind.Text ? null : $"[{message.Input.Kind.ToString().ToLowerInvariant()}]");
        // A discarded draft keeps nothing typed for it, this turn's line included (a refused NIK).
        if (!string.IsNullOrEmpty(inboundText) && !result.Effects.Any(e => e is DraftDiscardedEffect))
        {
            lines.Add(new ConversationMessage { Channel = message.Channel, ChatId = message.ChatId, Direction = ConversationMessage.Inbound, Text = inboundText, At = now, SessionId = lineSession });
        }

        // The transcript keeps each reply as the flow wrote it; the chat gets them joined where one message fits.
        foreach (var reply in result.Replies.Concat(notes.Select(n => Reply.Plain(n))))
        {
            lines.Add(new ConversationMessage { Channel = message.Channel, ChatId = message.ChatId, Direction = ConversationMessage.Outbound, Text = reply.Text, At = now, SessionId = lineSession });
        }

        var rows = ReplyJoiner.Join(result.Replies).Concat(notes.Select(n => Reply.Plain(n)))
            .Select(reply => OutboxChoices.ToOutbox(reply, message.Channel, message.ChatId, message.MessageId, now))
            .ToList();
        var claimed = await InsertAsync(db, lines, rows, sendingAs, cancellationToken);
        var outcome = new TurnOutcome(TurnStatus.Handled, result.State.FlowId, result.State.StepId) { ClaimedReplies = claimed };
        return (outcome, result.Effects.Any(e => e is DeletePersonalDataEffect));
    }

    /// <summary>
    /// A turn of a chat seen before, with no effect and no NIK entry to keep, whose person is reachable: most turns of a
    /// registration. Nothing else would be tracked, so its mark and state are written by hand (<see cref="TurnRows"/>),
    /// not by SaveChanges.
    /// </summary>
    private bool WrittenByHand => !ConversationIsNew && !ParticipantIsNew && NikEntry is null && Result is { Effects.Count: 0 } && !Participant.Unreachable;

    /// <summary>
    /// After the dedupe mark and the state (through EF, where the concurrency token and a unique violation are checked, or
    /// <see cref="TurnRows"/>): the transcript lines and the replies as one multi-row insert each (<see cref="BatchInsert"/>).
    /// The replies are inserted already leased to <paramref name="sendingAs"/> when it may send them (no extra write);
    /// returns those rows as stored, ids included, for the sender to use without reading them again (Array.Empty when
    /// none, so outcomes still compare equal as records).
    /// </summary>
    private async Task<IReadOnlyList<OutboxMessage>> InsertAsync(BotDbContext db, List<ConversationMessage> lines, List<OutboxMessage> rows, string? sendingAs, CancellationToken cancellationToken)
    {
        var claim = sendingAs is not null && MayClaim;
        if (claim)
        {
            // Leased rows go out in order, each after the one before it, so what each one follows is known here.
            var shownBefore = ContactKeyboardShown;
            foreach (var row in rows)
            {
                row.ClaimedBy = sendingAs;
                row.ClaimedUntil = Now + TurnProcessor.OutboxLeaseDuration;
                row.ContactKeyboardShownBefore = shownBefore;
                shownBefore = row.RequestContact;
            }
        }

        await BatchInsert.InsertAsync(db, lines, returnIds: false, cancellationToken);
        var ids = await BatchInsert.InsertAsync(db, rows, returnIds: claim, cancellationToken);
        if (!claim)
        {
            return [];
        }

        for (var i = 0; i < rows.Count; i++)
        {
            rows[i].Id = ids[i]; // ascending, in the order given
        }

        return rows;
    }
}
