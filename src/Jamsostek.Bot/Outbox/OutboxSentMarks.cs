using System.Collections.Concurrent;
using Jamsostek.Bot.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Jamsostek.Bot.Outbox;

/// <summary>
/// The "sent" marks of replies sent straight from their request (issue 12: one write transaction a turn). Instead of a
/// transaction of its own under the write gate, a mark waits here for the turn writer's next transaction, which carries
/// it beside other chats' turns (group commit); the sender still returns only once it is committed, so the chat's next
/// update sees its reply recorded. A mark lost with its transaction leaves the row leased: after the lease a pass
/// sends it again (the outbox's at-least-once rule). Without a writer attached (a host with no turn writer) the
/// dispatcher saves its marks itself, as before.
/// </summary>
public sealed class OutboxSentMarks
{
    private readonly ConcurrentQueue<PendingMark> queued = new();
    private Action? wakeWriter;
    private int wakePending;

    /// <summary>Whether a writer carries the marks (else the dispatcher writes them itself).</summary>
    public bool HasWriter => Volatile.Read(ref wakeWriter) is not null;

    /// <summary>The writer that will carry the marks; <paramref name="wake"/> makes it run a transaction soon.</summary>
    public void AttachWriter(Action wake) => Volatile.Write(ref wakeWriter, wake);

    /// <summary>The writer is gone: marks still queued fail (their rows stay leased, a pass sends them after the lease).</summary>
    public void DetachWriter()
    {
        Volatile.Write(ref wakeWriter, null);
        Fail(Take(), new ObjectDisposedException(nameof(OutboxSentMarks)));
    }

    /// <summary>
    /// Queues the modified columns of <paramref name="entry"/> for the writer's next transaction, accepts
    /// them in the tracker (nothing left to save), and completes once that transaction committed.
    /// </summary>
    public Task WriteAsync(EntityEntry<OutboxMessage> entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var values = entry.Properties.Where(p => p.IsModified).Select(p => (p.Metadata.Name, p.CurrentValue)).ToArray();
        var lease = (string?)entry.Property(m => m.ClaimedBy).OriginalValue;
        // Accepted, not rejected: EF puts the original values back when a property stops being modified.
        entry.OriginalValues.SetValues(entry.CurrentValues);
        entry.State = EntityState.Unchanged;
        if (values.Length == 0)
        {
            return Task.CompletedTask;
        }

        var mark = new PendingMark(entry.Entity.Id, values, lease);
        queued.Enqueue(mark);
        if (Volatile.Read(ref wakeWriter) is not { } wake)
        {
            Fail(Take(), new ObjectDisposedException(nameof(OutboxSentMarks)));
        }
        else if (Interlocked.Exchange(ref wakePending, 1) == 0)
        {
            wake();
        }

        return mark.Committed.Task;
    }

    /// <summary>The writer, inside its transaction: the marks queued so far (a later one wakes the writer again).</summary>
    internal List<PendingMark> Take()
    {
        Volatile.Write(ref wakePending, 0);
        var taken = new List<PendingMark>();
        while (queued.TryDequeue(out var mark))
        {
            taken.Add(mark);
        }

        return taken;
    }

    /// <summary>
    /// Writes <paramref name="marks"/> in <paramref name="db"/>'s current transaction: ONE <see cref="BatchUpdate"/> for
    /// all marks that set the same columns (a batch's direct sends all do), each checked against the lease it was sent
    /// under (<see cref="OutboxMessage.ClaimedBy"/> as read): a row another dispatcher took after the lease ran out is not
    /// overwritten (it sends the row again: the outbox's at-least-once rule). Returns the rows written.
    /// </summary>
    internal static async Task<int> WriteAsync(BotDbContext db, List<PendingMark> marks, CancellationToken cancellationToken)
    {
        var written = 0;
        foreach (var group in marks.GroupBy(m => string.Join(',', m.Values.Select(v => v.Name)), StringComparer.Ordinal))
        {
            var first = group.First();
            var set = new BatchUpdate.Set([.. first.Values.Select(v => v.Name)], nameof(OutboxMessage.ClaimedBy));
            var rows = group.Select(m => new BatchUpdate.Row(m.RowId, [.. m.Values.Select(v => v.Value)], m.Lease)).ToList();
            written += await BatchUpdate.UpdateAsync<OutboxMessage>(db, set, rows, cancellationToken);
        }

        return written;
    }

    internal static void Committed(List<PendingMark> marks)
    {
        foreach (var mark in marks)
        {
            mark.Committed.TrySetResult();
        }
    }

    internal static void Fail(List<PendingMark> marks, Exception error)
    {
        foreach (var mark in marks)
        {
            mark.Committed.TrySetException(error);
        }
    }

    internal sealed class PendingMark(long rowId, (string Name, object? Value)[] values, string? lease)
    {
        public long RowId => rowId;

        /// <summary>The lease the row was sent under, as read: the UPDATE checks it.</summary>
        public string? Lease => lease;

        public (string Name, object? Value)[] Values => values;

        public TaskCompletionSource Committed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
