using System.Collections.Concurrent;

namespace Jamsostek.Bot.Channels.Telegram;

/// <summary>
/// Runs the updates of one chat one at a time and in update_id order, even when Telegram posts them to
/// the webhook in parallel: an update waits a moment for its siblings, then the lowest id goes first.
/// </summary>
public sealed class ChatSequencer(TimeProvider timeProvider)
{
    private static readonly TimeSpan Gather = TimeSpan.FromMilliseconds(40);
    private readonly ConcurrentDictionary<string, ChatQueue> chats = new(StringComparer.Ordinal);
    private long arrivals;

    public async Task RunAsync(string chatId, long sequence, Func<Task> work, CancellationToken cancellationToken)
    {
        var queue = chats.GetOrAdd(chatId, _ => new ChatQueue());
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (queue.Pending)
        {
            // The arrival number keeps a redelivered update (same id) from colliding with the first.
            queue.Pending.Add((sequence, Interlocked.Increment(ref arrivals)), (work, done));
        }

        await Task.Delay(Gather, timeProvider, cancellationToken);
        await queue.Gate.WaitAsync(cancellationToken);
        try
        {
            while (true)
            {
                (Func<Task> Work, TaskCompletionSource Done) next;
                lock (queue.Pending)
                {
                    if (queue.Pending.Count == 0)
                    {
                        break;
                    }

                    next = queue.Pending.Values[0];
                    queue.Pending.RemoveAt(0);
                }

                try
                {
                    await next.Work();
                    next.Done.TrySetResult();
                }
                catch (Exception ex)
                {
                    next.Done.TrySetException(ex);
                }
            }
        }
        finally
        {
            queue.Gate.Release();
        }

        await done.Task;
    }

    private sealed class ChatQueue
    {
        public SortedList<(long Sequence, long Arrival), (Func<Task> Work, TaskCompletionSource Done)> Pending { get; } = [];

        public SemaphoreSlim Gate { get; } = new(1, 1);
    }
}
