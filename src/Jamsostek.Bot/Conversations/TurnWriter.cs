using System.Data.Common;
using System.Threading.Channels;
using Jamsostek.Bot.Data;
using Jamsostek.Bot.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Jamsostek.Bot.Conversations;

/// <summary>
/// The process's one writer for turns (group commit): queued turns of different chats run one after the other in
/// ONE transaction, each behind its own savepoint, and every caller gets its result only after that transaction
/// committed. One durable commit then covers a whole crowd's turns, and only this loop waits for the database's
/// write lock: a thousand webhook requests wait here asynchronously instead of blocking thread-pool threads in
/// SQLite's busy handler (the collapse of issue 12). A turn that throws is rolled back to its savepoint; the
/// others in the batch still commit. The queue is bounded: when it is full, callers wait their turn in order.
/// </summary>
public sealed class TurnWriter : IAsyncDisposable
{
    /// <summary>Turns in one transaction at most: enough to share a commit, few enough to keep latency low.</summary>
    public const int MaxBatch = 64;

    /// <summary>Turns waiting at most; more callers wait (asynchronously) for room.</summary>
    public const int QueueCapacity = 4096;

    private readonly IDbContextFactory<BotDbContext> dbFactory;
    private readonly DbWriteGate gate;
    private readonly ILogger<TurnWriter> logger;
    private readonly Channel<IWork> queue = Channel.CreateBounded<IWork>(new BoundedChannelOptions(QueueCapacity)
    {
        SingleReader = true,
        FullMode = BoundedChannelFullMode.Wait,
    });

    private readonly CancellationTokenSource stopping = new();
    private readonly OutboxSentMarks? sentMarks;
    private readonly Task loop;
    private int disposed;

    /// <param name="dbFactory">The contexts of the batch.</param>
    /// <param name="gate">The process's write gate, entered for each batch.</param>
    /// <param name="logger">The log.</param>
    /// <param name="sentMarks">The direct sends' "sent" marks, carried in the batches' transactions (none: not carried).</param>
    public TurnWriter(IDbContextFactory<BotDbContext> dbFactory, DbWriteGate gate, ILogger<TurnWriter> logger, OutboxSentMarks? sentMarks = null)
    {
        this.dbFactory = dbFactory;
        this.gate = gate;
        this.logger = logger;
        this.sentMarks = sentMarks;
        loop = Task.Run(RunAsync);
        sentMarks?.AttachWriter(() => queue.Writer.TryWrite(MarksQueued.Instance));
    }

    /// <summary>Runs <paramref name="work"/> inside the shared write transaction; returns once it is committed.</summary>
    public async Task<T> WriteAsync<T>(Func<BotDbContext, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        var item = new Work<T>(work, cancellationToken);
        await queue.Writer.WriteAsync(item, cancellationToken);
        return await item.Result.Task.WaitAsync(cancellationToken);
    }

    /// <summary>Work queued and not yet taken into a batch (tests wait on it: the gate held, nothing is taken).</summary>
    internal int Waiting => queue.Reader.Count;

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 1)
        {
            return;
        }

        sentMarks?.DetachWriter();
        queue.Writer.TryComplete();
        await stopping.CancelAsync();
        await loop.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        stopping.Dispose();
    }

    private async Task RunAsync()
    {
        var batch = new List<IWork>(MaxBatch);
        while (await queue.Reader.WaitToReadAsync(CancellationToken.None))
        {
            // The batch is taken once the gate is ours: what queued while another writer held it shares this transaction.
            IDisposable? turnToWrite = null;
            Exception? stopped = null;
            try
            {
                turnToWrite = await gate.EnterAsync(stopping.Token);
            }
            catch (OperationCanceledException ex)
            {
                stopped = ex;
            }

            using (turnToWrite)
            {
                batch.Clear();
                while (batch.Count < MaxBatch && queue.Reader.TryRead(out var item))
                {
                    if (item == MarksQueued.Instance)
                    {
                        continue; // the marks are taken below
                    }

                    if (!item.CancellationToken.IsCancellationRequested)
                    {
                        batch.Add(item);
                    }
                    else
                    {
                        item.Abandon(new OperationCanceledException(item.CancellationToken));
                    }
                }

                var marks = sentMarks?.Take() ?? [];
                if (stopped is not null)
                {
                    Abandon(batch, marks, stopped);
                }
                else if (batch.Count > 0 || marks.Count > 0)
                {
                    await RunBatchAsync(batch, marks);
                }
            }
        }
    }

    private async Task RunBatchAsync(List<IWork> batch, List<OutboxSentMarks.PendingMark> marks)
    {
        if (batch.Count == 0)
        {
            await WriteMarksAloneAsync(marks);
            return;
        }

        var done = new List<IWork>(batch.Count);
        try
        {
            await using var host = await dbFactory.CreateDbContextAsync(stopping.Token);
            await using var transaction = await host.Database.BeginTransactionAsync(stopping.Token);
            await WriteMarksAsync(host, marks);
            var dbTransaction = transaction.GetDbTransaction();
            foreach (var item in batch)
            {
                await RunOneAsync(item, host, dbTransaction);
                done.Add(item);
            }

            await transaction.CommitAsync(CancellationToken.None);
        }
        catch (Exception ex)
        {
            // The transaction is gone (commit failed, or a savepoint could not be undone): nothing of the batch is
            // stored, so every turn in it may simply run again.
            logger.LogWarning("A batch of {Count} turns and {Marks} sent marks was rolled back: {Error}", batch.Count, marks.Count, ex.GetType().Name);
            Abandon(batch, marks, ex);
            return;
        }

        OutboxSentMarks.Committed(marks);
        foreach (var item in done)
        {
            item.Publish();
        }
    }

    /// <summary>
    /// Marks with no turn to ride with: one transaction, begun on the connection itself, so without the durable commit
    /// EF's transactions get on SQLite (<see cref="DurableOutboxInterceptor"/>: a commit that queues messages waits for the
    /// disk). A mark lost with it resends one message, as a mark saved on its own always could; on a loaded disk a flush
    /// per mark held every turn queued behind it (round 7: replies seconds late).
    /// </summary>
    private async Task WriteMarksAloneAsync(List<OutboxSentMarks.PendingMark> marks)
    {
        try
        {
            await using var host = await dbFactory.CreateDbContextAsync(stopping.Token);
            await host.Database.OpenConnectionAsync(stopping.Token);
            await using var transaction = await host.Database.GetDbConnection().BeginTransactionAsync(stopping.Token);
            await host.Database.UseTransactionAsync(transaction, CancellationToken.None);
            await WriteMarksAsync(host, marks);
            await transaction.CommitAsync(CancellationToken.None);
        }
        catch (Exception ex)
        {
            logger.LogWarning("{Marks} sent marks were not written: {Error}", marks.Count, ex.GetType().Name);
            OutboxSentMarks.Fail(marks, ex);
            return;
        }

        OutboxSentMarks.Committed(marks);
    }

    /// <summary>The marks in the batch's transaction; a mark whose lease another dispatcher took meanwhile is not written.</summary>
    private async Task WriteMarksAsync(BotDbContext host, List<OutboxSentMarks.PendingMark> marks)
    {
        var written = await OutboxSentMarks.WriteAsync(host, marks, CancellationToken.None);
        if (written < marks.Count)
        {
            logger.LogInformation("{Lost} of {Marks} sent marks found their row leased again: it is sent once more", marks.Count - written, marks.Count);
        }
    }

    private static void Abandon(List<IWork> batch, List<OutboxSentMarks.PendingMark> marks, Exception reason)
    {
        OutboxSentMarks.Fail(marks, reason);
        foreach (var item in batch)
        {
            item.Abandon(new TurnBatchAbortedException(reason));
        }
    }

    /// <summary>
    /// One turn on the batch's own context, behind a savepoint. After it the context is left as a fresh one (the marks
    /// written before the turns track nothing): the tracker emptied, so what a turn tracked (a failed one's rows too)
    /// never reaches the next turn's save, and tracking on again (a turn computed again inside the transaction turns it
    /// off). A context per turn cost a scope of EF's services and a look-up of its service provider each (issue 12: 16%
    /// of the bytes allocated under a crowd).
    /// </summary>
    private static async Task RunOneAsync(IWork item, BotDbContext host, DbTransaction transaction)
    {
        const string savepoint = "turn";
        await transaction.SaveAsync(savepoint, CancellationToken.None);
        var succeeded = await item.RunAsync(host);
        host.ChangeTracker.Clear();
        host.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.TrackAll;
        if (succeeded)
        {
            await transaction.ReleaseAsync(savepoint, CancellationToken.None);
        }
        else
        {
            await transaction.RollbackAsync(savepoint, CancellationToken.None);
            await transaction.ReleaseAsync(savepoint, CancellationToken.None);
        }
    }

    private interface IWork
    {
        CancellationToken CancellationToken { get; }

        /// <summary>True when the work succeeded (keep its changes); false when it threw (its result holds the error).</summary>
        Task<bool> RunAsync(BotDbContext db);

        /// <summary>Hands the result (or error) to the caller; called only after the commit.</summary>
        void Publish();

        void Abandon(Exception error);
    }

    private sealed class Work<T>(Func<BotDbContext, CancellationToken, Task<T>> work, CancellationToken cancellationToken) : IWork
    {
        private T? value;
        private Exception? error;

        public TaskCompletionSource<T> Result { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public CancellationToken CancellationToken => cancellationToken;

        public async Task<bool> RunAsync(BotDbContext db)
        {
            try
            {
                // Not the caller's token: a turn that started runs to its savepoint, or the batch would be left half done.
                value = await work(db, CancellationToken.None);
                return true;
            }
            catch (Exception ex)
            {
                error = ex;
                return false;
            }
        }

        public void Publish()
        {
            if (error is null)
            {
                Result.TrySetResult(value!);
            }
            else
            {
                Result.TrySetException(error);
            }
        }

        public void Abandon(Exception reason) => Result.TrySetException(reason);
    }

    /// <summary>Wakes the loop for "sent" marks when no turn is queued: it carries no work of its own.</summary>
    private sealed class MarksQueued : IWork
    {
        public static readonly MarksQueued Instance = new();

        public CancellationToken CancellationToken => CancellationToken.None;

        public Task<bool> RunAsync(BotDbContext db) => Task.FromResult(true);

        public void Publish()
        {
        }

        public void Abandon(Exception error)
        {
        }
    }
}
