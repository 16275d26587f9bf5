using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using Jamsostek.Bot.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

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
    /// Queues the modified columns of <paramref name="entry"/> as one UPDATE for the writer's next transaction, accepts
    /// them in the tracker (nothing left to save), and completes once that transaction committed.
    /// </summary>
    public Task WriteAsync(EntityEntry<OutboxMessage> entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var values = entry.Properties.Where(p => p.IsModified).Select(p => (p.Metadata.Name, p.CurrentValue)).ToArray();
        // Accepted, not rejected: EF puts the original values back when a property stops being modified.
        entry.OriginalValues.SetValues(entry.CurrentValues);
        entry.State = EntityState.Unchanged;
        if (values.Length == 0)
        {
            return Task.CompletedTask;
        }

        var mark = new PendingMark(entry.Entity.Id, values);
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

    /// <summary>Writes <paramref name="marks"/> in <paramref name="db"/>'s current transaction, one UPDATE a row.</summary>
    internal static async Task WriteAsync(BotDbContext db, List<PendingMark> marks, CancellationToken cancellationToken)
    {
        if (marks.Count == 0)
        {
            return;
        }

        var type = db.Model.FindEntityType(typeof(OutboxMessage))!;
        var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
        var key = type.FindPrimaryKey()!.Properties[0];
        var commands = db.GetService<IRelationalCommandBuilderFactory>();
        var connection = db.GetService<IRelationalConnection>();
        var logger = db.GetService<IRelationalCommandDiagnosticsLogger>();
        foreach (var mark in marks)
        {
            var builder = commands.Create();
            var values = new Dictionary<string, object?>(mark.Values.Length + 1);
            var sql = new StringBuilder("UPDATE \"").Append(table.Name).Append("\" SET ");
            for (var i = 0; i < mark.Values.Length; i++)
            {
                var (name, value) = mark.Values[i];
                var property = type.FindProperty(name)!;
                var parameter = string.Create(CultureInfo.InvariantCulture, $"m{i}");
                sql.Append(i == 0 ? "\"" : ", \"").Append(property.GetColumnName(table)).Append("\" = @").Append(parameter);
                builder.AddParameter(parameter, "@" + parameter, property.GetRelationalTypeMapping(), property.IsNullable);
                values[parameter] = value;
            }

            sql.Append(" WHERE \"").Append(key.GetColumnName(table)).Append("\" = @id");
            builder.AddParameter("id", "@id", key.GetRelationalTypeMapping(), nullable: false);
            values["id"] = mark.RowId;
            var command = builder.Append(sql.ToString()).Build();
            await command.ExecuteNonQueryAsync(new RelationalCommandParameterObject(connection, values, null, db, logger), cancellationToken);
        }
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

    internal sealed class PendingMark(long rowId, (string Name, object? Value)[] values)
    {
        public long RowId => rowId;

        public (string Name, object? Value)[] Values => values;

        public TaskCompletionSource Committed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
